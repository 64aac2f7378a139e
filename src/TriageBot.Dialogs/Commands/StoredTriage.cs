using System.Text.Json;
using TriageBot.Cases.Model;
using TriageBot.Triage;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Commands;

/// <summary>A finding as stored with a case: code, severity, message, the quoted text it rests on.</summary>
public sealed record StoredFinding(string Code, string Severity, string Message, string? Evidence);

/// <summary>
/// What a case remembers of its triage (the stored JSON contract), read once for a card. A damaged or old record
/// reads as empty: the card then shows what the case itself holds.
/// </summary>
public sealed record StoredTriage
{
    private readonly Dictionary<string, JsonElement> _fields = new(StringComparer.Ordinal);

    public IReadOnlyList<string> PriorityReasons { get; private init; } = [];
    public IReadOnlyList<string> MissingAtTriage { get; private init; } = [];
    public IReadOnlyList<StoredFinding> Findings { get; private init; } = [];

    public static StoredTriage Read(CaseRecord c)
    {
        ArgumentNullException.ThrowIfNull(c);
        try
        {
            using var doc = JsonDocument.Parse(string.IsNullOrWhiteSpace(c.TriageJson) ? "{}" : c.TriageJson);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return new StoredTriage();
            var stored = new StoredTriage
            {
                PriorityReasons = Strings(root, "priorityReasons"),
                MissingAtTriage = Strings(root, "missingFields"),
                Findings = root.TryGetProperty("findings", out var f) && f.ValueKind == JsonValueKind.Array
                    ? [.. f.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.Object).Select(x => new StoredFinding(
                        Str(x, "code") ?? "", Str(x, "severity") ?? "info", Str(x, "message") ?? "", Str(x, "evidence")))]
                    : [],
            };
            if (root.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Object)
                foreach (var p in fields.EnumerateObject()) stored._fields[p.Name] = p.Value.Clone();
            return stored;
        }
        catch (JsonException)
        {
            return new StoredTriage();
        }
    }

    public string? Text(string name) =>
        _fields.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { } s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    public IReadOnlyList<string> List(string name) =>
        _fields.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).Where(s => s.Length > 0)]
            : [];

    /// <summary>Target accounts as "username @darkfox99".</summary>
    public IReadOnlyList<string> Accounts =>
        _fields.TryGetValue("accounts", out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object && Str(e, "value") is not null)
                .Select(e => $"{AccountKind(Str(e, "kind"))} {Str(e, "value")}")]
            : [];

    /// <summary>"2026-01-01 to 2026-03-31", open ends said as such.</summary>
    public string? DateRange =>
        _fields.TryGetValue("dateRange", out var v) && v.ValueKind == JsonValueKind.Object && (Str(v, "from") ?? Str(v, "to")) is not null
            ? $"{Str(v, "from") ?? "the start"} to {Str(v, "to") ?? "now"}"
            : null;

    public bool Has(string name) =>
        _fields.TryGetValue(name, out var v) && v.ValueKind switch
        {
            JsonValueKind.String => !string.IsNullOrWhiteSpace(v.GetString()),
            JsonValueKind.Array => v.GetArrayLength() > 0,
            JsonValueKind.Object => v.EnumerateObject().Any(p => p.Value.ValueKind != JsonValueKind.Null),
            JsonValueKind.Null or JsonValueKind.Undefined => false,
            _ => true,
        };

    /// <summary>
    /// The required fields the request lacks for the case's type and flags as they are now: a reviewer who
    /// corrects the type gets the missing fields of the new type, not of the one the engine guessed. Without a
    /// policy, what the triage found missing.
    /// </summary>
    public IReadOnlyList<string> Missing(CaseRecord c, TriagePolicy? policy)
    {
        if (policy is null || _fields.Count == 0) return MissingAtTriage;
        var flags = new TriageFlags(Raised("emergency"), Raised("ncmec"), Raised("nonUs"), Raised("suspiciousSender"), Raised("nonDisclosureOrder"), Raised("contentRequested"));
        return [.. policy.RequiredFor(c.ProcessType, flags).Where(name => !Has(name))];
        bool Raised(string flag) => c.Flags.Contains(flag);
    }

    private static string AccountKind(string? kind) => kind switch
    {
        "email" => "e-mail",
        "url" => "profile URL",
        "accountId" => "account ID",
        null => "account",
        _ => CardWords.Spaced(kind),
    };

    private static IReadOnlyList<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
