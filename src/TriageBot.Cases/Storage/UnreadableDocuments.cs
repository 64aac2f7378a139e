using LiteDB;

namespace TriageBot.Cases.Storage;

/// <summary>
/// Sealed documents this process met that do not open (altered on disk, damaged, or sealed under a key the store
/// does not have), by collection. One such document must cost only itself: every read path treats it as absent or
/// sets it aside, reports it here and answers from the rest, instead of throwing at the person who asked or keeping
/// the host from starting. The operator sees the counts in <c>GET /ready</c> (<c>checks.storage</c>). Only
/// collection names and document ids are kept (keyed hashes, case numbers, turn numbers): never contents.
/// </summary>
public sealed class UnreadableDocuments
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, HashSet<string>> _seen = new(StringComparer.Ordinal);

    /// <summary>The document <paramref name="id"/> of <paramref name="collection"/> did not open.</summary>
    public void Report(string collection, BsonValue id)
    {
        ArgumentException.ThrowIfNullOrEmpty(collection);
        lock (_gate)
        {
            if (!_seen.TryGetValue(collection, out var ids)) _seen[collection] = ids = new HashSet<string>(StringComparer.Ordinal);
            ids.Add(id?.ToString() ?? "");
        }
    }

    /// <summary>The document was written again (sealed afresh) or deleted: it no longer counts.</summary>
    public void Replaced(string collection, BsonValue id)
    {
        lock (_gate)
        {
            if (_seen.TryGetValue(collection, out var ids) && ids.Remove(id?.ToString() ?? "") && ids.Count == 0) _seen.Remove(collection);
        }
    }

    /// <summary>A full check (<see cref="StoreCheck"/>) read every document of <paramref name="collection"/>: what it
    /// found unreadable replaces what was known (documents deleted since no longer count).</summary>
    public void Checked(string collection, IEnumerable<BsonValue> unreadable)
    {
        ArgumentException.ThrowIfNullOrEmpty(collection);
        var ids = unreadable.Select(id => id?.ToString() ?? "").ToHashSet(StringComparer.Ordinal);
        lock (_gate)
        {
            if (ids.Count == 0) _seen.Remove(collection);
            else _seen[collection] = ids;
        }
    }

    /// <summary>When the last full check of every sealed collection finished (null: none yet in this process).</summary>
    public DateTime? FullyCheckedAt { get; internal set; }

    /// <summary>How many unreadable documents each collection holds, as far as this process has read.</summary>
    public IReadOnlyDictionary<string, int> Counts
    {
        get
        {
            lock (_gate) return _seen.ToDictionary(e => e.Key, e => e.Value.Count, StringComparer.Ordinal);
        }
    }

    public int Total
    {
        get
        {
            lock (_gate) return _seen.Values.Sum(ids => ids.Count);
        }
    }
}
