using TriageBot.Cases.Workflow;
using System.CommandLine;
using TriageBot.Cases.Storage;
using TriageBot.CaseTracking;
using TriageBot.Hosting;
using TriageBot.Mailbox.Imap;
using TriageBot.Mailbox.Watching;
using TriageBot.Reports;

namespace TriageBot.Cli;

/// <summary>
/// <c>triagebot inbox poll --once</c>: every new message of every configured mailbox handled once (exit 0 all
/// handled, 1 some quarantined, 2 bad configuration or a mailbox unreachable); <c>triagebot inbox status</c>:
/// each mailbox's folders and what the watcher last did.
/// </summary>
public static class InboxCommands
{
    public static Command Create(CliContext cli)
    {
        var once = new Option<bool>("--once") { Description = "Handle what is waiting now and exit (the only mode; `serve` watches continuously)" };
        var poll = new Command("poll", "Handle every new message of every configured mailbox once") { once };
        poll.SetAction((parse, ct) => PollAsync(cli, parse.GetValue(once), ct));

        var status = new Command("status", "Show each mailbox: reachable, messages waiting / processed / quarantined, last check");
        status.SetAction((_, ct) => StatusAsync(cli, ct));

        return new Command("inbox", "The watched legal mailboxes (IMAP)") { poll, status };
    }

    private static async Task<int> PollAsync(CliContext cli, bool once, CancellationToken cancellationToken)
    {
        if (!once)
        {
            await cli.Error.WriteLineAsync("triagebot: inbox poll needs --once (run `triagebot serve` to watch the mailboxes continuously)");
            return ExitCodes.UsageOrConfiguration;
        }
        if (!cli.Settings.Inbox.Enabled)
        {
            await cli.Error.WriteLineAsync("triagebot: no mailbox is configured (Inbox:Mailboxes in appsettings.json)");
            return ExitCodes.UsageOrConfiguration;
        }
        return await cli.WithCasesAsync(async cases =>
        {
            // The host's own services (pages, channel posts) without its web server or background work.
            await using var app = ServeCommand.Build(cases, cli, "http://127.0.0.1:0", watchMailboxes: false, quiet: true);
            var results = await app.Services.GetRequiredService<InboxPoll>().RunOnceAsync(cancellationToken);
            var unreachable = 0;
            var quarantined = 0;
            foreach (var result in results)
            {
                if (result.Error is { } error)
                {
                    unreachable++;
                    await cli.Error.WriteLineAsync($"triagebot: inbox {result.Mailbox}: {error}");
                    continue;
                }
                if (result.Outcomes.Count == 0) await cli.Output.WriteLineAsync($"{result.Mailbox}: no new messages");
                foreach (var outcome in result.Outcomes)
                {
                    if (outcome.IsQuarantined) quarantined++;
                    await cli.Output.WriteLineAsync($"{result.Mailbox}: {outcome.Describe()}");
                }
            }
            return unreachable > 0 ? ExitCodes.UsageOrConfiguration : quarantined > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        });
    }

    private static async Task<int> StatusAsync(CliContext cli, CancellationToken cancellationToken)
    {
        var inbox = cli.Settings.Inbox;
        if (!inbox.Enabled)
        {
            await cli.Output.WriteLineAsync("No mailbox is configured (Inbox:Mailboxes in appsettings.json).");
            return ExitCodes.Ok;
        }

        IReadOnlyList<MailboxCursor> cursors = [];
        try
        {
            using var cases = CaseServices.Open(cli.Settings, cli.Time);
            cursors = await cases.MailboxLedger.CursorsAsync(cancellationToken);
        }
        catch (CaseStoreException e)
        {
            // Most often the running host holds the database; its GET /ready shows the live state.
            await cli.Output.WriteLineAsync($"(watcher history not shown: {e.Message} While `serve` runs, see its GET /ready.)");
        }

        var unreachable = 0;
        foreach (var mailbox in inbox.Mailboxes)
        {
            var cursor = cursors.FirstOrDefault(c => string.Equals(c.Mailbox, mailbox.Name, StringComparison.OrdinalIgnoreCase));
            string reach;
            try
            {
                await using var session = await ImapSession.OpenAsync(mailbox, inbox.CommandTimeout, cancellationToken);
                var counts = await session.CountsAsync(cancellationToken);
                reach = $"reachable ({(session.SupportsIdle ? "IDLE" : "polling")}); waiting {counts.Waiting}, {mailbox.ProcessedFolder} {counts.Processed}, {mailbox.QuarantineFolder} {counts.Quarantined}";
            }
            catch (MailboxException e)
            {
                unreachable++;
                reach = $"UNREACHABLE: {e.Message}";
            }
            await cli.Output.WriteLineAsync($"{mailbox.Name} ({mailbox.User} at {mailbox.Host}:{mailbox.EffectivePort}, {mailbox.Security}, folder {mailbox.Folder}): {reach}");
            if (cursor is not null)
                await cli.Output.WriteLineAsync($"  last checked {Time(cursor.LastCheckedAt, cli.Clock)}, last success {Time(cursor.LastSucceededAt, cli.Clock)}; handled {cursor.Handled}, quarantined {cursor.Quarantined}" +
                    (cursor.LastError is { } error ? $"; last error: {error}" : ""));
        }
        return unreachable > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }

    private static string Time(DateTime? at, TeamClock clock) => at is { } value ? CaseViews.Time(value, clock) : "never";
}
