using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TriageBot.Cases;
using TriageBot.Cases.Paging;
using TriageBot.Cases.Reporting;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;
using TriageBot.Dialogs.Access;
using TriageBot.Dialogs.Commands;
using TriageBot.Dialogs.Flows;
using TriageBot.Dialogs.Paging;
using TriageBot.Intake;
using TriageBot.Triage;

namespace TriageBot.Dialogs.Composition;

/// <summary>Told once when the store generated a data key file (the command line prints it; a host may log it).</summary>
public delegate void DataKeyNotice(string message);

public static class TriageBotCoreServiceCollectionExtensions
{
    /// <summary>
    /// The core every front end shares, registered once: the <c>Triage</c>, <c>Intake</c>, <c>Cases</c> and
    /// <c>Paging</c> sections (options pattern, checked at start-up), the engine and the reader, the case database
    /// and its services, paging, the command handlers (a collection, asked in registration order) and the
    /// conversation engine. Register a <see cref="TimeProvider"/>, a <see cref="LiteDbCaseStore"/> already open, a
    /// <see cref="DataKeyNotice"/>, <see cref="IPageChannel"/>s and <see cref="Messages.IMemberNotifier"/>s as needed,
    /// before or after; the database opens when first asked for.
    /// </summary>
    /// <param name="baseDirectory">Where relative paths of the <c>Cases</c> section start (the configuration file's
    /// folder); the working directory when null.</param>
    public static IServiceCollection AddTriageBotCore(this IServiceCollection services, IConfiguration configuration, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var root = baseDirectory ?? Directory.GetCurrentDirectory();
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSection<TriagePolicy>(configuration, TriagePolicy.SectionName, policy => policy.Validate(), ReplaceListsOf);
        services.AddSection<IntakeOptions>(configuration, IntakeOptions.SectionName, intake => intake.Validate());
        services.AddSection<CasesOptions>(configuration, CasesOptions.SectionName,
                cases => CasesOptionsValidation.Validate(cases).Concat(new CaseDatabaseFiles(cases, root).Problems()),
                (section, cases) => { if (section.GetSection(nameof(CasesOptions.Sla)).Exists()) cases.Sla = new(StringComparer.OrdinalIgnoreCase); })
            // A preservation lasts what the policy says, for the engine and the case desk alike. Read from the key
            // rather than the bound policy, so a problem in the Triage section does not hide this section's.
            .PostConfigure(cases => cases.PreservationDays =
                int.TryParse(configuration[$"{TriagePolicy.SectionName}:{nameof(TriagePolicy.PreservationDays)}"], out var days) ? days : new TriagePolicy().PreservationDays);
        services.AddSection<PagingOptions>(configuration, PagingOptions.SectionName, paging => paging.Validate(), unknownKeys: true);
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<PagingOptions>>(new ProblemListValidator<PagingOptions>(_ =>
            configuration.GetSection("Slack:Paging").Exists()
                ? ["Slack:Paging has moved: paging is the case desk's now. Put P0AckTimeout, P1AckTimeout and TickInterval under Paging, and the emergency channel under Slack:EmergencyChannel."]
                : []));

        services.TryAddSingleton(sp => sp.GetRequiredService<IntakeOptions>().Limits);
        services.TryAddSingleton<TriageEngine>();
        services.TryAddSingleton<RequestReader>();

        // One database per process; everything that is stored lives in it.
        services.TryAddSingleton(sp => new CaseDatabaseFiles(sp.GetRequiredService<CasesOptions>(), root));
        services.TryAddSingleton(sp => sp.GetRequiredService<CaseDatabaseFiles>().Open(sp.GetRequiredService<TimeProvider>(),
            sp.GetService<DataKeyNotice>() is { } notice ? message => notice(message) : null));
        services.TryAddSingleton<ICaseStore>(sp => sp.GetRequiredService<LiteDbCaseStore>());
        services.TryAddSingleton(sp => sp.GetRequiredService<LiteDbCaseStore>().Conversations);
        services.TryAddSingleton(sp => sp.GetRequiredService<LiteDbCaseStore>().Escalations);
        services.TryAddSingleton(sp => sp.GetRequiredService<LiteDbCaseStore>().MailboxLedger);
        services.TryAddSingleton(sp => sp.GetRequiredService<LiteDbCaseStore>().Inbox);

        services.TryAddSingleton<CaseIntake>();
        services.TryAddSingleton<CaseWorkflow>();
        services.TryAddSingleton<CaseAssignment>();
        services.TryAddSingleton<OnCallSchedule>();
        services.TryAddSingleton<ReminderFinder>();
        services.TryAddSingleton<ReminderDigests>();
        services.TryAddSingleton<PreservationExtension>();
        services.TryAddSingleton<CaseStatistics>();
        services.TryAddSingleton<TransparencyReport>();
        services.TryAddSingleton<RetentionPolicy>();

        // The case desk pages; where no pager runs (the command line) PendingPaging stores cases as not paged yet.
        services.TryAddSingleton<EscalationService>();
        services.TryAddSingleton<IEmergencyPaging>(sp => sp.GetRequiredService<EscalationService>());
        services.TryAddSingleton<PendingPaging>();

        services.TryAddSingleton<TeamDirectory>();
        services.TryAddSingleton<ITeamDirectory>(sp => sp.GetRequiredService<TeamDirectory>());
        services.TryAddSingleton<CaseDesk>();
        AddCommandHandlers(services);
        services.TryAddSingleton<ICommandRouter, CommandRouter>();
        services.TryAddSingleton<IntakeServices>();
        services.TryAddSingleton<ConversationBot>();
        return services;
    }

    /// <summary>The command families, asked in this order whether a request is theirs.</summary>
    private static void AddCommandHandlers(IServiceCollection services)
    {
        services.TryAddEnumerable(
        [
            ServiceDescriptor.Singleton<ICommandHandler, HelpCommand>(),
            ServiceDescriptor.Singleton<ICommandHandler, QueueCommands>(),
            ServiceDescriptor.Singleton<ICommandHandler, CaseCommands>(),
            ServiceDescriptor.Singleton<ICommandHandler, AssignmentCommands>(),
            ServiceDescriptor.Singleton<ICommandHandler, PageCommands>(),
            ServiceDescriptor.Singleton<ICommandHandler, OnCallCommands>(),
            ServiceDescriptor.Singleton<ICommandHandler, ReportCommands>(),
            ServiceDescriptor.Singleton<ICommandHandler, ReminderCommands>(),
        ]);
    }

    /// <summary>Lists in appsettings.json replace the defaults rather than append to them, so staff see the whole policy.</summary>
    private static void ReplaceListsOf(IConfigurationSection section, TriagePolicy policy)
    {
        if (section.GetSection(nameof(TriagePolicy.RequiredFields)).Exists()) policy.RequiredFields = [];
        if (section.GetSection(nameof(TriagePolicy.RequiredFieldsByType)).Exists()) policy.RequiredFieldsByType = new(StringComparer.OrdinalIgnoreCase);
        if (section.GetSection(nameof(TriagePolicy.RequiredFieldsByFlag)).Exists()) policy.RequiredFieldsByFlag = new(StringComparer.OrdinalIgnoreCase);
    }
}
