using System.Text;
using TriageBot.Cases.Storage.Files;

namespace TriageBot.Cases.Storage.Keys;

/// <summary>
/// A key file: one key per line as <c>id base64</c>, the last line the current key, earlier lines previous keys
/// kept while a rotation runs. Created 0600 in a 0700 folder, written atomically.
/// </summary>
public static class DataKeyFile
{
    /// <summary>Reads the ring in <paramref name="path"/>, creating the file with a fresh key when there is
    /// none. <paramref name="created"/> says which, so the caller can tell the operator once.</summary>
    public static DataKeyRing LoadOrCreate(string path, out bool created)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        created = false;
        if (File.Exists(path)) return Read(path);

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
            else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var ring = new DataKeyRing(DataKey.Generate());
        var temp = path + ".new-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            using (var file = PrivateFile.Open(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                file.Write(Format(ring));
                file.Flush(flushToDisk: true);
            }
            // No overwrite: two processes starting at once both try, the first wins and the other reads its key.
            File.Move(temp, path, overwrite: false);
            created = true;
            return ring;
        }
        catch (IOException) when (File.Exists(path))
        {
            return Read(path);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public static DataKeyRing Read(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CaseStoreException($"The data key file {path} cannot be read: {e.Message}", e);
        }
        PrivateFile.Restrict(path);
        var keys = new List<DataKey>();
        foreach (var (line, number) in lines.Select((l, i) => (l.Trim(), i + 1)).Where(l => l.Item1.Length > 0 && !l.Item1.StartsWith('#')))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var key = DataKey.Parse(parts[^1], $"Line {number} of the data key file {path}");
            if (parts.Length == 2 && parts[0] != key.Id)
                throw new CaseStoreException($"Line {number} of the data key file {path} names key {parts[0]}, but the key there is {key.Id}: the file was edited or damaged.");
            keys.Add(key);
        }
        if (keys.Count == 0) throw new CaseStoreException($"The data key file {path} holds no key. Restore it from where you keep a copy; without it the case data cannot be read.");
        return new DataKeyRing(keys[^1], keys.Take(keys.Count - 1));
    }

    /// <summary>Replaces the file's content with <paramref name="ring"/> (previous keys first, current last).</summary>
    public static void Write(string path, DataKeyRing ring) => PrivateFile.WriteAtomically(path, Format(ring));

    private static byte[] Format(DataKeyRing ring)
    {
        var text = new StringBuilder("# TriageBot data keys: id base64, the last one is current. Keep a copy apart from the database.\n");
        foreach (var key in ring.Previous.Append(ring.Current)) text.Append(key.Id).Append(' ').Append(key.ToBase64()).Append('\n');
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
