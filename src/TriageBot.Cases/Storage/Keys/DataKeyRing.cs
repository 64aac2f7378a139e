namespace TriageBot.Cases.Storage.Keys;

/// <summary>
/// The master keys a store may use: the current one wraps everything new; previous ones only unwrap what was
/// wrapped before a rotation finished, so nothing becomes unreadable half-way through <c>keys rotate</c>.
/// </summary>
public sealed class DataKeyRing
{
    public DataKeyRing(DataKey current, IEnumerable<DataKey>? previous = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        Current = current;
        Previous = [.. (previous ?? []).Where(k => k.Id != current.Id).DistinctBy(k => k.Id)];
    }

    public DataKey Current { get; }

    public IReadOnlyList<DataKey> Previous { get; }

    public IEnumerable<DataKey> All => Previous.Prepend(Current);

    public DataKey? Find(string id) => All.FirstOrDefault(k => k.Id == id);

    public static DataKeyRing Of(byte[] key) => new(DataKey.From(key));

    public string Describe() => string.Join(", ", All.Select(k => k.Id));
}
