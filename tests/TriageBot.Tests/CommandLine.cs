using TriageBot.Cli;

namespace TriageBot.Tests;

/// <summary>Runs the real command line in-process and captures what a user would see.</summary>
internal sealed record CommandLineRun(int ExitCode, string Output, string Error)
{
    public static Task<CommandLineRun> RunAsync(params string[] args) => RunWithAsync(null, null, args);

    /// <summary>With a configuration file of the test's own (its own database) and, optionally, a fixed clock.</summary>
    public static async Task<CommandLineRun> RunWithAsync(string? configFile, TimeProvider? time, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CommandLineApp.RunAsync(args, output, error, CancellationToken.None, time, configFile);
        return new CommandLineRun(exit, output.ToString(), error.ToString());
    }

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
