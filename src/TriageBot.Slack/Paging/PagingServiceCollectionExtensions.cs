using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using TriageBot.Cases;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;
using TriageBot.Dialogs.Messages;
using TriageBot.Slack.Inbound;
using TriageBot.Slack.Outbound;

namespace TriageBot.Slack.Paging;

public static class PagingServiceCollectionExtensions
{
    /// <summary>
    /// Emergency paging over Slack, after <see cref="SlackServiceCollectionExtensions.AddSlack"/>: the
    /// <see cref="EmergencyPager"/> becomes the <see cref="IPageSink"/> (replacing any registered before), the
    /// <see cref="EscalationClock"/> runs as a hosted service, and page buttons reach the pager before the
    /// conversation engine. Settings come from <see cref="SlackOptions.Paging"/>.
    /// </summary>
    public static IServiceCollection AddSlackPaging(this IServiceCollection services, IEscalationStore escalations,
        OnCallSchedule onCall, CaseWorkflow workflow, CasesOptions cases)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(escalations);
        ArgumentNullException.ThrowIfNull(onCall);
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(cases);

        services.AddSingleton(sp => sp.GetRequiredService<SlackOptions>().Paging);
        services.AddSingleton(sp => new EmergencyPager(escalations, () => sp.GetRequiredService<SlackWebApi>(), onCall, workflow, cases,
            sp.GetRequiredService<PagingOptions>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<EmergencyPager>>()));
        services.Replace(ServiceDescriptor.Singleton<IPageSink>(sp => sp.GetRequiredService<EmergencyPager>()));
        services.AddSingleton<PageAcknowledgements>();
        services.AddHostedService<EscalationClock>();
        services.Replace(ServiceDescriptor.Singleton<IBlockActionsHandler>(sp =>
            new PageActionsHandler(ActivatorUtilities.CreateInstance<BlockActionsTurnHandler>(sp), sp.GetRequiredService<PageAcknowledgements>())));
        return services;
    }
}
