using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using TriageBot.Dialogs.Engine;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Flows;

/// <summary>
/// The intake's memory between turns, saved in its dialog's values: the request, the engine's reading of it and
/// when it was read (the reading is taken once per text, so the card shown and the case opened agree even when
/// "today" has moved on), the critical fields missing, the answers and skips, the type chosen, and the case
/// opened at an urgent reading.
/// </summary>
internal sealed record IntakeDraft
{
    private const string Key = "draft";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public required RequestInput Input { get; init; }

    /// <summary>The engine's reading of <see cref="Input"/>; null only in state saved before readings were kept.</summary>
    public TriageResult? Reading { get; init; }

    public DateTime? ReadAt { get; init; }

    /// <summary>The critical fields the reading lacks, in asking order.</summary>
    public List<string> Missing { get; init; } = [];

    public Dictionary<string, string> Answers { get; init; } = [];

    public List<string> Skipped { get; init; } = [];

    /// <summary>Values the last form sent that could not be used, offered again in the next form as typed.</summary>
    public List<FormProblem> Refused { get; init; } = [];

    public string? Type { get; init; }

    /// <summary>The case opened at an urgent reading, before the questions.</summary>
    public string? CaseId { get; init; }

    /// <summary>The missing fields neither answered nor skipped yet.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Unanswered => [.. Missing.Where(f => !Answers.ContainsKey(f) && !Skipped.Contains(f))];

    /// <summary>The reading with the answers given so far applied on top.</summary>
    [JsonIgnore]
    public TriageResult Completed => FieldAnswers.Apply(Reading ?? throw new InvalidOperationException("The intake has not read its request."), Answers);

    public static IntakeDraft? From(JsonObject values) => values[Key]?.Deserialize<IntakeDraft>(Json);

    public JsonObject SaveTo(JsonObject values)
    {
        values[Key] = JsonSerializer.SerializeToNode(this, Json);
        return values;
    }
}
