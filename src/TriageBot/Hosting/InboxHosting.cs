using TriageBot.Cases.Storage;
using TriageBot.Configuration;
using TriageBot.Dialogs.Messages;
using TriageBot.Mailbox.Processing;
using TriageBot.Mailbox.Watching;
using TriageBot.Slack.BlockKit;
using TriageBot.Slack.Outbound;
using TriageBot.Teams.Connector;
using TriageBot.Teams.Hosting;
using TriageBot.Teams.References;

namespace TriageBot.Hosting;

/// <summary>Puts the mailbox watcher together over the core's case services, pages and channels.</summary>
public static class InboxHosting
{
    /// <summary>The processing pipeline (always, so <c>inbox poll</c> can use it) and, when
    /// <paramref name="watch"/>, the background watchers.</summary>
    public static IServiceCollection AddInbox(this IServiceCollection services, TriageBotSettings settings, bool watch)
    {
        var inbox = settings.Inbox;
        services.AddSingleton(inbox);
        services.AddSingleton<InboxHealth>();
        services.AddSingleton<IInboxPager, EmergencyPagingInboxPager>();
        services.AddHealthChecks().AddCheck<MailboxHealthCheck>("mailboxes", tags: [ReadinessChecks.ReadyTag]);
        if (!string.IsNullOrWhiteSpace(inbox.SlackChannel) && !string.IsNullOrEmpty(settings.Slack.ReadSecret(settings.Slack.BotTokenVariable)))
            services.AddSingleton<IInboxAnnouncer>(sp => new SlackChannelAnnouncer(inbox.SlackChannel.Trim(), sp.GetRequiredService<SlackWebApi>(),
                sp.GetRequiredService<BlockKitRenderer>(), sp.GetRequiredService<ILogger<SlackChannelAnnouncer>>()));
        if (!string.IsNullOrWhiteSpace(inbox.TeamsChannel))
            services.AddSingleton<IInboxAnnouncer>(sp => new TeamsChannelAnnouncer(inbox.TeamsChannel.Trim(), sp.GetRequiredService<IConversationReferenceStore>(),
                sp.GetRequiredService<TrustedServiceUrls>(), sp.GetRequiredService<ITeamsReplySender>(), sp.GetRequiredService<ILogger<TeamsChannelAnnouncer>>()));
        services.AddSingleton<InboxProcessor>();
        services.AddSingleton<MailboxSweep>();
        services.AddSingleton(sp => new InboxPoll(inbox, sp.GetRequiredService<MailboxSweep>()));
        if (watch && inbox.Enabled)
        {
            services.AddSingleton<InboxService>();
            services.AddHostedService(sp => sp.GetRequiredService<InboxService>());
        }
        return services;
    }
}
