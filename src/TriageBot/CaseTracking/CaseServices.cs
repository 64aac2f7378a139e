using Microsoft.Extensions.DependencyInjection;
using TriageBot.Cases;
using TriageBot.Cases.Paging;
using TriageBot.Cases.Reporting;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;
using TriageBot.Configuration;
using TriageBot.Dialogs;
using TriageBot.Dialogs.Composition;

namespace TriageBot.CaseTracking;

/// <summary>
/// The case services of one container built by <c>AddTriageBotCore</c>, by name, for the command line and the
/// host's background services. <see cref="Open"/> builds a container of its own and owns it: dispose to
/// checkpoint and release the database file.
/// </summary>
public sealed class CaseServices(IServiceProvider services) : IDisposable
{
    private ServiceProvider? _owned;

    public IServiceProvider Services { get; } = services ?? throw new ArgumentNullException(nameof(services));

    public ICaseStore Store => Get<ICaseStore>();

    /// <summary>Conversation state lives in the same database file (one LiteDB per process).</summary>
    public IConversationStateStore Conversations => Get<IConversationStateStore>();

    /// <summary>Pending emergency pages (escalations), in the same database.</summary>
    public IEscalationStore Escalations => Get<IEscalationStore>();

    /// <summary>What the mailbox watcher has handled (UIDs, Message-IDs), in the same database.</summary>
    public IMailboxLedger MailboxLedger => Get<IMailboxLedger>();

    /// <summary>The durable inbox of chat turns, in the same database.</summary>
    public ITurnInbox Inbox => Get<ITurnInbox>();

    /// <summary>The store, for maintenance commands (backup, key rotation).</summary>
    public LiteDbCaseStore Database => Get<LiteDbCaseStore>();

    public CasesOptions Options => Get<CasesOptions>();
    public TimeProvider Time => Get<TimeProvider>();
    public CaseIntake Intake => Get<CaseIntake>();
    public CaseWorkflow Workflow => Get<CaseWorkflow>();
    public CaseAssignment Assignment => Get<CaseAssignment>();
    public OnCallSchedule OnCall => Get<OnCallSchedule>();
    public ReminderFinder Reminders => Get<ReminderFinder>();
    public PreservationExtension Preservation => Get<PreservationExtension>();
    public CaseStatistics Statistics => Get<CaseStatistics>();
    public TransparencyReport Transparency => Get<TransparencyReport>();
    public RetentionPolicy Retention => Get<RetentionPolicy>();

    /// <summary>The conversation engine: the same brain for every channel.</summary>
    public ConversationBot Bot => Get<ConversationBot>();

    /// <summary>Paging where no pager runs (the command line): cases are stored as unpaged for the host.</summary>
    public PendingPaging PendingPaging => Get<PendingPaging>();

    /// <summary>Opens the database named by the settings, with the core registered over them; a locked file, a
    /// wrong password or key is a <see cref="CaseStoreException"/> with a message for the operator.</summary>
    /// <param name="notice">Told once when a data key file was generated.</param>
    /// <param name="configure">More registrations, e.g. the page channels of the terminal chat.</param>
    public static CaseServices Open(TriageBotSettings settings, TimeProvider time, Action<string>? notice = null, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection().AddSingleton(time);
        if (notice is not null) services.AddSingleton(new DataKeyNotice(notice));
        services.AddTriageBotCore(settings);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        try
        {
            _ = provider.GetRequiredService<LiteDbCaseStore>();
        }
        catch
        {
            provider.Dispose();
            throw;
        }
        return new CaseServices(provider) { _owned = provider };
    }

    public static string? Password(TriageBotSettings settings) => settings.Files.Password;

    private T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public void Dispose() => _owned?.Dispose();
}
