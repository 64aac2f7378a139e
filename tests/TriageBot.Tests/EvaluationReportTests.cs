using System.Text.Json;
using TriageBot.Evaluation;
using TriageBot.Triage.Model;

namespace TriageBot.Tests;

/// <summary>The evaluator's figures on small label sets whose right answers are worked out by hand.</summary>
public class EvaluationReportTests
{
    [Fact]
    public void Flag_precision_and_recall_count_hits_false_alarms_and_misses()
    {
        var report = Report(
            (Label(flags: ["emergency"]), Result(emergency: true)),
            (Label(flags: ["emergency"]), Result()),
            (Label(), Result(emergency: true)),
            (Label(), Result()));

        var emergency = report.FlagScore("emergency");
        Assert.Equal((1, 1, 1), (emergency.TruePositives, emergency.FalsePositives, emergency.FalseNegatives));
        Assert.Equal(0.5, emergency.Precision);
        Assert.Equal(0.5, report.EmergencyRecall);
        Assert.Equal(1.0, report.NcmecRecall); // nothing labelled ncmec, nothing missed
    }

    [Fact]
    public void Type_accuracy_and_per_type_precision_follow_the_labels()
    {
        var report = Report(
            (Label("subpoena"), Result(LegalProcessType.Subpoena)),
            (Label("subpoena"), Result(LegalProcessType.Other)),
            (Label("emergency"), Result(LegalProcessType.Emergency)),
            (Label("international"), Result(LegalProcessType.Emergency)));

        Assert.Equal(0.5, report.TypeAccuracy);
        var emergency = report.TypeScores.Single(s => s.Name == "emergency");
        Assert.Equal((0.5, 1.0), (emergency.Precision, emergency.Recall));
        var subpoena = report.TypeScores.Single(s => s.Name == "subpoena");
        Assert.Equal((1.0, 0.5), (subpoena.Precision, subpoena.Recall));
        Assert.Equal(1, report.Confusion("international", "emergency"));
    }

    [Fact]
    public void A_forbidden_blocker_is_counted_as_contradicted_and_a_forbidden_warning_is_not()
    {
        var report = Report(
            (Label(forbidden: ["CONTENT_REQUIRES_WARRANT"]), Result(findings: [new("CONTENT_REQUIRES_WARRANT", Severity.Blocker, "…")])),
            (Label(forbidden: ["NON_DISCLOSURE_NO_END"]), Result(findings: [new("NON_DISCLOSURE_NO_END", Severity.Warning, "…")])),
            (Label(required: ["NCMEC_MATTER"], forbidden: ["UNVERIFIED_SENDER"]), Result(findings: [new("NCMEC_MATTER", Severity.Info, "…")])),
            (Label(required: ["PRESERVATION_EXPIRY"]), Result()));

        Assert.Equal(1, report.ContradictedBlockers);
        Assert.Equal((3, 2), (report.ForbiddenFindings, report.ForbiddenFindingsRaised));
        Assert.Equal((2, 1), (report.RequiredFindings, report.RequiredFindingsRaised));
        Assert.Equal(1.0 / 3, report.FindingPrecision, 6); // one right, two the labels reject
        Assert.Equal(0.5, report.FindingRecall);
        var warrant = report.FindingScores.Single(f => f.Code == "CONTENT_REQUIRES_WARRANT");
        Assert.Equal((1, 1, 1), (warrant.Forbidden, warrant.ForbiddenRaised, warrant.ContradictedBlockers));
        Assert.Contains("finding CONTENT_REQUIRES_WARRANT (blocker): raised, but the document contradicts it", report.Outcomes[0].Problems);
        Assert.Contains("finding PRESERVATION_EXPIRY: expected, not raised", report.Outcomes[3].Problems);
    }

    [Fact]
    public void The_language_breakdown_groups_by_the_labelled_language()
    {
        var report = Report(
            (Label("subpoena", language: "en"), Result(LegalProcessType.Subpoena)),
            (Label("subpoena", language: "en"), Result(LegalProcessType.Subpoena)),
            (Label("subpoena", language: "en"), Result(LegalProcessType.Other)),
            (Label("emergency", ["emergency", "nonUs"], language: "nl"), Result(LegalProcessType.Other, nonUs: true)),
            (Label("other"), Result()));

        var en = report.Languages.Single(l => l.Name == "en");
        Assert.Equal((3, 2.0 / 3), (en.Samples, en.TypeAccuracy));
        Assert.Equal(2, en.Agreeing);
        var nl = report.Languages.Single(l => l.Name == "nl");
        Assert.Equal((1, 0.0, 0), (nl.Samples, nl.TypeAccuracy, nl.FlagsCorrect));
        Assert.Equal((0, 1), (nl.Emergency.TruePositives, nl.Emergency.FalseNegatives));
        Assert.Equal(1, report.Languages.Single(l => l.Name == "unlabelled").Samples);
    }

    [Fact]
    public void A_callback_number_taken_as_a_target_is_a_disagreement_and_a_quoted_username_matches_with_its_at_sign()
    {
        var label = Label(accounts: ["alamo_kestrel", "412-555-0173"], notAccounts: ["(312) 555-0117"]);
        var result = Result(accounts:
        [
            new(AccountKind.Username, "@alamo_kestrel"),
            new(AccountKind.Phone, "+14125550173"),
            new(AccountKind.Phone, "+13125550117"),
        ]);

        var outcome = LabelComparison.Compare(label, result);

        Assert.Equal(["account (312) 555-0117: taken as a target, but it is not one"], outcome.Problems);
        Assert.Equal(2, outcome.FieldChecks.Count(c => c.Passed));
    }

    [Fact]
    public void A_field_that_must_contain_text_ignores_case_and_line_breaks()
    {
        var label = Label() with { FieldsContain = new() { ["address"] = "315 S. Santa Rosa Ave" } };
        var result = Result() with { Fields = new RequestFields { Address = "315 S. SANTA ROSA\n  Ave., San Antonio, TX 78207" } };

        Assert.Empty(LabelComparison.Compare(label, result).Problems);
        Assert.Single(LabelComparison.Compare(label, Result()).Problems);
    }

    [Fact]
    public void An_unlabelled_priority_is_not_scored()
    {
        var report = Report((Label() with { Priority = null }, Result() with { Priority = Priority.P2 }));

        Assert.Equal(1.0, report.PriorityAccuracy);
        Assert.Empty(report.Mismatches);
    }

    [Fact]
    public async Task Labels_naming_an_unknown_field_are_refused_with_the_file_and_the_name()
    {
        var dir = Directory.CreateTempSubdirectory("triagebot-labels-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(dir, SampleLabels.FileName),
                """{ "asOf": "2026-11-30T12:00:00Z", "samples": [ { "file": "a.txt", "processType": "other", "fields": { "adress": "x" } } ] }""");

            var error = await Assert.ThrowsAsync<InvalidDataException>(() => SampleLabels.LoadAsync(dir, CancellationToken.None));

            Assert.Contains("a.txt: unknown field 'adress'", error.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Eval_json_gives_tools_every_figure()
    {
        var run = await CommandLineRun.RunAsync("eval", RepositoryPaths.Samples, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("samples").GetInt32() >= 30);
        Assert.InRange(root.GetProperty("typeAccuracy").GetDouble(), 0, 1);
        Assert.InRange(root.GetProperty("emergencyRecall").GetDouble(), 0, 1);
        Assert.Equal(6, root.GetProperty("flags").GetArrayLength());
        Assert.True(root.GetProperty("findings").TryGetProperty("contradictedBlockers", out _));
        Assert.True(root.GetProperty("languages").GetArrayLength() >= 1);
    }

    private static EvaluationReport Report(params (SampleLabel Label, TriageResult Result)[] samples) =>
        new([.. samples.Select(s => LabelComparison.Compare(s.Label, s.Result))]);

    private static int _files;

    private static SampleLabel Label(string type = "other", string[]? flags = null, string? language = null,
        string[]? required = null, string[]? forbidden = null, string[]? accounts = null, string[]? notAccounts = null)
    {
        var fields = accounts is null ? null : new Dictionary<string, JsonElement> { ["accounts"] = JsonSerializer.SerializeToElement(accounts) };
        return new SampleLabel($"sample-{Interlocked.Increment(ref _files)}.txt", type, "P3", flags ?? [], fields, null,
            Language: language, Findings: required, ForbiddenFindings: forbidden, ForbiddenAccounts: notAccounts);
    }

    private static TriageResult Result(LegalProcessType type = LegalProcessType.Other, bool emergency = false, bool nonUs = false,
        Finding[]? findings = null, AccountIdentifier[]? accounts = null) =>
        new(type, Priority.P3, [], new TriageFlags(emergency, false, nonUs, false, false, false),
            new RequestFields { Accounts = accounts ?? [] }, [], findings ?? [], []);
}
