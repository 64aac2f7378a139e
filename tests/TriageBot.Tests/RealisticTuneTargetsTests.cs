using TriageBot.Configuration;
using TriageBot.Evaluation;

namespace TriageBot.Tests;

/// <summary>
/// Issue 11's targets, asserted on the tune set (the blind held-out set, heldout2, is measured once, never gated or tuned on).
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

        Assert.True(report.EmergencyRecall >= 1.0, $"emergency recall {report.EmergencyRecall:P1}");    // target met
        Assert.True(report.FlagScore("emergency").Precision >= 0.90, $"emergency precision {report.FlagScore("emergency").Precision:P1}"); // target met
        Assert.True(report.TypeAccuracy >= 0.95, $"process type {report.TypeAccuracy:P1}");             // target met (tuned on: 100 %)
        Assert.True(report.NcmecRecall >= 1.0, $"NCMEC recall {report.NcmecRecall:P1}");               // target met
        Assert.True(suspicious.Recall >= 0.90, $"suspicious recall {suspicious.Recall:P1}");           // target met
        Assert.True(suspicious.Precision >= 0.90, $"suspicious precision {suspicious.Precision:P1}");  // target met
        Assert.True(gag.Precision >= 0.90 && gag.Recall >= 0.90, $"non-disclosure {gag.Precision:P1} / {gag.Recall:P1}"); // target met
        Assert.True(content.Precision >= 0.90, $"content precision {content.Precision:P1}");          // target met
        Assert.True(content.Recall >= 0.90, $"content recall {content.Recall:P1}");                    // target met
        Assert.Equal(0, report.ContradictedBlockers);                                                  // target met
    }
}
