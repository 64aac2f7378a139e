using System.CommandLine;
using Microsoft.Extensions.Options;
using TriageBot.CaseTracking;
using TriageBot.Channels;
using TriageBot.Cli;
using TriageBot.Configuration;
using TriageBot.Dialogs;
using TriageBot.Dialogs.Composition;
using TriageBot.Cases.Paging;
using TriageBot.Dialogs.Messages;
using TriageBot.Dialogs.Paging;
using TriageBot.Slack;
using TriageBot.Slack.Outbound;
using TriageBot.Slack.Paging;
using TriageBot.Teams;
using TriageBot.Teams.Hosting;
using TriageBot.Teams.Proactive;

namespace TriageBot.Hosting;

/// <summary>
/// <c>triagebot serve [--urls http://127.0.0.1:5080]</c>: the ASP.NET Core host the chat channels plug into.
/// It owns the one case database of the process (opened at start, checkpointed and released at shutdown) and
/// the one conversation engine every channel shares.
/// </summary>
public static class ServeCommand
{
    public static Command Create(CliContext cli)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var command = new Command("serve", "Run the TriageBot web host (health endpoint; the Teams and Slack channels attach here)") { urls };
        command.SetAction((parse, ct) =>
        {
            // Every section, Teams included, is checked before the database opens: one message for all problems.
            cli.ServeSettings?.Invoke();
            return cli.WithCasesAsync(async cases =>
            {
                var app = Build(cases, cli, parse.GetValue(urls)!);
                await app.RunAsync(ct);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    /// <summary>The web application over open case services: <c>POST /api/messages</c> (Teams),
    /// <c>POST /slack/events|commands|interactions</c> (Slack), <c>GET /health</c> and <c>GET /ready</c>.
    /// Tests start it on a loopback port.</summary>
    /// <param name="watchMailboxes">Whether the configured mailboxes are watched in the background (<c>inbox poll</c>
    /// builds the same services without the watchers).</param>
    /// <param name="quiet">No console logging (commands whose standard output is their answer).</param>
    /// <param name="alsoLogTo">Tests: a provider that also gets every entry from Information up, to check that
    /// nothing personal is logged even at a level more talkative than the default.</param>
    public static WebApplication Build(CaseServices cases, CliContext cli, string urls, bool watchMailboxes = true, bool quiet = false,
        ILoggerProvider? alsoLogTo = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        // Request contents never reach the logs at information level; ASP.NET's own request logging stays quiet.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The HTTP clients log each request's address at Information: Slack's response_url and file links are
        // credentials, and Bot Connector addresses name conversations. Never below Warning, whatever the level set.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        if (quiet) builder.Logging.ClearProviders();
        if (alsoLogTo is not null)
        {
            builder.Logging.SetMinimumLevel(LogLevel.Information);
            builder.Logging.AddProvider(alsoLogTo);
        }
        // The database is the one the command opened; everything else of the core is registered here, once.
        builder.Services.AddSingleton(cases.Database);
        builder.Services.AddSingleton(cli.Time);
        builder.Services.AddSingleton(cli.Settings);
        builder.Services.AddTriageBotCore(cli.Settings);
        builder.Services.AddSingleton(services => new CaseServices(services));
        // The one durable turn queue both channels commit to before acknowledging; drained, bounded, at shutdown.
        builder.Services.AddTurnPipeline(cases.Inbox, cli.Settings.Turns);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = cli.Settings.Turns.ShutdownGrace + TimeSpan.FromSeconds(10));
        builder.Services.AddReadinessChecks();
        builder.Services.AddSlack(cli.Settings.Slack);
        var slack = cli.Settings.Slack;
        // Slack delivers pages and reminders once a bot token is set; Teams always (a member it cannot reach
        // fails permanently and the chain moves on).
        if (!string.IsNullOrEmpty(slack.ReadSecret(slack.BotTokenVariable))) builder.Services.AddSlackPaging();
        builder.Services.AddTeams(cli.Settings.Configuration.GetSection(TeamsOptions.SectionName));
        builder.Services.AddTeamsPaging();
        builder.Services.AddHostedService<ReminderDelivery>();
        builder.Services.AddHostedService<BackupChannel>();
        builder.Services.AddHostedService<StoreCheckAtStart>();
        builder.Services.AddInbox(cli.Settings, watchMailboxes);
        builder.Services.AddHostedService<PagingClock>();

        var app = builder.Build();
        CheckOptions(app);
        app.MapTeams();
        app.MapSlack();
        app.MapHealthEndpoints(Path.GetFileName(cli.Settings.DatabasePath));
        app.Lifetime.ApplicationStarted.Register(() =>
            _ = app.Services.GetRequiredService<ConversationBot>().SweepAsync(CancellationToken.None));
        return app;
    }

    /// <summary>Validates every section's options now, before anything listens, so a bad configuration is one
    /// message (exit 2) rather than a host start-up failure with a stack trace in the log.</summary>
    private static void CheckOptions(WebApplication app)
    {
        if (StartupValidation.Problems(app.Services) is not { Count: > 0 } problems) return;
        ((IDisposable)app).Dispose();
        throw new SettingsException(problems);
    }
}
