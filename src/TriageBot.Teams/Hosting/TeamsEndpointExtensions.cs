using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TriageBot.Cases;
using TriageBot.Cases.Storage;
using TriageBot.Channels;
using TriageBot.Teams.Authentication;
using TriageBot.Teams.Cards;
using TriageBot.Teams.Connector;
using TriageBot.Teams.Files;
using TriageBot.Teams.Proactive;

namespace TriageBot.Teams.Hosting;

public static class TeamsEndpointExtensions
{
    public const string MessagesPath = "/api/messages";

    /// <summary>The Teams channel's services, with <see cref="TeamsOptions"/> bound from the <c>Teams</c>
    /// section and validated at start-up (every problem in one message). Turns go through the
    /// shared durable queue (register it first with <c>AddTurnPipeline</c>), whose engine is the registered
    /// <c>ConversationBot</c> unless an <see cref="IConversationTurnHandler"/> was registered before.</summary>
    public static IServiceCollection AddTeams(this IServiceCollection services, IConfiguration section) =>
        services.AddTeamsOptions(section).AddTeamsCore();

    /// <summary>The same, configured in code (tests).</summary>
    public static IServiceCollection AddTeams(this IServiceCollection services, Action<TeamsOptions> configure)
    {
        ValidatedOptions(services, services.AddOptions<TeamsOptions>().Configure(configure));
        return services.AddTeamsCore();
    }

    /// <summary>Only <see cref="TeamsOptions"/>, bound from the <c>Teams</c> section and checked at start-up (the
    /// app password read from the variable it names): what the host validates with every other section.</summary>
    public static IServiceCollection AddTeamsOptions(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        if (services.Any(d => d.ServiceType == typeof(TeamsOptionsValidator))) return services;
        services.AddSingleton<IValidateOptions<TeamsOptions>>(new TeamsConfigurationKeysValidator(section));
        ValidatedOptions(services, services.AddOptions<TeamsOptions>().Bind(section));
        return services;
    }

    private static void ValidatedOptions(IServiceCollection services, OptionsBuilder<TeamsOptions> options)
    {
        options.PostConfigure(o =>
        {
            if (string.IsNullOrEmpty(o.AppPassword) && !string.IsNullOrWhiteSpace(o.AppPasswordVariable))
                o.AppPassword = Environment.GetEnvironmentVariable(o.AppPasswordVariable);
        }).ValidateOnStart();
        services.AddSingleton<TeamsOptionsValidator>();
        services.AddSingleton<IValidateOptions<TeamsOptions>>(sp => sp.GetRequiredService<TeamsOptionsValidator>());
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<TeamsOptions>>().Value);
    }

    private static IServiceCollection AddTeamsCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITeamsReplySender, ConnectorReplySender>();
        services.AddSingleton<TeamsHttp>();
        services.AddSingleton(sp => new OpenIdMetadataCache(sp.GetRequiredService<TeamsOptions>(), sp.GetRequiredService<TeamsHttp>().Client,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<OpenIdMetadataCache>>()));
        services.AddSingleton(sp => new BotFrameworkTokenValidator(sp.GetRequiredService<TeamsOptions>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<OpenIdMetadataCache>()));
        services.AddSingleton<TrustedServiceUrls>();
        services.AddSingleton<AdaptiveCardRenderer>();
        services.AddSingleton<ConnectorHttp>();
        services.AddSingleton(sp => new BotTokenProvider(sp.GetRequiredService<ConnectorHttp>().Client, sp.GetRequiredService<TeamsOptions>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new BotConnectorClient(sp.GetRequiredService<ConnectorHttp>().Client, sp.GetRequiredService<BotTokenProvider>(),
            sp.GetRequiredService<TrustedServiceUrls>()));
        services.AddSingleton(sp => new TeamsActivityEndpoint(sp.GetRequiredService<TeamsOptions>(),
            sp.GetRequiredService<TeamsOptions>().Mode == TeamsMode.Authenticated ? sp.GetRequiredService<BotFrameworkTokenValidator>() : null,
            sp.GetRequiredService<TrustedServiceUrls>(), sp.GetRequiredService<TurnQueue>(), sp.GetRequiredService<IConversationTurnHandler>(),
            sp.GetRequiredService<AdaptiveCardRenderer>(), sp.GetService<IConversationReferenceStore>(), sp.GetRequiredService<ILogger<TeamsActivityEndpoint>>(),
            // Member lookup only where the host provides the roster (it skips senders known by TeamsId).
            sp.GetService<TriageBot.Dialogs.Access.ITeamDirectory>() is { } directory
                ? new TeamsMemberLookup(sp.GetRequiredService<BotConnectorClient>(), directory, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<TeamsMemberLookup>>())
                : null));
        // Tests register their own file client (trusting a loopback https server) before this call.
        services.TryAddSingleton<TeamsFileHttp>(_ => new TeamsFileHttp());
        services.AddSingleton(sp => new TeamsFileDownloader(sp.GetRequiredService<TeamsFileHttp>(), sp.GetRequiredService<TeamsOptions>(),
            sp.GetRequiredService<ILogger<TeamsFileDownloader>>()));
        services.AddHostedService<TeamsStartupReport>();
        services.AddHostedService(sp => new TrustedServiceUrlSeeder(sp.GetService<IConversationReferenceStore>(), sp.GetRequiredService<TrustedServiceUrls>()));
        // Proactive messages need the stored references and the roster: the host registers
        // IConversationReferenceStore and CasesOptions.
        services.AddSingleton(sp => new TeamsNotifier(sp.GetRequiredService<BotConnectorClient>(), sp.GetRequiredService<IConversationReferenceStore>(),
            sp.GetRequiredService<TrustedServiceUrls>(), sp.GetRequiredService<AdaptiveCardRenderer>(), sp.GetRequiredService<CasesOptions>(),
            sp.GetRequiredService<ILogger<TeamsNotifier>>()));
        services.AddSingleton<IInboxTurnProcessor, TeamsTurnProcessor>();
        return services;
    }

    /// <summary><c>POST /api/messages</c>, the endpoint the Azure Bot resource (or the Agents Playground) calls.</summary>
    public static IEndpointConventionBuilder MapTeams(this IEndpointRouteBuilder endpoints, string pattern = MessagesPath) =>
        endpoints.MapPost(pattern, (Func<HttpContext, Task<IResult>>)(context =>
            context.RequestServices.GetRequiredService<TeamsActivityEndpoint>().HandleAsync(context)));
}

/// <summary>One HTTP client for metadata and file downloads; pooled connections are recycled so DNS changes are
/// picked up.</summary>
public sealed class TeamsHttp : IDisposable
{
    public HttpClient Client { get; } = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(30) };

    public void Dispose() => Client.Dispose();
}

/// <summary>The HTTP client for the Bot Connector and its token endpoint, behind the channels' resilience
/// pipeline (retries of 429/5xx honouring Retry-After, timeouts, circuit breaker).</summary>
public sealed class ConnectorHttp(TimeProvider time) : IDisposable
{
    public HttpClient Client { get; } = new(OutboundResilience.Handler(maxAttempts: 4, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30), time))
    {
        // The pipeline's own timeouts bound each call.
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public void Dispose() => Client.Dispose();
}
