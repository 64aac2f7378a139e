using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Triage.Learning;
using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11 round 13: five blind rounds missed emergencies told in words no cue listed, and each was fixed by
/// adding the words afterwards. A learned reader beside the cues raises such a request to a page: only when the cues
/// did not page, only for a request that serves no formal process, never lowering one, and always saying that the page
/// is a learned reading to confirm and which words pushed it. These tests pin that contract with a two-word model.</summary>
public class LearnedReaderRaisesExplainedPagesTests
{
    private static readonly TriagePolicy Policy = new() { OwnDomains = ["northwind-labs.com"], OwnNames = ["Northwind Labs"] };

    /// <summary>"cornered" reads as an emergency, "invoice" as none.</summary>
    private static TypeModel TinyReader(double threshold = 0.8) => new(
        [EmergencyReader.EmergencyClass, LearnedFlagReader.NegativeClass],
        ["w:cornered", "w:invoice"],
        [80f, 0f, /* invoice */ 0f, 80f],
        [0f, 1f],
        threshold);

    private static TriageEngine EngineWith(TypeModel? reader) =>
        TriageEngine.WithModels(Policy, new FakeTimeProvider(EngineFixture.Now), TypeModel.Shipped, reader);

    private const string PlainLetter = """
        From: Duty Desk <duty.desk@police.example.gov>
        Subject: account quill_harbour_4

        Our patrol has the man cornered on the quay. Please send the phone number and the last login addresses of
        the account quill_harbour_4.

        Sgt. P. Okafor
        """;

    [Fact]
    public void A_request_the_cues_do_not_page_is_raised_and_says_why()
    {
        var cuesAlone = EngineWith(null).Triage(PlainLetter);
        Assert.False(cuesAlone.Flags.Emergency);

        var result = EngineWith(TinyReader()).Triage(PlainLetter);

        Assert.True(result.Flags.Emergency);
        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.Equal(Priority.P0, result.Priority);
        Assert.Equal("model", result.EmergencySource);
        Assert.Contains(EmergencyReader.PriorityReason, result.PriorityReasons);
        var learned = Assert.Single(result.Evidence, e => e.About == "emergency");
        Assert.Contains("learned reading, to be confirmed by the reviewer", learned.Reason, StringComparison.Ordinal);
        Assert.Equal("cornered", learned.Text);
    }

    [Fact]
    public void Below_its_threshold_or_without_its_words_the_reader_raises_nothing()
    {
        var unsure = EngineWith(TinyReader(threshold: 0.999)).Triage(PlainLetter);
        var other = EngineWith(TinyReader()).Triage(PlainLetter.Replace("cornered", "seen", StringComparison.Ordinal));

        Assert.False(unsure.Flags.Emergency);
        Assert.False(other.Flags.Emergency);
        Assert.Null(other.EmergencySource);
    }

    [Fact]
    public void It_never_lowers_a_page_the_cues_made()
    {
        const string Emergency = """
            From: Duty Desk <duty.desk@police.example.gov>
            Subject: EMERGENCY DISCLOSURE REQUEST

            Exigent request: a 15-year-old has said she will kill herself tonight. Please send the subscriber's phone
            number and the latest IP address for the account quill_harbour_4 now; the invoice can follow.
            """;

        var result = EngineWith(TinyReader()).Triage(Emergency);

        Assert.True(result.Flags.Emergency);
        Assert.Equal("cues", result.EmergencySource);
        Assert.DoesNotContain(result.Evidence, e => e.Reason.StartsWith("learned reading", StringComparison.Ordinal));
    }

    [Fact]
    public void Formal_process_is_not_raised_by_its_words()
    {
        const string Warrant = """
            UNITED STATES DISTRICT COURT
            SEARCH AND SEIZURE WARRANT

            To any authorized law enforcement officer: the suspect was cornered after the robbery on 2 May 2026.
            You are commanded to produce the records of the account quill_harbour_4 within 14 days.
            /s/ Magistrate Judge
            """;

        var result = EngineWith(TinyReader()).Triage(Warrant);

        Assert.Equal(LegalProcessType.SearchWarrant, result.ProcessType);
        Assert.False(result.Flags.Emergency);
        Assert.Null(result.EmergencySource);
    }

    [Fact]
    public void A_withdrawn_request_is_not_raised()
    {
        var result = EngineWith(TinyReader()).Triage(PlainLetter.Replace("Please send", "The man was cornered and arrested; our request is withdrawn and we no longer need", StringComparison.Ordinal));

        Assert.False(result.Flags.Emergency);
    }

    [Fact]
    public void Shipped_reader_loads_and_agrees_with_its_manifest()
    {
        var model = EmergencyReader.Reader.Shipped;
        var manifestText = EmergencyReader.Reader.ShippedManifest();

        Assert.NotNull(model);
        Assert.NotNull(manifestText);
        using var manifest = JsonDocument.Parse(manifestText!);
        var root = manifest.RootElement;
        Assert.Equal(root.GetProperty("sha256").GetString(), EmergencyReader.Reader.ShippedSha256());
        Assert.Equal([EmergencyReader.EmergencyClass, LearnedFlagReader.NegativeClass], model!.Classes);
        Assert.Equal(root.GetProperty("featureCount").GetInt32(), model.Features.Count);
        Assert.Equal(root.GetProperty("threshold").GetDouble(), model.Threshold);
        Assert.Equal(root.GetProperty("requests").GetInt32(), root.GetProperty("sets").EnumerateArray().Sum(s => s.GetProperty("requests").GetInt32()));
        // The blind set (heldout29, evaluated once by the coordinator) was not trained on.
        Assert.DoesNotContain(root.GetProperty("sets").EnumerateArray(), s => s.GetProperty("path").GetString()!.Contains("heldout29", StringComparison.Ordinal));
    }
}
