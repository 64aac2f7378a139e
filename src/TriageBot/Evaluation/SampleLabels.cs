using System.Text.Json;
using System.Text.Json.Serialization;

namespace TriageBot.Evaluation;

/// <summary>A labelled folder: <c>labels.json</c> says what each sample is, as of a reference date (so that
/// "deadline within 7 days" means the same thing next year).</summary>
public sealed record SampleLabels(
    [property: JsonPropertyName("asOf")] DateTimeOffset AsOf,
    [property: JsonPropertyName("samples")] IReadOnlyList<SampleLabel> Samples)
{
    public const string FileName = "labels.json";

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    public static async Task<SampleLabels> LoadAsync(string directory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, FileName);
        if (!Directory.Exists(directory)) throw new InvalidDataException($"{directory}: no such directory");
        if (!File.Exists(path)) throw new InvalidDataException($"{directory}: no {FileName} in this folder");
        await using var stream = File.OpenRead(path);
        SampleLabels? labels;
        try
        {
            labels = await JsonSerializer.DeserializeAsync<SampleLabels>(stream, Options, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not valid JSON ({e.Message})");
        }
        if (labels?.Samples is null || labels.Samples.Count == 0) throw new InvalidDataException($"{path}: no samples listed");
        foreach (var sample in labels.Samples) Validate(path, sample);
        return labels;
    }

    private static void Validate(string path, SampleLabel sample)
    {
        if (string.IsNullOrWhiteSpace(sample.File)) throw new InvalidDataException($"{path}: a sample has no \"file\"");
        if (!Triage.Model.LegalProcessTypeNames.TryParse(sample.ProcessType, out _))
            throw new InvalidDataException($"{path}: {sample.File}: unknown processType '{sample.ProcessType}'");
        foreach (var flag in sample.Flags ?? [])
            if (!Triage.Model.TriageFlags.Names.Contains(flag, StringComparer.OrdinalIgnoreCase))
                throw new InvalidDataException($"{path}: {sample.File}: unknown flag '{flag}'");
        foreach (var name in (sample.Fields ?? []).Keys.Concat((sample.FieldsContain ?? []).Keys))
            if (!LabelComparison.KnowsField(name))
                throw new InvalidDataException($"{path}: {sample.File}: unknown field '{name}'");
        var both = (sample.Findings ?? []).Intersect(sample.ForbiddenFindings ?? [], StringComparer.OrdinalIgnoreCase).ToList();
        if (both.Count > 0)
            throw new InvalidDataException($"{path}: {sample.File}: finding {both[0]} is both expected and forbidden");
    }
}

/// <param name="Language">The language the request is written in (ISO 639-1: en, de, fr, es, pt, it, nl); the
/// per-language breakdown groups by it.</param>
/// <param name="Category">A free grouping for the per-category breakdown (emergency, hard-negative, ...).</param>
/// <param name="Findings">Finding codes that must be raised.</param>
/// <param name="ForbiddenFindings">Finding codes a lawyer would reject for this document: they must not be raised.</param>
/// <param name="ForbiddenAccounts">Values that must not be taken as target accounts (e.g. the officer's callback number).</param>
/// <param name="FieldsContain">Fields that must contain the given text (case-insensitive), e.g. part of an address.</param>
public sealed record SampleLabel(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("processType")] string ProcessType,
    [property: JsonPropertyName("priority")] string? Priority,
    [property: JsonPropertyName("flags")] IReadOnlyList<string>? Flags,
    [property: JsonPropertyName("fields")] Dictionary<string, JsonElement>? Fields,
    [property: JsonPropertyName("note")] string? Note,
    [property: JsonPropertyName("language")] string? Language = null,
    [property: JsonPropertyName("category")] string? Category = null,
    [property: JsonPropertyName("findings")] IReadOnlyList<string>? Findings = null,
    [property: JsonPropertyName("forbiddenFindings")] IReadOnlyList<string>? ForbiddenFindings = null,
    [property: JsonPropertyName("forbiddenAccounts")] IReadOnlyList<string>? ForbiddenAccounts = null,
    [property: JsonPropertyName("fieldsContain")] Dictionary<string, string>? FieldsContain = null);
