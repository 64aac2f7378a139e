using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Triage.Learning;
using TriageBot.Triage.Model;
using TriageBot.Triage.Serialization;

namespace TriageBot.Triage.Tests;

/// <summary>The learned process-type model beside the cues: shipped as trained, consulted only where the cues are
/// weak, never the source of an emergency, and always showing the words it read.</summary>
public class TypeModelTests
{
    private static TriageEngine EngineWith(TypeModel? model) =>
        TriageEngine.WithTypeModel(new TriagePolicy { OwnDomains = ["northwind-labs.com"], OwnNames = ["Northwind Labs"] },
            new FakeTimeProvider(EngineFixture.Now), model);

    /// <summary>A two-word model: "authorization" means a search warrant, "tonight" an emergency.</summary>
    private static TypeModel TinyModel(double threshold = 0.6) => new(
        ["emergency", "other", "search_warrant"],
        ["w:authorization", "w:tonight"],
        [0f, 0f, 60f, /* tonight */ 90f, 0f, 0f],
        [0f, 1f, 0f],
        threshold);

    private const string NoProcessCue = """
        Military Investigations Office, Building 4

        Authorization signed by the installation commander for the records of the account
        darkfox99 held by your company, from 1 March to 30 April 2026.

        Agent R. Velasquez
        """;

    [Fact]
    public void Shipped_model_loads_and_agrees_with_its_manifest()
    {
        var model = TypeModel.Shipped;
        var manifestText = TypeModel.ShippedManifest();

        Assert.NotNull(model);
        Assert.NotNull(manifestText);
        using var manifest = JsonDocument.Parse(manifestText!);
        var root = manifest.RootElement;
        Assert.Equal(root.GetProperty("sha256").GetString(), TypeModel.ShippedSha256());
        Assert.Equal(root.GetProperty("classes").EnumerateArray().Select(c => c.GetString()), model!.Classes);
        Assert.Equal(root.GetProperty("featureCount").GetInt32(), model.Features.Count);
        Assert.Equal(root.GetProperty("threshold").GetDouble(), model.Threshold);
        Assert.Equal(root.GetProperty("requests").GetInt32(), root.GetProperty("sets").EnumerateArray().Sum(s => s.GetProperty("requests").GetInt32()));
        // Every process type is learned, and the blind set (heldout29, evaluated once by the coordinator) was not trained on.
        Assert.Equal(Enum.GetValues<LegalProcessType>().Select(t => t.ToWireName()).Order(StringComparer.Ordinal), model.Classes.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(root.GetProperty("sets").EnumerateArray(), s => s.GetProperty("path").GetString()!.Contains("heldout29", StringComparison.Ordinal));
    }

    [Fact]
    public void Saved_model_loads_back_and_predicts_the_same()
    {
        var model = TinyModel();
        using var file = new MemoryStream();
        model.Save(file);
        file.Position = 0;

        var loaded = TypeModel.Load(file);

        var document = RequestDocument.FromText(NoProcessCue);
        Assert.Equal(model.Predict(document).Probabilities, loaded.Predict(document).Probabilities);
        Assert.Equal(model.Threshold, loaded.Threshold);
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused_with_a_clear_error()
    {
        using var file = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
            gzip.Write("hello\n"u8);
        file.Position = 0;

        var error = Assert.Throws<InvalidDataException>(() => TypeModel.Load(file));
        Assert.Contains("not a triagebot process-type model", error.Message);
    }

    [Fact]
    public void Weak_cues_let_a_confident_model_decide_and_the_evidence_quotes_its_words()
    {
        var cuesOnly = EngineWith(null).Triage(NoProcessCue);
        var result = EngineWith(TinyModel()).Triage(NoProcessCue);

        Assert.Equal(LegalProcessType.Other, cuesOnly.ProcessType);
        Assert.Equal(LegalProcessType.SearchWarrant, result.ProcessType);
        Assert.Equal("model", result.TypeSource);
        var evidence = Assert.Single(result.Evidence, e => e.About == "processType");
        Assert.Equal("Authorization", evidence.Text);
        Assert.Equal(evidence.Text, NormalizedSlice(NoProcessCue, evidence.Offset, evidence.Length));
        Assert.Contains("learned model", evidence.Reason);
        Assert.Contains("\"typeSource\":\"model\"", JsonSerializer.Serialize(TriageJson.ToJson("x.txt", result)));
    }

    [Fact]
    public void Sure_cues_are_not_overruled_by_the_model()
    {
        const string subpoena = """
            GRAND JURY SUBPOENA
            UNITED STATES DISTRICT COURT FOR THE DISTRICT OF OREGON
            YOU ARE COMMANDED to produce basic subscriber information for the account darkfox99.
            Authorization: AUSA Jane Roe
            """;

        var result = EngineWith(TinyModel(threshold: 0.01)).Triage(subpoena);

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
        Assert.Equal("cues", result.TypeSource);
    }

    [Fact]
    public void Below_its_threshold_the_model_does_not_decide()
    {
        var result = EngineWith(TinyModel(threshold: 0.999)).Triage(NoProcessCue);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.Equal("cues", result.TypeSource);
    }

    [Fact]
    public void The_model_never_makes_an_emergency()
    {
        const string story = "We write about the account darkfox99: the meeting is tonight, tonight, tonight at the office.";

        var result = EngineWith(TinyModel(threshold: 0.01)).Triage(story);

        Assert.NotEqual(LegalProcessType.Emergency, result.ProcessType);
        Assert.False(result.Flags.Emergency);
    }

    [Fact]
    public void Quoted_earlier_mails_are_not_read_by_the_model()
    {
        const string text =
            "Thanks for your note of last week. We have reviewed the production you sent and have no further questions " +
            "about the account. Our unit considers the matter closed on our side, and the case file has been archived. " +
            "Should anything new come up we will write again with a fresh request and a new reference number, as your " +
            "published guidelines ask. Please accept our thanks for the quick and careful work of your team on this.\n\n" +
            "On Mon, 2 Nov 2026 at 10:00, Agent Roe <roe@example.org> wrote:\n> Authorization signed for the records of darkfox99.\n";
        var model = TinyModel(threshold: 0.01);

        Assert.Equal("other", model.Predict(RequestDocument.FromText(text)).Type);
    }

    private static string NormalizedSlice(string text, int offset, int length) => text.ReplaceLineEndings("\n").Substring(offset, length);
}
