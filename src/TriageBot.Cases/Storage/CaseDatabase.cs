using System.Globalization;
using System.Text;
using LiteDB;
using LiteDB.Engine;
using TriageBot.Cases.Storage.Files;

namespace TriageBot.Cases.Storage;

/// <summary>
/// Opens the one <see cref="LiteDatabase"/> of this process over the case file, and turns LiteDB's failures at
/// open into errors an operator can act on. TriageBot opens the data file and its log itself, with
/// <see cref="FileShare.None"/> (on Unix an exclusive <c>flock</c> on each open file, on Windows a sharing
/// lock), created 0600, and hands the open streams to LiteDB. The lock is on the database file itself, not on a
/// sidecar whose deletion would let a second process in; the operating system drops it when the process dies,
/// so a crash leaves nothing to clean up. Any other opener (a second TriageBot, LiteDB Studio) is refused.
/// </summary>
internal sealed class CaseDatabase : IDisposable
{
    // LiteDB 5 writes this text into the first page of an unencrypted file; an encrypted one starts with 1 and
    // its salt instead. Checked before LiteDB sees a file, because LiteDB "opens" some foreign files and would
    // then write into them.
    private const int HeaderInfoOffset = 32;
    private static readonly byte[] HeaderInfo = Encoding.ASCII.GetBytes("** This is a LiteDB file **");
    private const byte EncryptedMarker = 1;

    private readonly FileStream _data;
    private readonly FileStream _log;

    private CaseDatabase(string path, LiteDatabase database, FileStream data, FileStream log)
    {
        Path = path;
        Database = database;
        _data = data;
        _log = log;
    }

    public string Path { get; }

    public LiteDatabase Database { get; }

    /// <summary>LiteDB's name for the log beside <paramref name="path"/>: <c>cases.db</c> → <c>cases-log.db</c>.</summary>
    public static string LogPathOf(string path) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path) ?? "",
            System.IO.Path.GetFileNameWithoutExtension(path) + "-log" + System.IO.Path.GetExtension(path));

    public static CaseDatabase Open(string path, string? password, BsonMapper mapper)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);

        var effectivePassword = string.IsNullOrEmpty(password) ? null : password;
        var data = Claim(fullPath, fullPath);
        FileStream? log = null;
        try
        {
            CheckFileKind(fullPath, data, effectivePassword);
            log = Claim(fullPath, LogPathOf(fullPath));
            return new CaseDatabase(fullPath, OpenLiteDb(fullPath, data, log, effectivePassword, mapper), data, log);
        }
        catch
        {
            log?.Dispose();
            data.Dispose();
            throw;
        }
    }

    /// <summary>Copies the data file as it is now. The caller holds the store's lock and has checkpointed, so
    /// the file holds every committed change and nothing is being written.</summary>
    public void CopyTo(Stream destination)
    {
        _data.Flush(flushToDisk: true);
        var buffer = new byte[1 << 16];
        long offset = 0;
        int read;
        while ((read = RandomAccess.Read(_data.SafeFileHandle, buffer, offset)) > 0)
        {
            destination.Write(buffer, 0, read);
            offset += read;
        }
    }

    /// <summary>Replaces the database at <paramref name="path"/> with the content of <paramref name="source"/>
    /// (a checked, checkpointed copy), holding both files exclusively while it writes: refused while another
    /// process has the database open. The log is emptied (the copy is complete without it).</summary>
    public static void ReplaceWith(string path, string source)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        using var data = Claim(fullPath, fullPath);
        using var log = Claim(fullPath, LogPathOf(fullPath));
        using (var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            data.SetLength(0);
            input.CopyTo(data);
            data.Flush(flushToDisk: true);
        }
        log.SetLength(0);
        log.Flush(flushToDisk: true);
    }

    private static CaseStoreException InUse(string path, Exception cause) => new(
        $"The case database {path} is in use by another process (another triagebot?). Stop it, or point Cases:DatabasePath at another file.",
        cause);

    private static CaseStoreException Unreadable(string path, Exception cause) => new(
        $"The case database {path} cannot be opened: {cause.Message}", cause);

    /// <summary>Another handle holds the file: Windows reports a sharing or lock violation, Unix the
    /// EWOULDBLOCK of a refused lock (11 on Linux, 35 on macOS).</summary>
    internal static bool IsHeldElsewhere(IOException e) =>
        (e.HResult & 0xFFFF) is 32 or 33 || (!OperatingSystem.IsWindows() && e.HResult is 11 or 35);

    private static FileStream Claim(string databasePath, string file)
    {
        try
        {
            // Unbuffered: LiteDB writes whole pages, and a backup reads the file by offset beside it.
            var stream = PrivateFile.Open(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, FileOptions.RandomAccess, bufferSize: 0);
            return stream;
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            throw InUse(databasePath, e);
        }
        catch (IOException e)
        {
            throw Unreadable(databasePath, e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CaseStoreException($"The case database {databasePath} cannot be opened: {file} cannot be created or opened ({e.Message}).", e);
        }
    }

    private static void CheckFileKind(string path, FileStream data, string? password)
    {
        var head = new byte[HeaderInfoOffset + HeaderInfo.Length];
        int read;
        try
        {
            read = RandomAccess.Read(data.SafeFileHandle, head, 0);
            while (read > 0 && read < head.Length)
            {
                var more = RandomAccess.Read(data.SafeFileHandle, head.AsSpan(read), read);
                if (more == 0) break;
                read += more;
            }
        }
        catch (IOException e)
        {
            throw Unreadable(path, e);
        }

        // An empty file is what a process killed while creating the database leaves; LiteDB starts it afresh.
        if (read == 0) return;
        if (head[0] == EncryptedMarker)
        {
            if (password is null)
                throw new CaseStoreException($"The case database {path} is encrypted and no password was given. Set the environment variable named by Cases:PasswordVariable.");
            return;
        }
        if (read == head.Length && head.AsSpan(HeaderInfoOffset).SequenceEqual(HeaderInfo))
        {
            if (password is not null)
                throw new CaseStoreException($"The case database {path} is not encrypted, but a password was given. Unset the password variable, or point Cases:DatabasePath at the encrypted file.");
            return;
        }
        throw new CaseStoreException($"{path} is not a TriageBot case database (not a LiteDB 5 file). Point Cases:DatabasePath at the right file; it was not changed.");
    }

    private static LiteDatabase OpenLiteDb(string path, FileStream data, FileStream log, string? password, BsonMapper mapper)
    {
        var settings = new EngineSettings
        {
            DataStream = new HeldFileStream(data),
            LogStream = new HeldFileStream(log),
            Password = password,
            // Rebuilding a damaged file on its own could drop documents; an operator decides that.
            AutoRebuild = false,
            // Fixed when the file is created: lookups ignore case the same way on every machine, whatever its
            // culture.
            Collation = new Collation(CultureInfo.InvariantCulture.LCID, CompareOptions.IgnoreCase),
        };
        try
        {
            return new LiteDatabase(new LiteEngine(settings), mapper);
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INVALID_PASSWORD)
        {
            throw new CaseStoreException($"The password for the case database {path} is wrong.", e);
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            throw InUse(path, e);
        }
        catch (IOException e)
        {
            throw Unreadable(path, e);
        }
        catch (Exception e) when (e is LiteException or ArgumentException or InvalidOperationException or InvalidCastException)
        {
            throw new CaseStoreException($"The case database {path} cannot be opened: {e.Message} Restore it from a backup (the .db file with its -log.db file).", e);
        }
    }

    public void Dispose()
    {
        try
        {
            // LiteDB checkpoints on dispose too; done explicitly so the log is folded into the file before the
            // files are released.
            Database.Checkpoint();
        }
        finally
        {
            Database.Dispose();
            // LiteDB deletes an empty log it opened itself; this one was opened here.
            if (_log.Length == 0) File.Delete(LogPathOf(Path));
            _log.Dispose();
            _data.Dispose();
        }
    }
}
