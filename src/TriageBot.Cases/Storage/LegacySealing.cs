using LiteDB;
using TriageBot.Cases.Storage.Keys;

namespace TriageBot.Cases.Storage;

/// <summary>
/// Brings a database written before everything was sealed (schema 1–4) to the sealed layout, in one
/// transaction: cases and audit details sealed under per-case keys, conversation state re-encrypted under the
/// store key, the audit details that earlier purges left in the clear deleted (only their tombstones stay), and
/// the indexes over clear personal fields dropped. Idempotent: a run cut short is finished at the next open.
/// </summary>
internal static class LegacySealing
{
    private const int SealedVersion = 5;
    private const string OldKeyCheck = "data-key-check";

    public static void Run(LiteDatabase db, string path, StoreCrypto crypto)
    {
        if (db.UserVersion is 0 or >= SealedVersion) return;
        var meta = db.GetCollection(SchemaMigrations.MetaCollection);
        if (meta.FindById(OldKeyCheck)?["Value"].AsString is { } check)
        {
            try
            {
                crypto.Protector.Unprotect(check, "meta:" + OldKeyCheck);
            }
            catch (CaseStoreException e)
            {
                throw new CaseStoreException($"The request texts in the case database {path} were encrypted with a data key that is not configured. Set the key they were written with (Cases:DataKeyVariable).", e);
            }
        }

        if (!db.BeginTrans()) throw new InvalidOperationException("A LiteDB transaction was left open on this thread.");
        try
        {
            var cases = db.GetCollection(SchemaMigrations.CasesCollection);
            foreach (var doc in cases.FindAll().Where(d => !d.ContainsKey(CaseDocuments.Sealed)).ToList())
                cases.Update(crypto.Cases.ToDocument(crypto.Cases.FromDocument(doc)));

            var audit = db.GetCollection(SchemaMigrations.AuditCollection, BsonAutoId.Int64);
            var entries = audit.FindAll().Where(d => !AuditDocuments.IsSealed(d)).ToList();
            var purged = entries.Where(d => d["Action"].AsString == StoreAuditActions.Purged).Select(d => d["CaseId"].AsString).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var doc in entries)
            {
                var caseId = doc["CaseId"].AsString;
                var entry = crypto.Audit.FromDocument(doc);
                // A tombstone names no one; it stays as it is.
                if (entry.Action == StoreAuditActions.Purged) continue;
                if (purged.Contains(caseId)) audit.Delete(doc["_id"]);
                else audit.Update(WithId(crypto.Audit.ToDocument(entry), doc["_id"]));
            }

            var conversations = db.GetCollection(SchemaMigrations.ConversationsCollection);
            foreach (var doc in conversations.FindAll().Where(d => !TextProtector.IsProtected(d["Json"].AsString)).ToList())
            {
                var context = LiteDbConversationStore.Context(doc["_id"].AsString);
                doc["Json"] = crypto.Protector.Protect(crypto.Protector.Unprotect(doc["Json"].AsString, context), context);
                conversations.Update(doc);
            }
            meta.Delete(OldKeyCheck);
            db.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }
        db.Checkpoint();
    }

    private static BsonDocument WithId(BsonDocument doc, BsonValue id)
    {
        doc["_id"] = id;
        return doc;
    }
}
