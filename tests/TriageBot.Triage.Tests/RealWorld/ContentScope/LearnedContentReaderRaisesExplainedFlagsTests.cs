using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Triage.Learning;
using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Issue 11 round 14: the blind misses of the content flag asked for contents in everyday words ("what he
/// sent her", "the last days of chat"), and a list of phrases is always one writer behind. A learned reader beside the
/// content cues raises the flag: only when the cues read no content, only on a request that asks for data, never over
/// the writer's own exclusion of contents, never on a notice that asks for nothing, and always saying that it is a
/// learned reading to confirm, with the words that pushed it. A finding it alone makes never blocks. A tiny model
/// pins the contract.</summary>
public class LearnedContentReaderRaisesExplainedFlagsTests
{
    private static readonly TriagePolicy Policy = new() { OwnDomains = ["northwind-labs.com"], OwnNames = ["Northwind Labs"] };

    /// <summary>"wrote" in four languages reads as contents asked for, "invoice" as not.</summary>
    private static readonly string[] AskWords = ["w:wrote", "w:escribio", "w:geschrieben", "w:ecrit"];

    private static TypeModel TinyReader(double threshold = 0.8) => new(
        [ContentReader.ContentClass, LearnedFlagReader.NegativeClass],
        [.. AskWords, "w:invoice"],
        [.. AskWords.SelectMany(_ => new[] { 80f, 0f }), /* invoice */ 0f, 80f],
        [0f, 1f],
        threshold);

    private static TriageEngine EngineWith(TypeModel? reader) =>
        TriageEngine.WithModels(Policy, new FakeTimeProvider(EngineFixture.Now), TypeModel.Shipped, emergencyModel: null, contentModel: reader);

    private const string Subpoena = """
        From: Det. R. Amari <r.amari@police.example.gov>
        Subject: Grand jury subpoena 26-GJ-0419

        GRAND JURY SUBPOENA
        You are commanded to produce, for the account quill_harbour_4, the subscriber name, the phone number and
        the words the account holder wrote to the account lantern_moth between 1 and 20 May 2026.

        Det. R. Amari, Investigations Division
        """;

    [Fact]
    public void A_request_in_everyday_words_is_raised_and_says_why()
    {
        var cuesAlone = EngineWith(null).Triage(Subpoena);
        Assert.False(cuesAlone.Flags.ContentRequested);

        var result = EngineWith(TinyReader()).Triage(Subpoena);

        Assert.True(result.Flags.ContentRequested);
        Assert.Equal("model", result.ContentSource);
        var learned = Assert.Single(result.Evidence, e => e.About == "contentRequested");
        Assert.Contains("learned reading, to be confirmed by the reviewer", learned.Reason, StringComparison.Ordinal);
        Assert.Equal("wrote", learned.Text);
    }

    [Fact]
    public void A_finding_from_the_learned_reading_alone_warns_and_quotes_its_words_but_never_blocks()
    {
        var result = EngineWith(TinyReader()).Triage(Subpoena);

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
        var warrant = Assert.Single(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
        Assert.Equal(Severity.Warning, warrant.Severity);
        Assert.Contains("learned reading", warrant.Evidence, StringComparison.Ordinal);
        Assert.Contains("\"wrote\"", warrant.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_civil_requester_raised_only_by_the_reader_is_warned_not_blocked()
    {
        const string Civil = """
            From: Dana Whitlock <dana@whitlock-law.example.com>
            Subject: Subpoena duces tecum, Harlow v. Pike, No. 26-CV-0881 (Superior Court)

            As counsel for the plaintiff in this civil action I serve the attached subpoena duces tecum. Please
            produce for the account quill_harbour_4 the subscriber records and what the defendant wrote to my client
            in March 2026.

            Dana Whitlock, Attorney at Law
            """;
        var cuesAlone = EngineWith(null).Triage(Civil);
        Assert.False(cuesAlone.Flags.ContentRequested);

        var result = EngineWith(TinyReader()).Triage(Civil);

        Assert.Equal("model", result.ContentSource);
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Blocker && f.Code is "CIVIL_CONTENT_BARRED" or "CONTENT_REQUIRES_WARRANT");
        Assert.Contains(result.Findings, f => f.Code is "CIVIL_CONTENT_BARRED" or "CONTENT_REQUIRES_WARRANT");
    }

    [Theory]
    [InlineData("the subscriber records of what the account holder wrote, not including the contents of any message")]
    [InlineData("the subscriber records only, no content: we need to know when the account holder wrote, not what")]
    [InlineData("los datos del abonado y las fechas en que escribió, sin contenido")]
    [InlineData("les données d'abonné et les dates auxquelles il a écrit, hors contenu")]
    [InlineData("die Bestandsdaten und wann er geschrieben hat, ohne Inhalte der Nachrichten")]
    public void It_never_raises_over_the_writers_exclusion_of_contents(string ask)
    {
        var text = $"""
            From: Det. R. Amari <r.amari@police.example.gov>
            Subject: Grand jury subpoena 26-GJ-0419

            GRAND JURY SUBPOENA
            You are commanded to produce, for the account quill_harbour_4, {ask}.

            Det. R. Amari, Investigations Division
            """;

        var result = EngineWith(TinyReader()).Triage(text);

        Assert.False(result.Flags.ContentRequested, ask);
        Assert.Null(result.ContentSource);
    }

    [Fact]
    public void A_notice_that_asks_for_nothing_or_a_request_to_keep_data_is_not_raised()
    {
        const string Withdrawn = """
            From: Det. R. Amari <r.amari@police.example.gov>
            Subject: Grand jury subpoena 26-GJ-0419 - withdrawn

            The subject has confessed to everything he wrote. We withdraw our subpoena 26-GJ-0419 for the account
            quill_harbour_4; no production is needed.
            """;
        const string Keep = """
            From: Det. R. Amari <r.amari@police.example.gov>
            Subject: Preservation request, 18 U.S.C. 2703(f)

            Under 18 U.S.C. 2703(f) please preserve for 90 days the records of the account quill_harbour_4, including
            what the account holder wrote in May 2026, pending legal process.
            """;

        var withdrawn = EngineWith(TinyReader()).Triage(Withdrawn);
        var keep = EngineWith(TinyReader()).Triage(Keep);

        Assert.True(withdrawn.ContentSource is null, $"withdrawn: {withdrawn.ProcessType}, withdrawn {withdrawn.Withdrawn}");
        Assert.True(keep.ContentSource is null, $"preservation: {keep.ProcessType}");
    }

    [Fact]
    public void It_never_takes_a_content_reading_from_the_cues()
    {
        var result = EngineWith(TinyReader(threshold: 0.999)).Triage(Subpoena.Replace("the words the account holder wrote", "the contents of all messages the account holder sent", StringComparison.Ordinal));

        Assert.True(result.Flags.ContentRequested);
        Assert.Equal("cues", result.ContentSource);
        Assert.DoesNotContain(result.Evidence, e => e.Reason.StartsWith("learned reading", StringComparison.Ordinal));
    }

    [Fact]
    public void Shipped_reader_loads_and_agrees_with_its_manifest()
    {
        var model = ContentReader.Reader.Shipped;
        var manifestText = ContentReader.Reader.ShippedManifest();

        Assert.NotNull(model);
        Assert.NotNull(manifestText);
        using var manifest = JsonDocument.Parse(manifestText!);
        var root = manifest.RootElement;
        Assert.Equal(root.GetProperty("sha256").GetString(), ContentReader.Reader.ShippedSha256());
        Assert.Equal([ContentReader.ContentClass, LearnedFlagReader.NegativeClass], model!.Classes);
        Assert.Equal(root.GetProperty("featureCount").GetInt32(), model.Features.Count);
        Assert.Equal(root.GetProperty("threshold").GetDouble(), model.Threshold);
        Assert.DoesNotContain(root.GetProperty("sets").EnumerateArray(), s => s.GetProperty("path").GetString()!.Contains("heldout29", StringComparison.Ordinal));
    }
}
