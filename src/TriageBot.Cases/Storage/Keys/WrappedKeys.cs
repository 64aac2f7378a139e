using System.Security.Cryptography;
using LiteDB;

namespace TriageBot.Cases.Storage.Keys;

/// <summary>
/// The keys inside the database, each stored only wrapped (AES-GCM) by a master key and tagged with that key's
/// id: the store key (text outside cases, and the blind-index key derived from it) and one key per case. A
/// purge deletes the case's key, after which any copy of its data anywhere is ciphertext nobody can open
/// (crypto-shredding). Runs under the case store's lock.
/// </summary>
internal sealed class WrappedKeys
{
    public const string CaseKeysCollection = "case_keys";
    private const string StoreKeyDocument = "store-key";
    private const int CacheLimit = 20_000;

    private readonly DataKeyRing _ring;
    private readonly string _path;
    private readonly ILiteCollection<BsonDocument> _meta;
    private readonly ILiteCollection<BsonDocument> _caseKeys;
    private readonly Dictionary<string, byte[]> _cache = new(StringComparer.OrdinalIgnoreCase);

    public WrappedKeys(LiteDatabase db, string path, DataKeyRing ring)
    {
        _ring = ring;
        _path = path;
        _meta = db.GetCollection(SchemaMigrations.MetaCollection);
        _caseKeys = db.GetCollection(CaseKeysCollection);
    }

    /// <summary>The store key, created and wrapped on first use. A database whose store key was wrapped by a
    /// key not in the ring is refused here, at open, rather than on the first record someone reads.</summary>
    public byte[] StoreKey()
    {
        if (_meta.FindById(StoreKeyDocument) is { } doc) return Unwrap(doc, StoreKeyDocument, "the store key");
        var key = RandomNumberGenerator.GetBytes(DataKey.Size);
        _meta.Insert(Wrap(StoreKeyDocument, key, StoreKeyDocument));
        return key;
    }

    /// <summary>The case's key; a new one is made when <paramref name="create"/>, else null when it has none
    /// (purged).</summary>
    public byte[]? ForCase(string caseId, bool create)
    {
        if (_cache.TryGetValue(caseId, out var cached)) return cached;
        byte[]? key;
        if (_caseKeys.FindById(caseId) is { } doc) key = Unwrap(doc, Purpose(doc["_id"].AsString), "the key of case " + caseId);
        else if (!create) return null;
        else
        {
            key = RandomNumberGenerator.GetBytes(DataKey.Size);
            _caseKeys.Insert(Wrap(caseId, key, Purpose(caseId)));
        }
        if (_cache.Count >= CacheLimit) _cache.Clear();
        _cache[caseId] = key;
        return key;
    }

    /// <summary>After a rolled-back transaction: a key it created (or read back) may be cached though it was never
    /// stored, and the case number comes round again (a failed import batch), so that case would be sealed under a
    /// key the database does not have. Keys are read again as needed.</summary>
    public void ForgetCached() => _cache.Clear();

    public void DeleteCase(string caseId)
    {
        _cache.Remove(caseId);
        _caseKeys.Delete(caseId);
    }

    /// <summary>Re-wraps every key not wrapped by the current master key; returns how many.</summary>
    public int RewrapAll()
    {
        var count = 0;
        foreach (var (collection, purpose) in new[] { (_meta, (Func<string, string>)(_ => StoreKeyDocument)), (_caseKeys, Purpose) })
        {
            var stale = collection.Find(BsonExpression.Create("$.KeyId != @0", _ring.Current.Id)).ToList();
            foreach (var doc in stale)
            {
                if (!doc.ContainsKey("Wrapped")) continue;
                var id = doc["_id"].AsString;
                var key = Unwrap(doc, purpose(id), id);
                collection.Update(Wrap(id, key, purpose(id)));
                count++;
            }
        }
        return count;
    }

    /// <summary>For the full store check: whether a case's key unwraps under the configured master keys.</summary>
    public bool Opens(BsonDocument doc)
    {
        Unwrap(doc, Purpose(doc["_id"].AsString), "the key of case " + doc["_id"].AsString);
        return true;
    }

    /// <summary>Ids of the master keys the database still needs.</summary>
    public IReadOnlySet<string> KeyIdsInUse() =>
        _meta.Find(BsonExpression.Create("$.Wrapped != null")).Concat(_caseKeys.FindAll())
            .Select(d => d["KeyId"].AsString).ToHashSet();

    private static string Purpose(string caseId) => "case-key:" + caseId;

    private BsonDocument Wrap(string id, byte[] key, string purpose) => new()
    {
        ["_id"] = id,
        ["KeyId"] = _ring.Current.Id,
        ["Wrapped"] = Aead.Seal(_ring.Current.Material, key, purpose),
    };

    private byte[] Unwrap(BsonDocument doc, string purpose, string what)
    {
        var keyId = doc["KeyId"].AsString;
        var master = _ring.Find(keyId) ?? throw new CaseStoreException(
            $"The case database {_path} was encrypted under data key {keyId}, which is not configured (configured: {_ring.Describe()}). " +
            "Set the key it was written with (Cases:DataKeyVariable or Cases:DataKeyFile); during a rotation, keep the previous key configured until `triagebot keys rotate` finishes.");
        return Aead.Open(master.Material, doc["Wrapped"].AsBinary, purpose)
            ?? throw new CaseStoreException($"The data key {keyId} does not open {what} in the case database {_path}: the database was altered or the key file damaged.");
    }
}
