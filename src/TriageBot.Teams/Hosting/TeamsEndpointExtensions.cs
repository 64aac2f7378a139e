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
using TriageBot.Teams.References;

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
        // The channel's own collection in the one case database of the process (AddTriageBotCore registers it).
        services.TryAddSingleton<IConversationReferenceStore>(sp => new LiteDbConversationReferenceStore(
            sp.GetRequiredService<LiteDbCaseStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<TeamsHttp>();
        // The types below that talk HTTP take their client explicitly (one per purpose); the container supplies the rest.
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<OpenIdMetadataCache>(sp, sp.GetRequiredService<TeamsHttp>().Client));
        services.AddSingleton<BotFrameworkTokenValidator>();
        services.AddSingleton<TrustedServiceUrls>();
        services.AddSingleton<AdaptiveCardRenderer>();
        services.AddSingleton<ConnectorHttp>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<BotTokenProvider>(sp, sp.GetRequiredService<ConnectorHttp>().Client));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<BotConnectorClient>(sp, sp.GetRequiredService<ConnectorHttp>().Client));
        services.AddSingleton<TeamsMemberLookup>();
        // Composed by mode: no token validator without an app id; member lookup only where the host provides the
        // roster (it skips senders known by TeamsId).
        services.AddSingleton(sp => new TeamsActivityEndpoint(sp.GetRequiredService<TeamsOptions>(),
            sp.GetRequiredService<TeamsOptions>().Mode == TeamsMode.Authenticated ? sp.GetRequiredService<BotFrameworkTokenValidator>() : null,
            sp.GetRequiredService<TrustedServiceUrls>(), sp.GetRequiredService<TurnQueue>(), sp.GetRequiredService<IConversationTurnHandler>(),
            sp.GetRequiredService<AdaptiveCardRenderer>(), sp.GetRequiredService<IConversationReferenceStore>(), sp.GetRequiredService<ILogger<TeamsActivityEndpoint>>(),
            sp.GetService<TriageBot.Dialogs.Access.ITeamDirectory>() is null ? null : sp.GetRequiredService<TeamsMemberLookup>()));
        // Tests register their own file client (trusting a loopback https server) before this call.
        services.TryAddSingleton<TeamsFileHttp>();
        services.AddSingleton<TeamsFileDownloader>();
        services.AddHostedService<TeamsStartupReport>();
        services.AddHostedService<TrustedServiceUrlSeeder>();
        // Proactive messages need the stored references and the roster (CasesOptions, from AddTriageBotCore).
        services.AddSingleton<TeamsNotifier>();
        services.AddSingleton<IInboxTurnProcessor, TeamsTurnProcessor>();
        return services;
    }

    /// <summary>Teams as a channel of the case desk: pages by proactive message (and the emergency channel's
    /// notices) and member notices, from the services <see cref="AddTeams(IServiceCollection, IConfiguration)"/>
    /// registers and the roster.</summary>
    public static IServiceCollection AddTeamsPaging(this IServiceCollection services)
    {
        services.AddSingleton<TriageBot.Dialogs.Paging.IPageChannel>(sp => ActivatorUtilities.CreateInstance<TeamsPageChannel>(sp,
            sp.GetRequiredService<TeamsOptions>().EmergencyChannel ?? ""));
        services.AddSingleton<TriageBot.Dialogs.Messages.IMemberNotifier, TeamsMemberNotifier>();
        return services;
    }

    /// <summary><c>POST /api/messages</c>, the endpoint the Azure Bot resource (or the Agents Playground) calls.</summary>
    public static IEndpointConventionBuilder MapTeams(this IEndpointRouteBuilder endpoints, string pattern = MessagesPath) =>
        endpoints.MapPost(pattern, (Func<HttpContext, Task<IResult>>)(context =>
            context.RequestServices.GetRequiredService<TeamsActivityEndpoint>().HandleAsync(context)));
}
