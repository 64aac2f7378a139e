using TriageBot.Cases.Storage;
using TriageBot.Teams.References;

namespace TriageBot.Teams.Tests;

/// <summary>A case database in a temporary folder; <see cref="Reopen"/> is a restart on the same file.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("triagebot-teams-");
    private readonly TimeProvider _time;

    public TempDatabase(TimeProvider time)
    {
        _time = time;
        Store = LiteDbCaseStore.Open(Path, null, null, time);
        References = new LiteDbConversationReferenceStore(Store, time);
    }

    public string Path => System.IO.Path.Combine(_folder.FullName, "cases.db");

    public LiteDbCaseStore Store { get; private set; }

    /// <summary>The Teams channel's references, in <see cref="Store"/>'s database.</summary>
    public IConversationReferenceStore References { get; private set; }

    /// <summary>Closes the database and opens it again (a restart); returns the references of the new store.</summary>
    public IConversationReferenceStore Reopen()
    {
        Store.Dispose();
        Store = LiteDbCaseStore.Open(Path, null, null, _time);
        References = new LiteDbConversationReferenceStore(Store, _time);
        return References;
    }

    public void Dispose()
    {
        Store.Dispose();
        try { _folder.Delete(recursive: true); } catch (IOException) { }
    }
}
