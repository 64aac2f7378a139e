using LiteDB;
using TriageBot.Cases.Storage.Keys;

namespace TriageBot.Cases.Storage;

/// <summary>
/// A collection another project keeps in the case database, worked on under the case store's lock and
/// durability, and with its protection at rest: what a document holds is sealed (<see cref="Seal"/>: AES-GCM
/// under the store key, bound to the collection and the document's id, as conversation state and queued turns
/// are), and what it is found by is a keyed hash (<see cref="Blind"/>, as the case store's duplicate keys are),
/// so the file shows neither. Documents written in the clear by earlier versions still read
/// (<see cref="Open"/>); their owner re-seals them (<see cref="IsSealed"/>).
/// </summary>
public sealed class CaseDatabaseCollection
{
    /// <summary>The field holding a sealed document's contents.</summary>
    public const string SealedField = "Sealed";

    private readonly LiteDbCaseStore _owner;
    private readonly ILiteCollection<BsonDocument> _collection;
    private readonly TextProtector _protector;
    private readonly BlindIndex _index;

    internal CaseDatabaseCollection(LiteDbCaseStore owner, ILiteCollection<BsonDocument> collection, TextProtector protector, BlindIndex index)
    {
        _owner = owner;
        _collection = collection;
        _protector = protector;
        _index = index;
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

    /// <summary>A keyed hash of <paramref name="value"/>, to use as an id or an indexed field: equal values give
    /// equal keys in this database (and this collection only); without the store key it says nothing.</summary>
    public string Blind(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return _index.Of("collection\n" + Name + "\n" + value);
    }

    /// <summary>A document with id <paramref name="id"/> whose <paramref name="contents"/> are sealed; the fields
    /// of <paramref name="clear"/> (blind keys, times to index) stay readable beside them.</summary>
    public BsonDocument Seal(string id, BsonDocument contents, BsonDocument? clear = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(contents);
        var doc = new BsonDocument { ["_id"] = id };
        foreach (var (field, value) in clear ?? []) doc[field] = value;
        doc[SealedField] = _protector.Protect(JsonSerializer.Serialize(contents), Context(id));
        _owner.Unreadable.Replaced(Name, id);
        return doc;
    }

    /// <summary>What a document holds: its sealed contents, or (written in the clear by an earlier version) the
    /// document itself. A sealed value altered or copied onto another document fails with a
    /// <see cref="CaseStoreException"/>, never garbage.</summary>
    public BsonDocument Open(BsonDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (!IsSealed(doc)) return doc;
        return JsonSerializer.Deserialize(_protector.Unprotect(doc[SealedField].AsString, Context(doc["_id"].AsString))).AsDocument;
    }

    /// <summary>What a document holds, or null when it does not open (<see cref="Open"/> would throw): the
    /// document is reported to <see cref="LiteDbCaseStore.Unreadable"/> and the caller goes on as if it were absent,
    /// so one damaged document costs only itself.</summary>
    public BsonDocument? TryOpen(BsonDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        try
        {
            return Open(doc);
        }
        catch (Exception e) when (e is CaseStoreException or LiteException or InvalidCastException)
        {
            _owner.Unreadable.Report(Name, doc["_id"]);
            return null;
        }
    }

    /// <summary>Reports a document whose contents opened but do not make a record (fields missing or of another
    /// type), as <see cref="TryOpen"/> does for one that does not open.</summary>
    public void Report(BsonDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        _owner.Unreadable.Report(Name, doc["_id"]);
    }

    /// <summary>Whether the document was written sealed; one that was not is for its owner to re-seal.</summary>
    public static bool IsSealed(BsonDocument doc) => doc is not null && doc.TryGetValue(SealedField, out var value) && value.IsString;

    private string Context(string id) => "collection:" + Name + ":" + id;
}
