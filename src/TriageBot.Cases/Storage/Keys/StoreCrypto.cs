using LiteDB;

namespace TriageBot.Cases.Storage.Keys;

/// <summary>The encryption of one open store: its wrapped keys, the protector for text outside cases, and the
/// mappings that seal cases and audit details.</summary>
internal sealed record StoreCrypto(WrappedKeys Keys, TextProtector Protector, CaseDocuments Cases, AuditDocuments Audit)
{
    public static StoreCrypto Create(LiteDatabase db, string path, DataKeyRing ring, BsonMapper mapper)
    {
        var keys = new WrappedKeys(db, path, ring);
        var storeKey = keys.StoreKey();
        var protector = TextProtector.Create(storeKey, legacy: ring);
        return new StoreCrypto(keys, protector, new CaseDocuments(mapper, keys, new BlindIndex(storeKey), protector), new AuditDocuments(keys));
    }
}
