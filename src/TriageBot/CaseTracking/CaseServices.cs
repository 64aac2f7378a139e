using Microsoft.Extensions.Logging;
using TriageBot.Cases;
using TriageBot.Cases.Paging;
using TriageBot.Cases.Reporting;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;
using TriageBot.Configuration;
using TriageBot.Dialogs;
using TriageBot.Dialogs.Access;
using TriageBot.Dialogs.Commands;
using TriageBot.Dialogs.Flows;
using TriageBot.Dialogs.Messages;
using TriageBot.Dialogs.Paging;
using TriageBot.Intake;
using TriageBot.Triage;

namespace TriageBot.CaseTracking;

/// <summary>
/// The case services over one open database, as the host uses them. Owns the store: dispose it to checkpoint
/// and release the file. Secrets (database password, data key) come from the environment variables the
/// configuration names.
/// </summary>
public sealed class CaseServices : IDisposable
{
    private readonly LiteDbCaseStore _store;

    private CaseServices(LiteDbCaseStore store, TriageBotSettings settings, TimeProvider time)
    {
        _store = store;
        Time = time;
        Options = settings.Cases;
        var options = settings.Cases;
        Intake = new CaseIntake(store, options, time);
        Workflow = new CaseWorkflow(store, options, time, settings.Policy);
        Assignment = new CaseAssignment(store, options, time);
        OnCall = new OnCallSchedule(store, options, time);
        Reminders = new ReminderFinder(store, OnCall, options);
        Preservation = new PreservationExtension(store, options, time);
        Statistics = new CaseStatistics(store);
        Transparency = new TransparencyReport(store);
        Retention = new RetentionPolicy(store, options, time);
    }

    public ICaseStore Store => _store;

    /// <summary>Conversation state lives in the same database file (one LiteDB per process).</summary>
    public IConversationStateStore Conversations => _store.Conversations;

    /// <summary>Pending emergency pages (escalations), in the same database.</summary>
    public IEscalationStore Escalations => _store.Escalations;

    /// <summary>Where Teams users and conversations can be reached proactively, in the same database.</summary>
    public IConversationReferenceStore ConversationReferences => _store.ConversationReferences;

    /// <summary>What the mailbox watcher has handled (UIDs, Message-IDs), in the same database.</summary>
    public IMailboxLedger MailboxLedger => _store.MailboxLedger;

    /// <summary>The durable inbox of chat turns, in the same database.</summary>
    public ITurnInbox Inbox => _store.Inbox;

    public CasesOptions Options { get; }
    public TimeProvider Time { get; }
    public CaseIntake Intake { get; }
    public CaseWorkflow Workflow { get; }
    public CaseAssignment Assignment { get; }
    public OnCallSchedule OnCall { get; }
    public ReminderFinder Reminders { get; }
    public PreservationExtension Preservation { get; }
    public CaseStatistics Statistics { get; }
    public TransparencyReport Transparency { get; }
    public RetentionPolicy Retention { get; }

    /// <summary>Opens the database named by the settings; a locked file, a wrong password or key is a
    /// <see cref="CaseStoreException"/> with a message for the operator.</summary>
    /// <param name="notice">Told once when a data key file was generated.</param>
    public static CaseServices Open(TriageBotSettings settings, TimeProvider time, Action<string>? notice = null)
    {
        var path = settings.DatabasePath;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new CaseServices(LiteDbCaseStore.OpenWithKeys(path, Password(settings), DataKeys.Resolve(settings, notice), time), settings, time);
    }

    public static string? Password(TriageBotSettings settings) =>
        Environment.GetEnvironmentVariable(settings.Cases.PasswordVariable) is { Length: > 0 } password ? password : null;

    /// <summary>The store, for maintenance commands (backup, key rotation).</summary>
    public LiteDbCaseStore Database => _store;

    /// <summary>The conversation engine over these services: the same brain for every channel.</summary>
    /// <param name="notifiers">The channels that can reach a member outside a conversation ("case assigned to you").</param>
    /// <param name="paging">The pager (<see cref="CreatePager"/>), or <see cref="PendingPaging"/> where none runs.</param>
    public ConversationBot CreateBot(TriageBotSettings settings, IEmergencyPaging paging, TimeProvider time, IEnumerable<IMemberNotifier>? notifiers = null)
    {
        var directory = new TeamDirectory(Options);
        var commands = new CommandRouter(_store, Workflow, Assignment, OnCall, Reminders, Statistics, Transparency, Options, time, notifiers, settings.Policy, paging as EscalationService);
        var intake = new IntakeServices(new TriageEngine(settings.Policy, time), new RequestReader(settings.Limits), _store, Intake, Workflow, OnCall, paging, Options);
        return new ConversationBot(directory, commands, _store.Conversations, intake, time);
    }

    /// <summary>The case desk's pager over these services, delivering through <paramref name="channels"/>.</summary>
    public EscalationService CreatePager(TriageBotSettings settings, IEnumerable<IPageChannel> channels, TimeProvider time, ILogger<EscalationService> logger) =>
        new(_store, _store.Escalations, Workflow, OnCall, Options, settings.Paging, channels, time, logger);

    /// <summary>Paging where no pager runs (the command line): cases are stored as unpaged for the host.</summary>
    public PendingPaging CreatePendingPaging(TimeProvider time) => new(_store, _store.Escalations, OnCall, time);

    public void Dispose() => _store.Dispose();
}
