using System.Text.RegularExpressions;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Extraction;

/// <summary>One "Label: value" line of a form-like request ("Phone: (217) 555-0142").</summary>
internal sealed record LabelledLine(string Label, string Value, int Offset);

/// <summary>
/// Every "Label: value" line of a text, found in one pass; the extractors then ask for the lines whose label is
/// one of theirs. One scan instead of one per field keeps triage of a typical request fast.
/// </summary>
internal sealed class LabelledLines
{
    internal const string LinePattern = @"^[ \t>*•-]*(?<label>\p{L}[^:#\n]{0,44})([:#]|[ \t]*\.{3,})[ \t]*(?<value>[^\n]{2,200})$";

    private static readonly SpanCaptures Line = new(LinePattern, Patterns.Insensitive);

    private readonly List<LabelledLine> _lines = [];

    // Round 25: a form that sets several fields on one line ("Country: United States     State: UT     City: Salt Lake
    // City"): a wide gap or a tab and a short label with its colon start the next field. Read within one value of at
    // most 200 characters, so the bounded backtracking stays short.
    private static readonly Regex NextFieldOnLine = new(@"(?:[ \t]{3,}|\t)(?<label>\p{L}[\p{L} /.'’-]{0,30}?)[ \t]*:[ \t]*",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    public LabelledLines(NormalizedText text)
    {
        foreach (Match m in Line.Matches(text.Value))
        {
            var label = m.Groups["label"].Value.Trim().TrimEnd('.', ' ');
            var value = m.Groups["value"].Value;
            var next = NextFieldOnLine.Match(value);
            if (!next.Success)
            {
                _lines.Add(new LabelledLine(label, value, m.Index));
                continue;
            }
            var valueStart = m.Groups["value"].Index;
            var (from, offset) = (0, m.Index);
            for (; next.Success; next = next.NextMatch())
            {
                if (next.Index > from) _lines.Add(new LabelledLine(label, value[from..next.Index], offset));
                (label, from, offset) = (next.Groups["label"].Value.Trim(), next.Index + next.Length, valueStart + next.Groups["label"].Index);
            }
            if (value.Length - from >= 2) _lines.Add(new LabelledLine(label, value[from..], offset));
        }
    }

    public IEnumerable<LabelledLine> All(LabelSet set) => _lines.Where(l => set.Matches(l.Label));

    /// <summary>The first value under one of the labels, cleaned of punctuation around it.</summary>
    public string? First(LabelSet set) =>
        All(set).Select(l => Patterns.Clean(l.Value)).FirstOrDefault(v => v.Length > 0);
}

/// <summary>The label words that introduce one field, e.g. "phone|telephone|tel". Up to two words before it
/// ("Direct phone", "Official e-mail") and a parenthesis after it ("Phone (direct)") are allowed.</summary>
internal sealed class LabelSet(string alternatives)
{
    // Labels are at most 45 characters (LinePattern) and the words before the alternatives are letters split by blanks,
    // so backtracking is short and linear: a compiled regex is fast and safe without a match timeout (a timeout would
    // answer by the clock, and on a starved machine miss a label).
    private readonly Regex _label = new(
        $@"^(\p{{L}}+[ \t]+){{0,2}}({alternatives})[ \t]*(\([^)]{{0,30}}\))?[ \t]*$",
        RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    public bool Matches(string label) => _label.IsMatch(label);
}
