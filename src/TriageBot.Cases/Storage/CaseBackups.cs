using TriageBot.Cases.Storage.Files;
using TriageBot.Cases.Storage.Keys;

namespace TriageBot.Cases.Storage;

/// <summary>Restoring a backup written by <see cref="LiteDbCaseStore.BackupTo"/>.</summary>
public static class CaseBackups
{
    /// <summary>
    /// Checks that <paramref name="backup"/> is a case database these keys (and password) open, then replaces
    /// the database at <paramref name="path"/> with it. Refused while any process holds the database. The
    /// backup file itself is never opened for writing: the check runs on a private copy. Returns the number of
    /// cases in the restored database.
    /// </summary>
    public static async Task<int> RestoreAsync(string backup, string path, string? password, DataKeyRing keys, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(backup);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(backup)) throw new CaseStoreException($"There is no backup file {backup}.");
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var check = Path.Combine(folder, Path.GetFileNameWithoutExtension(target) + ".restore-" + Guid.NewGuid().ToString("N")[..8] + Path.GetExtension(target));
        try
        {
            await using (var input = new FileStream(backup, FileMode.Open, FileAccess.Read, FileShare.Read))
                PrivateFile.WriteAtomically(check, input.CopyTo);
            int count;
            using (var store = LiteDbCaseStore.OpenWithKeys(check, password, keys, time))
                count = (await store.QueryAsync(new CaseQuery(), cancellationToken).ConfigureAwait(false)).Count;
            CaseDatabase.ReplaceWith(target, check);
            return count;
        }
        finally
        {
            File.Delete(check);
            File.Delete(CaseDatabase.LogPathOf(check));
        }
    }
}
