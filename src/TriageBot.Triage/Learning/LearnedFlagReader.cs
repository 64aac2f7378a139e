using System.Globalization;
using System.Text.RegularExpressions;
using TriageBot.Triage.Model;

namespace TriageBot.Triage.Learning;

/// <summary>
/// What every learned flag reader does the same way (the emergency and the content reader, and any that follows): a
/// two-class model over the type model's words (<see cref="TypeFeatures"/>) shipped inside the engine, asked only when
/// the cues did not set the flag, that can only RAISE it, never over the writer's own words against it (the veto), and
/// whose raise shows the reviewer the words behind it as a learned reading to confirm. What sets one reader apart —
/// when it may be asked, what its veto reads — stands beside it in its own small type (<see cref="EmergencyReader"/>,
/// <see cref="ContentReader"/>).
/// </summary>
public sealed class LearnedFlagReader
{
    /// <summary>Fewer different words than this make no request the reader can read (a hostile run of one letter, a
    /// one-line note): on so few words one heavy word decides alone ("tonight" three times paged at 0.63). A request
    /// the cues miss but the reader should catch tells a story, which takes more words than this.</summary>
    private const int MinDistinctWords = 16;

    private readonly Lazy<TypeModel?> _shipped;
    private readonly Func<string, bool> _writerSaysOtherwise;
    private readonly string _reason;

    /// <param name="name">The model's file name inside the engine ("emergency" ships as emergency-model.tsv.gz).</param>
    /// <param name="flag">The flag a raise sets, as the result's evidence names it.</param>
    /// <param name="positiveClass">The model's class that raises; the other class is always <see cref="NegativeClass"/>.</param>
    /// <param name="cuesDoNotKnow">What the cues found none of ("emergency wording"), for the reviewer.</param>
    /// <param name="reading">What the model read ("contents asked for"), for the reviewer.</param>
    /// <param name="writerSaysOtherwise">The veto: the writer's own words against the flag (read only when the model would raise).</param>
    public LearnedFlagReader(string name, string flag, string positiveClass, string cuesDoNotKnow, string reading, Func<string, bool> writerSaysOtherwise)
    {
        ModelFile = $"{name}-model.tsv.gz";
        ResourceName = $"TriageBot.Triage.{ModelFile}";
        ManifestResourceName = $"TriageBot.Triage.{name}-model.manifest.json";
        Flag = flag;
        PositiveClass = positiveClass;
        _writerSaysOtherwise = writerSaysOtherwise;
        _reason = $"learned reading, to be confirmed by the reviewer (no {cuesDoNotKnow} the cues know): {reading} with probability {{0:0.00}}; these words pushed most toward it";
        _shipped = new(() => TypeModel.LoadResource(ResourceName));
    }

    /// <summary>Every reader's other class: every request its flag is not set on.</summary>
    public const string NegativeClass = "other";

    /// <summary>The model's file beside this type (Learning/), which the engine embeds as <see cref="ResourceName"/>.</summary>
    public string ModelFile { get; }
    public string ResourceName { get; }
    public string ManifestResourceName { get; }
    public string Flag { get; }
    public string PositiveClass { get; }

    /// <summary>The model shipped inside the engine, loaded once; null when none is shipped.</summary>
    public TypeModel? Shipped => _shipped.Value;

    public string? ShippedManifest() => TypeModel.ReadResource(ManifestResourceName);

    public string? ShippedSha256() => TypeModel.ResourceSha256(ResourceName);

    /// <summary>A raise: how sure the model is and the words that pushed it most toward the flag.</summary>
    public sealed record Outcome(double Probability, IReadOnlyList<TypeEvidence> Evidence);

    /// <summary>The model's reading of the request's operative text, or null when it does not reach its threshold
    /// (stored with the model, chosen by leave-one-set-out) or the writer says otherwise.</summary>
    internal Outcome? Consult(TypeModel? model, TypeFeatures.Lazy features)
    {
        if (model is null || features.Bag.DistinctWords < MinDistinctWords) return null;
        var prediction = model.Predict(features.Bag, features.Text);
        if (prediction.Type != PositiveClass || prediction.Probability < model.Threshold) return null;
        if (_writerSaysOtherwise(features.Text.Value)) return null;
        return new Outcome(prediction.Probability, prediction.Evidence);
    }

    /// <summary>What the reviewer sees for a raise: that it is a learned reading to confirm, and the words behind it.</summary>
    internal IEnumerable<Evidence> EvidenceOf(Outcome outcome)
    {
        var reason = string.Format(CultureInfo.InvariantCulture, _reason, outcome.Probability);
        foreach (var push in outcome.Evidence)
            yield return new Evidence(Flag, reason, push.Text, push.Offset, push.Length);
    }

    /// <summary>The evidence a finding quotes for a raise: the words that pushed most, marked as learned.</summary>
    internal static string FindingEvidence(Outcome outcome) =>
        "learned reading, confirm in the text: " + string.Join(" / ", outcome.Evidence.Select(e => "\"" + e.Text + "\""));
}
