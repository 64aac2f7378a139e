using System.CommandLine;
using TriageBot.Configuration;
using TriageBot.Learning;

namespace TriageBot.Cli;

/// <summary>The <c>triagebot</c> command line. Every command reads the same configuration; errors reach the
/// user as one line, never as a stack trace.</summary>
public static class CommandLineApp
{
    /// <param name="configFile">The configuration file to use instead of looking for one (tests).</param>
    /// <param name="input">What <c>chat</c> reads (standard input by default).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default,
        TimeProvider? time = null, string? configFile = null, TextReader? input = null)
    {
        TriageBotSettings? settings = null;
        // serve also checks the Teams section (and its app password); every other command leaves it alone.
        TriageBotSettings Load(bool teams)
        {
            if (settings is not null) return settings;
            var file = configFile ?? AppConfiguration.LocateFile();
            return settings = TriageBotSettings.Load(AppConfiguration.Build(file), file is null ? null : Path.GetDirectoryName(file), teams);
        }
        TriageBotSettings LoadSettings() => Load(teams: false);

        var cli = new CliContext(LoadSettings, output, error, time ?? TimeProvider.System) { ServeSettings = () => Load(teams: true) };
        var root = new RootCommand("TriageBot: triage law-enforcement requests for user data and track them as cases")
        {
            CliContext.ActingAs,
            TriageCommand.Create(cli),
            EvalCommand.Create(LoadSettings, output, error),
            TrainTypeModelCommand.Create(LoadSettings, output),
            FlagReaderTraining.Create(TrainFlagReaderCommands.Emergency, LoadSettings, output),
            FlagReaderTraining.Create(TrainFlagReaderCommands.Content, LoadSettings, output),
            FlagReaderTraining.Create(TrainFlagReaderCommands.Ncmec, LoadSettings, output),
            ReadCommand.Create(LoadSettings, output, error),
            CasesCommand.Create(cli),
            Chat.ChatCommand.Create(cli, input ?? Console.In),
            Hosting.ServeCommand.Create(cli),
            TeamsPackageCommand.Create(cli),
            InboxCommands.Create(cli),
            TurnsCommand.Create(cli),
            StoreCommand.Create(cli),
        };
        foreach (var command in ManagerCommands.Create(cli)) root.Add(command);
        foreach (var command in MaintenanceCommands.Create(cli)) root.Add(command);

        try
        {
            var parse = root.Parse(args);
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (SettingsException e)
        {
            await error.WriteLineAsync($"triagebot: {e.Message}");
            return ExitCodes.UsageOrConfiguration;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("triagebot: cancelled");
            return ExitCodes.InternalError;
        }
        catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException or IOException)
        {
            await error.WriteLineAsync($"triagebot: {e.Message}");
            return ExitCodes.UsageOrConfiguration;
        }
        catch (Exception e)
        {
            // A defect, not a user error: say what kind, keep the trace out of the user's way.
            await error.WriteLineAsync($"triagebot: internal error ({e.GetType().Name}); set TRIAGEBOT_DEBUG=1 for details");
            if (Environment.GetEnvironmentVariable("TRIAGEBOT_DEBUG") == "1") await error.WriteLineAsync(e.ToString());
            return ExitCodes.InternalError;
        }
    }
}
