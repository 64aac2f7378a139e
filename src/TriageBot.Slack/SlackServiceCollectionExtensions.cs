using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TriageBot.Slack.BlockKit;
using TriageBot.Slack.Inbound;
using TriageBot.Slack.Outbound;
using TriageBot.Slack.SocketMode;

namespace TriageBot.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// The Slack channel: request verification, the inbound handlers, the background queue and workers, the Web
    /// API client and Block Kit rendering. The conversation engine is the host's <c>ConversationBot</c> unless an
    /// <see cref="ITurnHandler"/> was registered before. Map the endpoints with <c>MapSlack()</c>. With
    /// <see cref="SlackOptions.Mode"/> <c>socket</c> the same handlers are also fed over Socket Mode.
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITurnHandler>(sp => new ConversationBotTurnHandler(sp.GetRequiredService<TriageBot.Dialogs.ConversationBot>()));

        services.AddSingleton<SlackRequestReader>();
        services.AddSingleton(new RecentEventIds(options.RememberedEventIds));
        services.AddSingleton<SlackWorkQueue>();
        services.TryAddSingleton<ISlackEventHandler, EventTurnHandler>();
        services.TryAddSingleton<ISlashCommandHandler, SlashCommandTurnHandler>();
        services.TryAddSingleton<IBlockActionsHandler, BlockActionsTurnHandler>();
        services.AddSingleton<SlackInbound>();
        services.AddHostedService<SlackWorker>();
        if (options.UsesSocketMode)
        {
            services.AddSingleton<SocketModeEnvelopeHandler>();
            services.AddHostedService<SocketModeClient>();
        }
        else if (!string.Equals(options.Mode?.Trim(), "http", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Slack:Mode must be \"http\" or \"socket\" (is \"{options.Mode}\").");
        }

        // Method names are relative ("chat.postMessage"): without the trailing slash they would replace "api".
        var apiBase = options.ApiBaseUrl.AbsoluteUri.EndsWith('/') ? options.ApiBaseUrl : new Uri(options.ApiBaseUrl.AbsoluteUri + "/");
        services.AddHttpClient<SlackWebApi>(http => http.BaseAddress = apiBase);
        services.TryAddSingleton<BlockKitRenderer>();
        services.TryAddTransient<ISlackReplySender, SlackReplySender>();
        return services;
    }
}
