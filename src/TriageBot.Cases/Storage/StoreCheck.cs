using LiteDB;

namespace TriageBot.Cases.Storage;

/// <summary>What a full check of the store found in one sealed collection: how many documents it opened, how many
/// did not open. Counts only: never contents, never ids.</summary>
public sealed record CollectionCheck(string Collection, int Documents, int Unreadable);

/// <summary>What a full check of the store found, collection by collection.</summary>
public sealed record StoreCheckResult(IReadOnlyList<CollectionCheck> Collections, DateTime CheckedAt)
{
    public int Documents => Collections.Sum(c => c.Documents);
    public int Unreadable => Collections.Sum(c => c.Unreadable);
}

/// <summary>
/// Opens every document of every sealed collection once, as its own read path would, and reports each one that
/// does not open to <see cref="UnreadableDocuments"/> (which the check's findings then replace per collection), so
/// the counts cover the whole file, not only what was met since the start. Reads a page of documents per hold of the
/// store's lock, in id order, so the host keeps answering while it runs.
/// </summary>
internal sealed class StoreCheck(LiteDbCaseStore store, UnreadableDocuments unreadable)
{
    private const int PageSize = 200;

    /// <summary>A sealed collection and how one of its documents is opened: false when it does not open.</summary>
    public sealed record Sealed(ILiteCollection<BsonDocument> Collection, Func<BsonDocument, bool> Opens);

    public StoreCheckResult Run(IEnumerable<Sealed> collections, TimeProvider time, CancellationToken cancellationToken)
    {
        var results = new List<CollectionCheck>();
        foreach (var one in collections)
        {
            var found = new List<BsonValue>();
            var documents = 0;
            var after = BsonValue.MinValue;
            while (true)
            {
                var from = after;
                var page = store.Read(cancellationToken, () =>
                {
                    var docs = one.Collection.Find(Query.GT("_id", from), 0, PageSize).ToList();
                    return docs.Select(d => (Id: d["_id"], Opens: Opens(one, d))).ToList();
                });
                if (page.Count == 0) break;
                documents += page.Count;
                found.AddRange(page.Where(d => !d.Opens).Select(d => d.Id));
                after = page.Max(d => d.Id)!;
                if (page.Count < PageSize) break;
            }
            unreadable.Checked(one.Collection.Name, found);
            results.Add(new CollectionCheck(one.Collection.Name, documents, found.Count));
        }
        var result = new StoreCheckResult(results, time.GetUtcNow().UtcDateTime);
        unreadable.FullyCheckedAt = result.CheckedAt;
        return result;
    }

    /// <summary>Whatever a damaged document throws counts as "does not open": the check itself never fails on one.</summary>
    private static bool Opens(Sealed one, BsonDocument doc)
    {
        try
        {
            return one.Opens(doc);
        }
        catch (Exception e) when (e is CaseStoreException or LiteException or InvalidCastException or KeyNotFoundException
                                      or NullReferenceException or FormatException or System.Text.Json.JsonException or ArgumentException)
        {
            return false;
        }
    }
}
