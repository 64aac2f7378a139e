using LiteDB;

namespace TriageBot.Cases.Storage.Keys;

/// <summary>The encryption of one open store: its wrapped keys, the protector for text outside cases, the keyed
/// hashes for looking sealed values up, and the mappings that seal cases and audit details.</summary>
internal sealed record StoreCrypto(WrappedKeys Keys, TextProtector Protector, BlindIndex Index, CaseDocuments Cases, AuditDocuments Audit)
{
    public static StoreCrypto Create(LiteDatabase db, string path, DataKeyRing ring, BsonMapper mapper)
    {
        var keys = new WrappedKeys(db, path, ring);
        var storeKey = keys.StoreKey();
        var protector = TextProtector.Create(storeKey, legacy: ring);
        var index = new BlindIndex(storeKey);
        return new StoreCrypto(keys, protector, index, new CaseDocuments(mapper, keys, index, protector), new AuditDocuments(keys));
    }
}
