using TriageBot.Cases.Storage;

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
    }

    public string Path => System.IO.Path.Combine(_folder.FullName, "cases.db");

    public LiteDbCaseStore Store { get; private set; }

    public LiteDbCaseStore Reopen()
    {
        Store.Dispose();
        Store = LiteDbCaseStore.Open(Path, null, null, _time);
        return Store;
    }

    public void Dispose()
    {
        Store.Dispose();
        try { _folder.Delete(recursive: true); } catch (IOException) { }
    }
}
