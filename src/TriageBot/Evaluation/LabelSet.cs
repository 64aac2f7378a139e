using System.Text.Json;
using System.Text.Json.Serialization;

namespace TriageBot.Evaluation;

/// <summary>A labelled folder: <c>labels.json</c> says what each sample is, as of a reference date (so that
/// "deadline within 7 days" means the same thing next year).</summary>
public sealed record LabelSet(
    [property: JsonPropertyName("asOf")] DateTimeOffset AsOf,
    [property: JsonPropertyName("samples")] IReadOnlyList<SampleLabel> Samples)
{
    public const string FileName = "labels.json";

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    public static async Task<LabelSet> LoadAsync(string directory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, FileName);
        if (!Directory.Exists(directory)) throw new InvalidDataException($"{directory}: no such directory");
        if (!File.Exists(path)) throw new InvalidDataException($"{directory}: no {FileName} in this folder");
        await using var stream = File.OpenRead(path);
        LabelSet? labels;
        try
        {
            labels = await JsonSerializer.DeserializeAsync<LabelSet>(stream, Options, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not valid JSON ({e.Message})");
        }
        if (labels?.Samples is null || labels.Samples.Count == 0) throw new InvalidDataException($"{path}: no samples listed");
        foreach (var sample in labels.Samples)
        {
            if (string.IsNullOrWhiteSpace(sample.File)) throw new InvalidDataException($"{path}: a sample has no \"file\"");
            if (!Triage.Model.LegalProcessTypeNames.TryParse(sample.ProcessType, out _))
                throw new InvalidDataException($"{path}: {sample.File}: unknown processType '{sample.ProcessType}'");
        }
        return labels;
    }
}

public sealed record SampleLabel(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("processType")] string ProcessType,
    [property: JsonPropertyName("priority")] string? Priority,
    [property: JsonPropertyName("flags")] IReadOnlyList<string>? Flags,
    [property: JsonPropertyName("fields")] Dictionary<string, JsonElement>? Fields,
    [property: JsonPropertyName("note")] string? Note);
