using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TriageBot.Cases;
using TriageBot.Cases.Storage;
using TriageBot.Teams.Authentication;
using TriageBot.Teams.Cards;
using TriageBot.Teams.Connector;
using TriageBot.Teams.Files;
using TriageBot.Teams.Proactive;

namespace TriageBot.Teams.Hosting;

public static class TeamsEndpointExtensions
{
    public const string MessagesPath = "/api/messages";

    /// <summary>The Teams channel's services. <see cref="ITeamsTurnHandler"/> defaults to the registered
    /// <c>ConversationBot</c>; register another before this call to replace it.</summary>
    public static IServiceCollection AddTeams(this IServiceCollection services, TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITeamsTurnHandler, ConversationBotTurnHandler>();
        services.TryAddSingleton<ITeamsReplySender, ConnectorReplySender>();
        services.AddSingleton<TeamsHttp>();
        if (!options.IsLocalMode)
            services.AddSingleton(sp => new BotFrameworkTokenValidator(options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<TeamsHttp>().Client));
        services.AddSingleton<TrustedServiceUrls>();
        services.AddSingleton<TeamsWorkQueue>();
        services.AddSingleton<AdaptiveCardRenderer>();
        services.AddSingleton(sp => new BotTokenProvider(sp.GetRequiredService<TeamsHttp>().Client, options, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new BotConnectorClient(sp.GetRequiredService<TeamsHttp>().Client, sp.GetRequiredService<BotTokenProvider>(),
            sp.GetRequiredService<TrustedServiceUrls>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new TeamsActivityEndpoint(options,
            options.IsLocalMode ? null : sp.GetRequiredService<BotFrameworkTokenValidator>(),
            sp.GetRequiredService<TrustedServiceUrls>(), sp.GetRequiredService<TeamsWorkQueue>(), sp.GetRequiredService<ITeamsTurnHandler>(),
            sp.GetRequiredService<AdaptiveCardRenderer>(), sp.GetService<IConversationReferenceStore>(), sp.GetRequiredService<ILogger<TeamsActivityEndpoint>>()));
        services.AddSingleton(sp => new TeamsFileDownloader(sp.GetRequiredService<TeamsHttp>().Client, options));
        services.AddHostedService(sp => new TrustedServiceUrlSeeder(sp.GetService<IConversationReferenceStore>(), sp.GetRequiredService<TrustedServiceUrls>()));
        // Proactive messages need the stored references and the roster: the host registers
        // IConversationReferenceStore and CasesOptions.
        services.AddSingleton(sp => new TeamsNotifier(sp.GetRequiredService<BotConnectorClient>(), sp.GetRequiredService<IConversationReferenceStore>(),
            sp.GetRequiredService<TrustedServiceUrls>(), sp.GetRequiredService<AdaptiveCardRenderer>(), sp.GetRequiredService<CasesOptions>(),
            sp.GetRequiredService<ILogger<TeamsNotifier>>()));
        services.AddHostedService<TeamsWorker>();
        return services;
    }

    /// <summary><c>POST /api/messages</c>, the endpoint the Azure Bot resource (or the Agents Playground) calls.</summary>
    public static IEndpointConventionBuilder MapTeams(this IEndpointRouteBuilder endpoints, string pattern = MessagesPath) =>
        endpoints.MapPost(pattern, (Func<HttpContext, Task<IResult>>)(context =>
            context.RequestServices.GetRequiredService<TeamsActivityEndpoint>().HandleAsync(context)));
}

/// <summary>One HTTP client for metadata, tokens and the connector; pooled connections are recycled so DNS
/// changes of the Bot Connector are picked up.</summary>
public sealed class TeamsHttp : IDisposable
{
    public HttpClient Client { get; } = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(30) };

    public void Dispose() => Client.Dispose();
}
