using Microsoft.Extensions.Time.Testing;
using TriageBot.Cases.Storage;

namespace TriageBot.Cases.Tests.Storage;

/// <summary>A case store on a fresh database file in its own temporary folder, deleted on dispose. Also for
/// service tests: <c>using var temp = new TempCaseStore();</c> then <c>temp.Store</c>.</summary>
public sealed class TempCaseStore : IDisposable
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private readonly DirectoryInfo _folder;
    private readonly string? _password;
    private readonly byte[]? _dataKey;

    public TempCaseStore(TimeProvider? time = null, string? password = null, byte[]? dataKey = null)
    {
        _folder = Directory.CreateTempSubdirectory("triagebot-cases-");
        Path = System.IO.Path.Combine(_folder.FullName, "cases.db");
        Time = time ?? new FakeTimeProvider(DefaultNow);
        _password = password;
        _dataKey = dataKey;
        Store = LiteDbCaseStore.Open(Path, password, dataKey, Time);
    }

    public string Path { get; }

    public TimeProvider Time { get; }

    public LiteDbCaseStore Store { get; private set; }

    /// <summary>Closes the store and opens the same file again, as a restart would.</summary>
    public LiteDbCaseStore Reopen()
    {
        Store.Dispose();
        Store = LiteDbCaseStore.Open(Path, _password, _dataKey, Time);
        return Store;
    }

    /// <summary>Closes the store (it checkpoints) so the file can be read as bytes.</summary>
    public byte[] CloseAndReadFileBytes()
    {
        Store.Dispose();
        return File.ReadAllBytes(Path);
    }

    public void Dispose()
    {
        Store.Dispose();
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A probe process may still be letting go of the folder; the OS cleans temp folders eventually.
        }
    }
}
