using LiteDB;

namespace TriageBot.Cases.Storage;

/// <summary>
/// A collection of the case database that another project owns (a channel's own records), so it needs no
/// database of its own: LiteDB allows one open file per process. Its work runs under the case store's lock, a
/// write in one transaction checkpointed before it returns, exactly as the store's own collections. The owner
/// knows its documents; the store knows only the collection's name.
/// </summary>
public sealed class CaseDatabaseCollection
{
    private readonly LiteDbCaseStore _owner;
    private readonly ILiteCollection<BsonDocument> _collection;

    internal CaseDatabaseCollection(LiteDbCaseStore owner, ILiteCollection<BsonDocument> collection)
    {
        _owner = owner;
        _collection = collection;
    }

    public string Name => _collection.Name;

    /// <summary>Runs <paramref name="work"/> under the store's lock. Materialise results inside it: nothing
    /// LiteDB returns may be enumerated after it returns.</summary>
    public T Read<T>(Func<ILiteCollection<BsonDocument>, T> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return _owner.Read(cancellationToken, () => work(_collection));
    }

    /// <summary>Runs <paramref name="work"/> in one transaction under the store's lock: all of it is written,
    /// or none; on disk when this returns.</summary>
    public T Write<T>(Func<ILiteCollection<BsonDocument>, T> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return _owner.Write(cancellationToken, () => work(_collection));
    }
}
