namespace TriageBot.Cases.Storage.Files;

/// <summary>
/// Files TriageBot writes that hold case data or keys: created readable and writable by the owner only (0600 on
/// Unix) from the first byte, and tightened if an older version left them wider.
/// </summary>
public static class PrivateFile
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Opens (or creates) <paramref name="path"/> with <paramref name="share"/>; on Unix
    /// <see cref="FileShare.None"/> is an exclusive <c>flock</c> on the open file itself.</summary>
    public static FileStream Open(string path, FileMode mode, FileAccess access, FileShare share, FileOptions options = FileOptions.None, int bufferSize = 4096)
    {
        var stream = new FileStream(path, Options(mode, access, share, options, bufferSize));
        Restrict(path);
        return stream;
    }

    public static FileStreamOptions Options(FileMode mode, FileAccess access, FileShare share, FileOptions options = FileOptions.None, int bufferSize = 4096)
    {
        var result = new FileStreamOptions { Mode = mode, Access = access, Share = share, Options = options, BufferSize = bufferSize };
        if (!OperatingSystem.IsWindows() && mode is not (FileMode.Open or FileMode.Truncate)) result.UnixCreateMode = OwnerOnly;
        return result;
    }

    /// <summary>Writes <paramref name="bytes"/> to a new file beside <paramref name="path"/> and moves it into
    /// place, so a reader sees the old content or the new, never half.</summary>
    public static void WriteAtomically(string path, ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        WriteAtomically(path, stream => stream.Write(copy));
    }

    /// <summary>As above, with the content written by <paramref name="write"/>; returns the file's length.</summary>
    public static long WriteAtomically(string path, Action<Stream> write)
    {
        var temp = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            long length;
            using (var file = Open(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(file);
                file.Flush(flushToDisk: true);
                length = file.Length;
            }
            File.Move(temp, path, overwrite: true);
            return length;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Sets 0600 on an existing file (no-op on Windows, where ACLs of the folder apply).</summary>
    public static void Restrict(string path)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(path)) return;
        if ((File.GetUnixFileMode(path) & ~OwnerOnly) != 0) File.SetUnixFileMode(path, OwnerOnly);
    }
}
