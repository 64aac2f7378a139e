using System.Globalization;
using System.Text.RegularExpressions;

namespace TriageBot.Cases.Reporting;

/// <summary>A transparency-report period: <c>2026H1</c> is [2026-01-01, 2026-07-01), <c>2026H2</c> is
/// [2026-07-01, 2027-01-01), as calendar days (the report reads them in the team's zone).</summary>
public readonly partial record struct HalfYear
{
    public HalfYear(int year, int half)
    {
        if (year is < 2000 or > 9998) throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be between 2000 and 9998.");
        if (half is not (1 or 2)) throw new ArgumentOutOfRangeException(nameof(half), half, "Half must be 1 or 2.");
        Year = year;
        Half = half;
    }

    public int Year { get; }
    public int Half { get; }

    public DateTime Start => new(Year, Half == 1 ? 1 : 7, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Exclusive: the first moment of the next half-year.</summary>
    public DateTime End => Half == 1 ? new DateTime(Year, 7, 1, 0, 0, 0, DateTimeKind.Utc) : new DateTime(Year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}H{Half}");

    // Strict on purpose: a report for the wrong period is worse than an error.
    [GeneratedRegex(@"^(?<year>\d{4})H(?<half>[12])$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();

    public static bool TryParse(string? text, out HalfYear period)
    {
        period = default;
        var m = text is { Length: 6 } ? Pattern().Match(text) : Match.Empty;
        if (!m.Success) return false;
        var year = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 9998) return false;
        period = new HalfYear(year, m.Groups["half"].ValueSpan[0] - '0');
        return true;
    }

    /// <exception cref="FormatException">The text is not exactly <c>YYYYH1</c> or <c>YYYYH2</c>.</exception>
    public static HalfYear Parse(string? text) => TryParse(text, out var period)
        ? period
        : throw new FormatException($"'{text}' is not a half-year; write it as YYYYH1 (January to June) or YYYYH2 (July to December), e.g. 2026H1.");
}
