using TriageBot.Cases.Storage;

namespace TriageBot.Slack.Tests;

/// <summary>A real case database in a temporary folder, for its durable turn inbox; deleted on dispose.</summary>
public sealed class TempInbox : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-slack-inbox-").FullName;
    private readonly LiteDbCaseStore _store;

    public TempInbox(TimeProvider? time = null) => _store = LiteDbCaseStore.Open(Path.Combine(_dir, "cases.db"), null, null, time ?? TimeProvider.System);

    public ITurnInbox Inbox => _store.Inbox;

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
