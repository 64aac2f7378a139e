using TriageBot.Cases;
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

    /// <summary>Pending emergency pages (Slack escalation), in the same database.</summary>
    public IEscalationStore Escalations => _store.Escalations;

    /// <summary>Where Teams users and conversations can be reached proactively, in the same database.</summary>
    public IConversationReferenceStore ConversationReferences => _store.ConversationReferences;
    public CasesOptions Options { get; }
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
    public static CaseServices Open(TriageBotSettings settings, TimeProvider time)
    {
        var password = Environment.GetEnvironmentVariable(settings.Cases.PasswordVariable);
        var key = DataKey(settings.Cases.DataKeyVariable);
        var path = settings.DatabasePath;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new CaseServices(LiteDbCaseStore.Open(path, string.IsNullOrEmpty(password) ? null : password, key, time), settings, time);
    }

    private static byte[]? DataKey(string variable)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(value)) return null;
        try
        {
            var key = Convert.FromBase64String(value.Trim());
            if (key.Length == 32) return key;
        }
        catch (FormatException)
        {
        }
        throw new CaseStoreException($"The environment variable {variable} must hold a base64-encoded 32-byte key (e.g. from `openssl rand -base64 32`).");
    }

    /// <summary>The conversation engine over these services: the same brain for every channel.</summary>
    /// <param name="notifiers">The channels that can reach a member outside a conversation ("case assigned to you").</param>
    public ConversationBot CreateBot(TriageBotSettings settings, IPageSink pages, TimeProvider time, IEnumerable<IMemberNotifier>? notifiers = null)
    {
        var directory = new TeamDirectory(Options);
        var commands = new CommandRouter(_store, Workflow, Assignment, OnCall, Reminders, Statistics, Transparency, Options, time, notifiers);
        var intake = new IntakeServices(new TriageEngine(settings.Policy, time), new RequestReader(settings.Limits), _store, Intake, Workflow, OnCall, pages, Options);
        return new ConversationBot(directory, commands, _store.Conversations, intake, time);
    }

    public void Dispose() => _store.Dispose();
}
