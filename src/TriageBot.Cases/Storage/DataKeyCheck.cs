using LiteDB;

namespace TriageBot.Cases.Storage;

/// <summary>
/// A known value encrypted with the data key the first time one is used, so a wrong or missing key is reported
/// when the store opens rather than on the first case someone reads.
/// </summary>
internal static class DataKeyCheck
{
    private const string DocumentId = "data-key-check";
    private const string Context = "meta:" + DocumentId;
    private const string Expected = "TriageBot data key check";

    public static void Verify(LiteDatabase db, string path, TextProtector protector)
    {
        var meta = db.GetCollection(SchemaMigrations.MetaCollection);
        var stored = meta.FindById(DocumentId)?["Value"].AsString;
        if (stored is null)
        {
            if (protector.HasKey)
                meta.Insert(new BsonDocument { ["_id"] = DocumentId, ["Value"] = protector.Protect(Expected, Context) });
            return;
        }

        if (!protector.HasKey)
            throw new CaseStoreException($"The request texts in the case database {path} are encrypted, and no data key was given. Set the environment variable named by Cases:DataKeyVariable to the key they were written with.");
        string value;
        try
        {
            value = protector.Unprotect(stored, Context);
        }
        catch (CaseStoreException e)
        {
            throw new CaseStoreException($"The data key does not match the one the request texts in the case database {path} were encrypted with. Set the key they were written with.", e);
        }
        if (value != Expected)
            throw new CaseStoreException($"The data key check in the case database {path} is damaged.");
    }
}
