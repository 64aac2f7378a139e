using System.Security.Cryptography;
using System.Text.Json;
using TriageBot.Cases.Model;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Storage;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Paging;

/// <summary>What a page says about a case, read from the case itself (its stored triage), and the escalation
/// every pager starts from.</summary>
public static class PageFacts
{
    private const int MaxQuotes = 2;
    private const int MaxQuoteLength = 160;

    public static bool IsUrgent(CaseRecord c) => c.Priority is Priority.P0 or Priority.P1;

    /// <summary>The missing fields, described ("Person at risk").</summary>
    public static IReadOnlyList<string> Missing(CaseRecord c) =>
        [.. Strings(c.TriageJson, "missingFields").Select(RequestFieldNames.Describe)];

    /// <summary>Why the case is urgent: the priority reasons and the text behind the emergency / NCMEC flag.
    /// Request contents: for the page to the person, never for a channel notice.</summary>
    public static IReadOnlyList<string> Why(CaseRecord c)
    {
        var lines = Strings(c.TriageJson, "priorityReasons").ToList();
        try
        {
            using var doc = JsonDocument.Parse(c.TriageJson);
            if (doc.RootElement.TryGetProperty("evidence", out var evidence) && evidence.ValueKind == JsonValueKind.Array)
            {
                foreach (var e in evidence.EnumerateArray()
                    .Where(e => e.TryGetProperty("about", out var about) && about.GetString() is "emergency" or "ncmec")
                    .Take(MaxQuotes))
                {
                    var text = e.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
                    if (text.Length > MaxQuoteLength) text = text[..MaxQuoteLength] + "…";
                    var reason = e.TryGetProperty("reason", out var r) ? r.GetString() : null;
                    lines.Add(string.IsNullOrWhiteSpace(reason) ? $"“{text}”" : $"{reason}: “{text}”");
                }
            }
        }
        catch (JsonException)
        {
            // An unreadable stored triage leaves the page with the priority alone.
        }
        return lines;
    }

    /// <summary>The escalation for a case, ready to store; the chain is the on-call shift now.</summary>
    public static async Task<Escalation> NewEscalationAsync(CaseRecord c, PagingCall call, OnCallSchedule onCall, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(onCall);
        return new Escalation(c.Id, c.Priority.ToString(), c.ProcessType.ToWireName(), c.ReceivedAt, c.DueAt, Missing(c),
            await ChainAsync(onCall, now, cancellationToken).ConfigureAwait(false), now)
        {
            Source = call.Source,
            RequestedBy = call.RequestedBy,
            Token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            NextPageAt = now,
            NextCheckAt = now,
        };
    }

    /// <summary>Primary, secondary, then the managers in order; each member once.</summary>
    public static async Task<IReadOnlyList<string>> ChainAsync(OnCallSchedule onCall, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(onCall);
        var shift = await onCall.WhoIsOnCallAsync(now, cancellationToken).ConfigureAwait(false);
        return [.. new[] { shift.Primary, shift.Secondary }.Concat(shift.Managers)
            .OfType<string>().Where(m => m.Trim().Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static IEnumerable<string> Strings(string json, string property)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty(property, out var array) || array.ValueKind != JsonValueKind.Array)
                return [];
            return [.. array.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
