using System.Globalization;
using System.Text;
using LiteDB;

namespace TriageBot.Cases.Storage;

/// <summary>
/// Opens the one <see cref="LiteDatabase"/> of this process over the case file, and turns LiteDB's failures at
/// open into errors an operator can act on. LiteDB 5 in direct mode takes no lock a second process (or a second
/// open in this one) would notice, so ownership is claimed first on a sidecar <c>.lock</c> file, exclusively; the
/// operating system drops that claim when the process dies, so a crash leaves nothing to clean up.
/// </summary>
internal sealed class CaseDatabase : IDisposable
{
    // LiteDB 5 writes this text into the first page of an unencrypted file; an encrypted one starts with 1 and
    // its salt instead. Checked before LiteDB sees a file, because LiteDB "opens" some foreign files and would
    // then write into them.
    private const int HeaderInfoOffset = 32;
    private static readonly byte[] HeaderInfo = Encoding.ASCII.GetBytes("** This is a LiteDB file **");
    private const byte EncryptedMarker = 1;

    private readonly FileStream _ownership;

    private CaseDatabase(string path, LiteDatabase database, FileStream ownership)
    {
        Path = path;
        Database = database;
        _ownership = ownership;
    }

    public string Path { get; }

    public LiteDatabase Database { get; }

    public static CaseDatabase Open(string path, string? password, BsonMapper mapper)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);

        var ownership = ClaimOwnership(fullPath);
        try
        {
            var effectivePassword = string.IsNullOrEmpty(password) ? null : password;
            CheckFileKind(fullPath, effectivePassword);
            return new CaseDatabase(fullPath, OpenLiteDb(fullPath, effectivePassword, mapper), ownership);
        }
        catch
        {
            ownership.Dispose();
            throw;
        }
    }

    private static CaseStoreException InUse(string path, Exception cause) => new(
        $"The case database {path} is in use by another process (another triagebot?). Stop it, or point Cases:DatabasePath at another file.",
        cause);

    private static CaseStoreException Unreadable(string path, Exception cause) => new(
        $"The case database {path} cannot be opened: {cause.Message}", cause);

    /// <summary>Another handle holds the file: Windows reports a sharing or lock violation, Unix the
    /// EWOULDBLOCK of a refused lock (11 on Linux, 35 on macOS).</summary>
    private static bool IsHeldElsewhere(IOException e) =>
        (e.HResult & 0xFFFF) is 32 or 33 || (!OperatingSystem.IsWindows() && e.HResult is 11 or 35);

    private static FileStream ClaimOwnership(string path)
    {
        try
        {
            return new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            throw InUse(path, e);
        }
        catch (IOException e)
        {
            throw Unreadable(path, e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CaseStoreException($"The case database {path} cannot be opened: {path}.lock next to it cannot be created or opened ({e.Message}).", e);
        }
    }

    private static void CheckFileKind(string path, string? password)
    {
        var head = new byte[HeaderInfoOffset + HeaderInfo.Length];
        int read;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (FileNotFoundException)
        {
            return;
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            throw InUse(path, e);
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

    private static LiteDatabase OpenLiteDb(string path, string? password, BsonMapper mapper)
    {
        var connection = new ConnectionString
        {
            Filename = path,
            Password = password,
            // Exclusive: one process owns the file (shared mode is slower and has had mutex bugs).
            Connection = ConnectionType.Direct,
            // Rebuilding a damaged file on its own could drop documents; an operator decides that.
            AutoRebuild = false,
            // Fixed when the file is created: lookups ignore case the same way on every machine, whatever its
            // culture.
            Collation = new Collation(CultureInfo.InvariantCulture.LCID, CompareOptions.IgnoreCase),
        };
        try
        {
            return new LiteDatabase(connection, mapper);
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
            // ownership claim is released.
            Database.Checkpoint();
        }
        finally
        {
            Database.Dispose();
            _ownership.Dispose();
        }
    }
}
