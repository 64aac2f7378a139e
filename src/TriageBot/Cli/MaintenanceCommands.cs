using System.CommandLine;
using TriageBot.CaseTracking;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Storage.Keys;
using TriageBot.Hosting;

namespace TriageBot.Cli;

/// <summary><c>triagebot backup --out FILE</c>, <c>restore FILE</c>, <c>keys rotate</c>: admins only.</summary>
public static class MaintenanceCommands
{
    public static IEnumerable<Command> Create(CliContext cli) => [Backup(cli), Restore(cli), Keys(cli)];

    private static Command Backup(CliContext cli)
    {
        var output = new Option<string>("--out") { Description = "The backup file to write (0600, still encrypted)", Required = true };
        var command = new Command("backup", "Write a consistent copy of the case database, also while `triagebot serve` runs") { output };
        command.SetAction((parse, ct) => cli.RefusingAsync(() => cli.Access.RequireAdmin(CliContext.Actor(parse), "take backups"), plain: async () =>
        {
            var target = Path.GetFullPath(parse.GetValue(output)!);
            // A running host owns the file: it writes the copy itself, under its lock.
            if (await BackupChannel.RequestAsync(cli.Settings.DatabasePath, target, ct) is { } answer)
            {
                if (!answer.Ok)
                {
                    await cli.Error.WriteLineAsync($"triagebot: the running host could not write the backup: {answer.Message}");
                    return ExitCodes.SomeInputsFailed;
                }
                await cli.Output.WriteLineAsync($"Backup written by the running host to {target} ({answer.Message} bytes).");
                return ExitCodes.Ok;
            }
            return await cli.WithCasesAsync(async cases =>
            {
                var size = cases.Database.BackupTo(target);
                await cli.Output.WriteLineAsync($"Backup written to {target} ({size} bytes).");
                return ExitCodes.Ok;
            });
        }));
        return command;
    }

    private static Command Restore(CliContext cli)
    {
        var file = new Argument<string>("file") { Description = "A backup written by `triagebot backup`" };
        var replace = new Option<bool>("--replace") { Description = "Replace the existing database (required when it holds data)" };
        var command = new Command("restore", "Replace the case database with a backup (refused while a host holds the database)") { file, replace };
        command.SetAction((parse, ct) => cli.RefusingAsync(() => cli.Access.RequireAdmin(CliContext.Actor(parse), "restore backups"), plain: async () =>
        {
            var path = cli.Settings.DatabasePath;
            if (File.Exists(path) && new FileInfo(path).Length > 0 && !parse.GetValue(replace))
            {
                await cli.Error.WriteLineAsync($"triagebot: {path} already holds a database; add --replace to overwrite it with the backup.");
                return ExitCodes.UsageOrConfiguration;
            }
            try
            {
                var count = await CaseBackups.RestoreAsync(parse.GetValue(file)!, path, cli.Settings.Files.Password, cli.Settings.Files.Keys(cli.Notice), cli.Time, ct);
                await cli.Output.WriteLineAsync($"Restored {path} from {parse.GetValue(file)} ({count} case(s)).");
                return ExitCodes.Ok;
            }
            catch (CaseStoreException e)
            {
                await cli.Error.WriteLineAsync($"triagebot: {e.Message}");
                return ExitCodes.UsageOrConfiguration;
            }
        }));
        return command;
    }

    private static Command Keys(CliContext cli)
    {
        var rotate = new Command("rotate", "Move the database to a new master key (re-wraps every key; stop the host first)");
        rotate.SetAction((parse, ct) => cli.RefusingAsync(() => cli.Access.RequireAdmin(CliContext.Actor(parse), "rotate keys"), plain: async () =>
        {
            var settings = cli.Settings;
            if (DataKeys.FromEnvironment(settings.Cases))
            {
                // The operator put the new key in the key variable and the old one in the previous-keys variable.
                return await cli.WithCasesAsync(async cases =>
                {
                    var count = cases.Database.RotateKeys();
                    await cli.Output.WriteLineAsync($"Re-wrapped {count} key(s); the database now needs only key {string.Join(", ", cases.Database.KeyIdsInUse())}. " +
                        $"Remove {settings.Cases.PreviousDataKeysVariable} from the environment.");
                    return ExitCodes.Ok;
                });
            }

            var path = settings.DataKeyFilePath;
            var old = DataKeyFile.LoadOrCreate(path, out _);
            var next = DataKey.Generate();
            // Written before anything is re-wrapped, so an interruption leaves every key readable.
            DataKeyFile.Write(path, new DataKeyRing(next, old.All));
            return await cli.WithCasesAsync(async cases =>
            {
                var count = cases.Database.RotateKeys();
                DataKeyFile.Write(path, new DataKeyRing(next));
                await cli.Output.WriteLineAsync($"Rotated from key {old.Current.Id} to key {next.Id} ({count} key(s) re-wrapped); {path} now holds only the new key. " +
                    "Replace your copy of the key file; backups taken before still need the old key.");
                return ExitCodes.Ok;
            });
        }));
        return new Command("keys", "The data keys") { rotate };
    }
}
