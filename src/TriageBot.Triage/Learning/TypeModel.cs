using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using TriageBot.Triage.Model;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Learning;

/// <summary>
/// A linear (maximum-entropy) classifier of the legal-process type over <see cref="TypeFeatures"/>, trained offline
/// with ML.NET by <c>triagebot train-type-model</c> and shipped as plain weights, so the engine needs no ML runtime,
/// stays thread-safe and can say which words pushed it: each feature's weight for the chosen type is there to read.
/// Immutable once loaded.
/// </summary>
public sealed class TypeModel
{
    public const string Header = "# triagebot process-type model v1";
    private const string ResourceName = "TriageBot.Triage.type-model.tsv.gz";
    private const string ManifestResourceName = "TriageBot.Triage.type-model.manifest.json";

    private static readonly Lazy<TypeModel?> ShippedModel = new(() => LoadResource(ResourceName));

    private readonly Dictionary<string, int> _index;
    private readonly float[] _weights; // feature-major: _weights[feature * classes + class]
    private readonly float[] _biases;

    public TypeModel(IReadOnlyList<string> classes, IReadOnlyList<string> features, float[] weights, float[] biases, double threshold)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(features);
        if (classes.Count < 2) throw new ArgumentException("a model needs at least two classes", nameof(classes));
        // The process-type model's classes are process types; a learned reader's are its own two (emergency/other,
        // content/other). Whoever reads a class checks it (TypeConsultation parses the type).
        if (classes.Any(string.IsNullOrWhiteSpace) || classes.Distinct(StringComparer.Ordinal).Count() != classes.Count)
            throw new ArgumentException("class names must be distinct and not empty", nameof(classes));
        if (weights.Length != features.Count * classes.Count) throw new ArgumentException("one weight per feature and class", nameof(weights));
        if (biases.Length != classes.Count) throw new ArgumentException("one bias per class", nameof(biases));
        if (threshold is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(threshold), "a probability above 0, at most 1");
        Classes = [.. classes];
        Features = [.. features];
        _index = new Dictionary<string, int>(features.Count, StringComparer.Ordinal);
        for (var i = 0; i < features.Count; i++) _index.Add(features[i], i);
        _weights = weights;
        _biases = biases;
        Threshold = threshold;
    }

    /// <summary>The model shipped inside the engine, loaded once; null when none is shipped.</summary>
    public static TypeModel? Shipped => ShippedModel.Value;

    /// <summary>The manifest of the shipped model (what it was trained on), or null.</summary>
    public static string? ShippedManifest() => ReadResource(ManifestResourceName);

    /// <summary>SHA-256 of the shipped model file as stored, hex, or null.</summary>
    public static string? ShippedSha256() => ResourceSha256(ResourceName);

    internal static string? ReadResource(string name)
    {
        using var stream = typeof(TypeModel).Assembly.GetManifestResourceStream(name);
        if (stream is null) return null;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    internal static string? ResourceSha256(string name)
    {
        using var stream = typeof(TypeModel).Assembly.GetManifestResourceStream(name);
        return stream is null ? null : Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public IReadOnlyList<string> Classes { get; }
    public IReadOnlyList<string> Features { get; }

    /// <summary>The model's type wins over weak cues only when its probability reaches this (chosen by
    /// leave-one-set-out evaluation, stored with the model).</summary>
    public double Threshold { get; }

    public TypeModel WithThreshold(double threshold) =>
        new(Classes, Features, _weights, _biases, threshold);

    public float Weight(string feature, string type)
    {
        var c = IndexOfClass(type);
        return c >= 0 && _index.TryGetValue(feature, out var f) ? _weights[f * Classes.Count + c] : 0f;
    }

    private int IndexOfClass(string type)
    {
        for (var i = 0; i < Classes.Count; i++) if (Classes[i] == type) return i;
        return -1;
    }

    /// <summary>Classifies a whole document (tests, tools); the engine calls the internal overload with the text
    /// it has already normalised.</summary>
    public TypePrediction Predict(RequestDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = NormalizedText.From(document.Text ?? "");
        return Predict(text, MessageParts.Of(text));
    }

    internal TypePrediction Predict(NormalizedText text, MessageParts parts) => Predict(TypeFeatures.Bag.Of(text, parts), text);

    /// <summary>Classifies the features already read from <paramref name="text"/> (the engine reads them once per
    /// request for every learned reader).</summary>
    internal TypePrediction Predict(TypeFeatures.Bag bag, NormalizedText text)
    {
        var classes = Classes.Count;
        // Every feature counts toward the norm (as in training), only the model's own toward the scores.
        var norm = bag.Norm;
        var values = new List<(int Feature, float Value, int Offset, int Length)>();
        foreach (var (name, (count, offset, length)) in bag.Counts)
            if (_index.TryGetValue(name, out var f)) values.Add((f, (float)Math.Log(1 + count), offset, length));

        var scores = new double[classes];
        for (var c = 0; c < classes; c++) scores[c] = _biases[c];
        if (norm > 0)
            foreach (var (f, v, _, _) in values)
                for (var c = 0; c < classes; c++) scores[c] += v / norm * _weights[f * classes + c];

        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
        var sum = exp.Sum();
        var best = Array.IndexOf(scores, max);

        // What pushed toward the chosen type: a feature's value times how much more it weighs for this type than
        // for the average type, summed over the features read at the same words (a word, its letter groups, the
        // word pair it starts), so the evidence is the words of the text that counted most.
        var pushes = new List<TypeEvidence>();
        if (norm > 0)
        {
            var bySpan = new Dictionary<(int Offset, int Length), (double Push, string Feature, double Best)>();
            foreach (var (f, v, offset, length) in values)
            {
                var row = f * classes;
                double mean = 0;
                for (var c = 0; c < classes; c++) mean += _weights[row + c];
                var push = v / norm * (_weights[row + best] - mean / classes);
                var key = (offset, length);
                var sofar = bySpan.GetValueOrDefault(key, (0, Features[f], double.MinValue));
                bySpan[key] = (sofar.Push + push, push > sofar.Best ? Features[f] : sofar.Feature, Math.Max(push, sofar.Best));
            }
            foreach (var ((offset, length), (push, feature, _)) in bySpan.Where(kv => kv.Value.Push > 0).OrderByDescending(kv => kv.Value.Push).ThenBy(kv => kv.Key.Offset).Take(3))
                pushes.Add(new TypeEvidence(feature, text.Value.Substring(offset, length), offset, length, push));
        }
        var probabilities = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var c = 0; c < classes; c++) probabilities[Classes[c]] = exp[c] / sum;
        return new TypePrediction(Classes[best], exp[best] / sum, probabilities, pushes);
    }

    /// <summary>Writes the model in its shipped form: a gzip'd, tab-separated text with fixed formatting, so the
    /// same training run writes the same bytes.</summary>
    public void Save(Stream destination)
    {
        using var gzip = new GZipStream(destination, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        var c = CultureInfo.InvariantCulture;
        writer.WriteLine(Header);
        writer.WriteLine("classes\t" + string.Join('\t', Classes));
        writer.WriteLine("threshold\t" + Threshold.ToString("R", c));
        writer.WriteLine("bias\t" + string.Join('\t', _biases.Select(b => b.ToString("R", c))));
        var classes = Classes.Count;
        for (var f = 0; f < Features.Count; f++)
        {
            writer.Write(Features[f]);
            for (var k = 0; k < classes; k++)
            {
                writer.Write('\t');
                writer.Write(_weights[f * classes + k].ToString("R", c));
            }
            writer.Write('\n');
        }
    }

    public static TypeModel Load(Stream source)
    {
        using var gzip = new GZipStream(source, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var c = CultureInfo.InvariantCulture;
        if (reader.ReadLine() != Header) throw new InvalidDataException("not a triagebot process-type model (header missing)");
        string[] Row(string key)
        {
            var line = reader.ReadLine() ?? throw new InvalidDataException($"process-type model: '{key}' line missing");
            var cells = line.Split('\t');
            if (cells[0] != key) throw new InvalidDataException($"process-type model: expected '{key}', found '{cells[0]}'");
            return cells[1..];
        }
        var classes = Row("classes");
        var threshold = double.Parse(Row("threshold")[0], c);
        var biases = Row("bias").Select(b => float.Parse(b, c)).ToArray();
        var features = new List<string>();
        var weights = new List<float>();
        var lineNumber = 4;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var cells = line.Split('\t');
            if (cells.Length != classes.Length + 1) throw new InvalidDataException($"process-type model line {lineNumber}: {cells.Length - 1} weights for {classes.Length} classes");
            features.Add(cells[0]);
            for (var k = 1; k < cells.Length; k++) weights.Add(float.Parse(cells[k], c));
        }
        return new TypeModel(classes, features, [.. weights], biases, threshold);
    }

    internal static TypeModel? LoadResource(string name)
    {
        using var stream = typeof(TypeModel).Assembly.GetManifestResourceStream(name);
        return stream is null ? null : Load(stream);
    }
}

/// <summary>What the model says about a request: its type, how sure, and the words that pushed it there.</summary>
public sealed record TypePrediction(string Type, double Probability, IReadOnlyDictionary<string, double> Probabilities, IReadOnlyList<TypeEvidence> Evidence);

/// <summary>A feature of the text that pushed the model toward its type, with where it stands.</summary>
public sealed record TypeEvidence(string Feature, string Text, int Offset, int Length, double Push);
