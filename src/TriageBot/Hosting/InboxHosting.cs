using TriageBot.Cases.Storage;
using TriageBot.CaseTracking;
using TriageBot.Configuration;
using TriageBot.Dialogs.Messages;
using TriageBot.Intake;
using TriageBot.Mailbox.Processing;
using TriageBot.Mailbox.Watching;
using TriageBot.Slack.BlockKit;
using TriageBot.Slack.Outbound;
using TriageBot.Teams.Connector;
using TriageBot.Teams.Hosting;
using TriageBot.Triage;

namespace TriageBot.Hosting;

/// <summary>Puts the mailbox watcher together over the host's case services, pages and channels.</summary>
public static class InboxHosting
{
    /// <summary>The processing pipeline (always, so <c>inbox poll</c> can use it) and, when
    /// <paramref name="watch"/>, the background watchers.</summary>
    public static IServiceCollection AddInbox(this IServiceCollection services, CaseServices cases, TriageBotSettings settings, TimeProvider time, bool watch)
    {
        var inbox = settings.Inbox;
        services.AddSingleton(inbox);
        services.AddSingleton<InboxHealth>();
        services.AddSingleton<IInboxPager>(sp => new EmergencyPagingInboxPager(cases, sp.GetRequiredService<TriageBot.Cases.Paging.IEmergencyPaging>()));
        services.AddHealthChecks().AddCheck<MailboxHealthCheck>("mailboxes", tags: [ReadinessChecks.ReadyTag]);
        if (!string.IsNullOrWhiteSpace(inbox.SlackChannel) && !string.IsNullOrEmpty(settings.Slack.ReadSecret(settings.Slack.BotTokenVariable)))
            services.AddSingleton<IInboxAnnouncer>(sp => new SlackChannelAnnouncer(inbox.SlackChannel.Trim(), sp.GetRequiredService<SlackWebApi>(),
                sp.GetRequiredService<BlockKitRenderer>(), sp.GetRequiredService<ILogger<SlackChannelAnnouncer>>()));
        if (!string.IsNullOrWhiteSpace(inbox.TeamsChannel))
            services.AddSingleton<IInboxAnnouncer>(sp => new TeamsChannelAnnouncer(inbox.TeamsChannel.Trim(), cases.ConversationReferences,
                sp.GetRequiredService<TrustedServiceUrls>(), sp.GetRequiredService<ITeamsReplySender>(), sp.GetRequiredService<ILogger<TeamsChannelAnnouncer>>()));
        services.AddSingleton(sp => new InboxProcessor(
            new RequestReader(settings.Limits),
            new TriageEngine(settings.Policy, time),
            cases.Intake,
            cases.Store,
            cases.MailboxLedger,
            sp.GetRequiredService<IInboxPager>(),
            sp.GetServices<IInboxAnnouncer>(),
            settings.Limits,
            time,
            sp.GetRequiredService<ILogger<InboxProcessor>>()));
        services.AddSingleton(sp => new MailboxSweep(sp.GetRequiredService<InboxProcessor>(), cases.MailboxLedger, time, sp.GetRequiredService<ILogger<MailboxSweep>>()));
        services.AddSingleton(sp => new InboxPoll(inbox, sp.GetRequiredService<MailboxSweep>()));
        if (watch && inbox.Enabled)
        {
            services.AddSingleton(sp => new InboxService(inbox, sp.GetRequiredService<InboxProcessor>(), sp.GetRequiredService<MailboxSweep>(), sp.GetRequiredService<InboxHealth>(), time, sp.GetRequiredService<ILoggerFactory>()));
            services.AddHostedService(sp => sp.GetRequiredService<InboxService>());
        }
        return services;
    }
}
