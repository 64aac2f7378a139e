using System.Security.Cryptography;
using System.Text.Json;
using TriageBot.Evaluation;
using TriageBot.Triage.Learning;

namespace TriageBot.Learning;

/// <summary>
/// Writes a trained model where the engine ships it, with the manifest beside it that says what it was trained on
/// (the model's hash, the trainer and its settings, the features, every folder with the hash of its labels). One
/// writer for every training command, so every shipped model is described the same way.
/// </summary>
public static class ModelManifest
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    /// <summary>model.tsv.gz → model.manifest.json, beside it.</summary>
    public static string PathFor(string modelPath) =>
        modelPath.EndsWith(".tsv.gz", StringComparison.Ordinal) ? modelPath[..^".tsv.gz".Length] + ".manifest.json" : modelPath + ".manifest.json";

    /// <summary>Saves <paramref name="model"/> to <paramref name="path"/> and its manifest beside it; returns the
    /// manifest's path. <paramref name="purpose"/> says what the classes mean (null for the process-type model, whose
    /// classes are the types); <paramref name="countsName"/> names the per-class counts.</summary>
    public static async Task<string> WriteAsync(TypeModel model, string path, IReadOnlyList<TrainingExample> examples, IReadOnlyList<string> directories,
        string? purpose, string countsName, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using (var file = File.Create(path)) model.Save(file);
        var manifest = new Dictionary<string, object?>
        {
            ["format"] = TypeModel.Header,
        };
        if (purpose is not null) manifest["purpose"] = purpose;
        manifest["sha256"] = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path, cancellationToken)));
        manifest["trainer"] = "ML.NET SdcaMaximumEntropy (L2 1e-6, 200 iterations, 1 thread)";
        manifest["seed"] = TypeModelTrainer.Seed;
        manifest["features"] = "word unigrams and bigrams, character 4-grams of words; operative text only; log term count, L2-normalised";
        manifest["minDocumentFrequency"] = TypeModelTrainer.MinDocumentFrequency;
        manifest["threshold"] = model.Threshold;
        manifest["classes"] = model.Classes;
        manifest["featureCount"] = model.Features.Count;
        manifest["requests"] = examples.Count;
        manifest[countsName] = examples.GroupBy(e => e.Label).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
        manifest["sets"] = directories.Select(d => new
        {
            path = d.Replace('\\', '/'),
            requests = examples.Count(e => e.Set == d),
            labelsSha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(d, SampleLabels.FileName)))),
        }).ToList();
        var manifestPath = PathFor(path);
        await File.WriteAllTextAsync(manifestPath, JsonSerializer.Serialize(manifest, JsonOptions) + "\n", cancellationToken);
        return manifestPath;
    }
}
