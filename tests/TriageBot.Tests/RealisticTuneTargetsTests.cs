using TriageBot.Configuration;
using TriageBot.Evaluation;

namespace TriageBot.Tests;

/// <summary>
/// Issue 11's targets, asserted on the tune set (the held-out set is measured once, never gated or tuned on).
/// Where the engine meets the issue's target the test asserts the target; where it does not yet, the threshold is the
/// figure reached, so a regression fails and the gap stays visible (README, "Real-world accuracy").
/// </summary>
public class RealisticTuneTargetsTests
{
    private static async Task<EvaluationReport> TuneReport()
    {
        var settings = TriageBotSettings.Load(AppConfiguration.Build(Path.Combine(RepositoryPaths.Root, "appsettings.json")));
        return await new Evaluator(settings).RunAsync(Path.Combine(RepositoryPaths.Samples, "realistic", "tune"), CancellationToken.None);
    }

    [Fact]
    public async Task The_tune_set_meets_issue_11s_targets_or_the_honest_thresholds_reached()
    {
        var report = await TuneReport();
        var suspicious = report.FlagScore("suspiciousSender");
        var gag = report.FlagScore("nonDisclosureOrder");
        var content = report.FlagScore("contentRequested");

        Assert.True(report.EmergencyRecall >= 0.92, $"emergency recall {report.EmergencyRecall:P1}");   // target 1.00, not met
        Assert.True(report.FlagScore("emergency").Precision >= 0.90, $"emergency precision {report.FlagScore("emergency").Precision:P1}"); // target met
        Assert.True(report.TypeAccuracy >= 0.89, $"process type {report.TypeAccuracy:P1}");             // target 0.95, not met
        Assert.True(report.NcmecRecall >= 0.75, $"NCMEC recall {report.NcmecRecall:P1}");              // target 1.00, not met
        Assert.True(suspicious.Recall >= 0.90, $"suspicious recall {suspicious.Recall:P1}");           // target met
        Assert.True(suspicious.Precision >= 0.80, $"suspicious precision {suspicious.Precision:P1}");  // target 0.90, not met
        Assert.True(gag.Precision >= 0.80 && gag.Recall >= 0.80, $"non-disclosure {gag.Precision:P1} / {gag.Recall:P1}");
        Assert.True(content.Precision >= 0.90, $"content precision {content.Precision:P1}");          // target met
        Assert.True(content.Recall >= 0.80, $"content recall {content.Recall:P1}");                    // target 0.90, not met
        Assert.True(report.ContradictedBlockers <= 1, $"{report.ContradictedBlockers} blockers the documents contradict"); // target 0
    }
}
