using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TriageBot.Channels;
using TriageBot.Slack.BlockKit;
using TriageBot.Slack.Inbound;
using TriageBot.Slack.Outbound;
using TriageBot.Slack.SocketMode;

namespace TriageBot.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// The Slack channel: request verification, the inbound handlers (which commit turns to the shared durable
    /// queue: register it first with <c>AddTurnPipeline</c>), the processor the queue's workers run Slack turns
    /// with, the Web API client (with retries, timeouts and a circuit breaker) and Block Kit rendering. Map the
    /// endpoints with <c>MapSlack()</c>. With <see cref="SlackOptions.Mode"/> <c>socket</c> the same handlers are
    /// fed over Socket Mode.
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<SlackRequestReader>();
        services.TryAddSingleton<ISlackEventHandler, EventTurnHandler>();
        services.TryAddSingleton<ISlashCommandHandler, SlashCommandTurnHandler>();
        services.TryAddSingleton<IBlockActionsHandler, BlockActionsTurnHandler>();
        services.TryAddSingleton<IViewSubmissionHandler, ViewSubmissionTurnHandler>();
        services.AddSingleton<SlackInbound>();
        services.AddSingleton<IInboxTurnProcessor, SlackTurnProcessor>();
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
        services.AddHttpClient<SlackWebApi>(http =>
            {
                http.BaseAddress = apiBase;
                // The resilience pipeline's own timeouts bound each call; the client's 100 s default must not cut them short.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddResilienceHandler("slack", (pipeline, context) => OutboundResilience.Configure(pipeline, options.MaxAttempts, options.RetryBaseDelay, options.MaxRetryAfter,
                context.ServiceProvider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<BlockKitRenderer>();
        services.TryAddTransient<ISlackReplySender, SlackReplySender>();
        return services;
    }

    /// <summary>Slack as a channel of the case desk: pages (DMs and the emergency channel's notices) and member
    /// notices ("assigned to you"), built by the container from the Slack services above and the roster.</summary>
    public static IServiceCollection AddSlackPaging(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        // The Web API is a typed HTTP client: the page channel, a singleton, asks for a fresh one per call.
        services.TryAddSingleton<Func<SlackWebApi>>(sp => () => sp.GetRequiredService<SlackWebApi>());
        services.AddSingleton<TriageBot.Dialogs.Paging.IPageChannel, Paging.SlackPageChannel>();
        services.AddSingleton<TriageBot.Dialogs.Messages.IMemberNotifier, SlackMemberNotifier>();
        return services;
    }
}
