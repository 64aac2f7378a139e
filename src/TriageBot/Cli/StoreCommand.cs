using System.CommandLine;
using System.Globalization;
using TriageBot.Cases.Storage;
using TriageBot.Hosting;
using TriageBot.Reports;

namespace TriageBot.Cli;

/// <summary>
/// <c>triagebot store check [--json]</c> (admins): opens every document of every sealed collection and prints how
/// many documents each holds and how many do not open; never a document's contents or id. Exit 0 when every one
/// opens, 1 when any does not, 2 when the database cannot be opened. While <c>serve</c> runs it owns the file, so
/// the host runs the check (over its maintenance socket) and its <c>GET /ready</c> shows the same counts.
/// </summary>
public static class StoreCommand
{
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON" };

    public static Command Create(CliContext cli)
    {
        var check = new Command("check", "Open every stored document of every sealed collection; count per collection those that do not open") { Json };
        check.SetAction((parse, ct) => cli.RefusingAsync(() => cli.Access.RequireAdmin(CliContext.Actor(parse), "check the store"), plain: async () =>
        {
            StoreCheckResult? result;
            try
            {
                result = await BackupChannel.CheckAsync(cli.Settings.DatabasePath, ct);
            }
            catch (CaseStoreException e)
            {
                await cli.Error.WriteLineAsync($"triagebot: {e.Message}");
                return ExitCodes.UsageOrConfiguration;
            }
            var byHost = result is not null;
            if (result is null)
            {
                var exit = await cli.WithCasesAsync(cases =>
                {
                    result = cases.Database.CheckAll(ct);
                    return Task.FromResult(ExitCodes.Ok);
                });
                if (result is null) return exit;
            }
            await WriteAsync(cli, result, byHost, parse.GetValue(Json));
            return result.Unreadable > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        }));
        return new Command("store", "The case database as a whole (administrators)") { check };
    }

    private static async Task WriteAsync(CliContext cli, StoreCheckResult result, bool byHost, bool json)
    {
        if (json)
        {
            await cli.WriteJsonAsync(new
            {
                result.CheckedAt,
                checkedBy = byHost ? "the running host" : "this command",
                result.Documents,
                result.Unreadable,
                collections = result.Collections.Select(c => new { c.Collection, c.Documents, c.Unreadable }),
            });
            return;
        }
        var table = new TextTable("COLLECTION", "DOCUMENTS", "UNREADABLE");
        foreach (var c in result.Collections)
            table.Add(c.Collection, c.Documents.ToString(CultureInfo.InvariantCulture), c.Unreadable.ToString(CultureInfo.InvariantCulture));
        table.Write(cli.Output);
        var where = byHost ? " (checked by the running host: GET /ready shows the same counts)" : "";
        await cli.Output.WriteLineAsync(result.Unreadable == 0
            ? $"Every one of {result.Documents} stored documents opens{where}."
            : $"{result.Unreadable} of {result.Documents} stored documents do not open (damaged, or sealed under another key){where}. " +
              "Each is left out where it is read (see README, The case database); restore them from a backup taken before the damage, with the same master key.");
    }
}
