using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TriageBot.Cases.Storage;

namespace TriageBot.Channels;

public static class ChannelPipelineServiceCollectionExtensions
{
    /// <summary>
    /// The shared turn pipeline over <paramref name="inbox"/>: the queue channels accept turns into and the worker
    /// that runs them. Idempotent, so each channel may call it. The engine is the registered <c>ConversationBot</c>
    /// unless an <see cref="IConversationTurnHandler"/> was registered before.
    /// </summary>
    public static IServiceCollection AddTurnPipeline(this IServiceCollection services, ITurnInbox inbox, TurnPipelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(inbox);
        if (services.Any(d => d.ServiceType == typeof(TurnQueue))) return services;
        options ??= new TurnPipelineOptions();
        if (options.Problems() is { Count: > 0 } problems) throw new InvalidOperationException(string.Join(" ", problems));
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(inbox);
        services.AddSingleton(sp => new TurnQueue(inbox, options));
        // Times in the lost-turn notice are the team's (Cases:TimeZone) where the core is registered.
        services.TryAddSingleton(sp => new LostTurns(inbox,
            sp.GetService<TriageBot.Cases.CasesOptions>() is { } cases ? TriageBot.Cases.Workflow.TeamClock.For(cases) : TriageBot.Cases.Workflow.TeamClock.Utc,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<LostTurns>>()));
        services.TryAddSingleton<IConversationTurnHandler>(sp => new ConversationBotTurnHandler(sp.GetRequiredService<TriageBot.Dialogs.ConversationBot>()));
        services.AddHostedService<TurnWorker>();
        return services;
    }
}
