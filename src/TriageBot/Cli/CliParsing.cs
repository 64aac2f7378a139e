using System.Globalization;
using TriageBot.Cases.Model;
using TriageBot.Cases.Workflow;
using TriageBot.Triage.Model;

namespace TriageBot.Cli;

/// <summary>Reading command-line words into domain values, with errors that list what is accepted.</summary>
public static class CliParsing
{
    public static CaseStatus Status(string text) =>
        CaseStatusNames.TryParse(text, out var status) ? status
        : throw new ArgumentException($"Unknown status '{text}'. Statuses: {string.Join(", ", CaseStatusNames.All)}.");

    public static LegalProcessType ProcessType(string text) =>
        LegalProcessTypeNames.TryParse(text, out var type) ? type
        : throw new ArgumentException($"Unknown process type '{text}'. Types: {string.Join(", ", LegalProcessTypeNames.All)}.");

    public static Priority Priority(string text) =>
        Enum.TryParse<Priority>(text.Trim(), ignoreCase: true, out var p) && Enum.IsDefined(p) && text.Trim().Length == 2 ? p
        : throw new ArgumentException($"Unknown priority '{text}'. Priorities: P0, P1, P2, P3.");

    public static ResponseOutcome Outcome(string text) =>
        ResponseOutcomeNames.TryParse(text, out var outcome) ? outcome
        : throw new ArgumentException($"Unknown outcome '{text}'. Outcomes: content, non_content, no_data, rejected, withdrawn.");

    /// <summary>"30d", "12h", "2w".</summary>
    public static TimeSpan Span(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t.Length >= 2 && int.TryParse(t[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            switch (t[^1])
            {
                case 'd': return TimeSpan.FromDays(n);
                case 'h': return TimeSpan.FromHours(n);
                case 'w': return TimeSpan.FromDays(7 * n);
            }
        }
        throw new ArgumentException($"'{text}' is not a period; use a number and d, h or w, e.g. 30d.");
    }

    /// <summary>An ISO 8601 time ("2026-11-24T14:00Z", "2026-11-24 14:00", "2026-11-24"); without an offset it is
    /// the team's wall-clock time (<c>Cases:TimeZone</c>), as every time the CLI prints.</summary>
    public static TeamTime Time(string text, TeamClock clock) =>
        clock.Read(text)
            ?? throw new ArgumentException($"'{text}' {TeamClock.WhyNotATime(text)}; use ISO 8601 such as 2026-11-24 14:00 (the team's time zone, {clock.ZoneName(DateTime.UtcNow)}) or 2026-11-24T14:00Z.");
}
