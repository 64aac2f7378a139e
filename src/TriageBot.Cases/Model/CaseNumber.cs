using System.Globalization;
using System.Text.RegularExpressions;

namespace TriageBot.Cases.Model;

/// <summary>A case number such as <c>LE-2026-00042</c>: the year received and a sequence that never repeats.</summary>
public readonly partial record struct CaseNumber(int Year, int Sequence)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"LE-{Year}-{Sequence:D5}");

    [GeneratedRegex(@"^\s*(LE-?)?(?<year>\d{4})-(?<seq>\d{1,9})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();

    /// <summary>Accepts "LE-2026-00042", "le-2026-42" and "2026-42".</summary>
    public static bool TryParse(string? text, out CaseNumber number)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40) return false;
        var m = Pattern().Match(text);
        if (!m.Success) return false;
        var year = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        if (!int.TryParse(m.Groups["seq"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var seq) || seq < 1) return false;
        number = new CaseNumber(year, seq);
        return true;
    }
}
