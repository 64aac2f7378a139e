using TriageBot.Cli;
using TriageBot.Configuration;
using TriageBot.Evaluation;
using Xunit.Abstractions;

namespace TriageBot.Tests;

/// <summary>The labelled samples are the engine's regression suite: any disagreement fails the build.</summary>
public class SamplesTests(ITestOutputHelper output)
{
    private static TriageBotSettings Settings() =>
        TriageBotSettings.Load(AppConfiguration.Build(Path.Combine(RepositoryPaths.Root, "appsettings.json")));

    [Fact]
    public async Task Every_sample_is_triaged_as_labelled()
    {
        var report = await new Evaluator(Settings()).RunAsync(RepositoryPaths.Samples, CancellationToken.None);

        var text = new StringWriter();
        EvalCommand.Write(text, report);
        output.WriteLine(text.ToString());
        Assert.True(report.Outcomes.Count >= 30, $"only {report.Outcomes.Count} samples");
        Assert.Empty(report.Mismatches.Select(m => $"{m.Label.File}: {string.Join("; ", m.Problems)}"));
    }

    [Fact]
    public void Every_sample_file_is_labelled()
    {
        var labelled = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, SampleLabels.FileName));
        var files = Directory.GetFiles(RepositoryPaths.Samples).Select(Path.GetFileName)
            .Where(name => name is not (SampleLabels.FileName or "README.md"));

        Assert.All(files, name => Assert.Contains($"\"{name}\"", labelled));
    }

    [Fact]
    public async Task Eval_prints_precision_recall_and_a_confusion_matrix()
    {
        var run = await CommandLineRun.RunAsync("eval", RepositoryPaths.Samples);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Process type          precision  recall  support", run.Output);
        Assert.Contains("Confusion matrix", run.Output);
        Assert.Contains("suspiciousSender", run.Output);
    }

    [Fact]
    public async Task Eval_of_a_folder_without_labels_is_a_clear_error()
    {
        var empty = Directory.CreateTempSubdirectory("triagebot-eval-").FullName;
        try
        {
            var run = await CommandLineRun.RunAsync("eval", empty);

            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"triagebot: {empty}: no labels.json in this folder", run.Error.Trim());
        }
        finally
        {
            Directory.Delete(empty);
        }
    }
}
