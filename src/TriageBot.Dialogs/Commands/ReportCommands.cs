using System.Globalization;
using System.Text.RegularExpressions;
using TriageBot.Cases.Reporting;
using TriageBot.Dialogs.Access;
using TriageBot.Dialogs.Messages;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Commands;

/// <summary>Manager reports: "stats [period]" and "export transparency 2026H1".</summary>
internal sealed class ReportCommands(CaseDesk desk) : ICommandHandler
{
    private const int DefaultDays = 30;

    private static readonly Regex Days = new(@"(?<n>\d{1,3}) ?(?<unit>d|days?|w|weeks?)$|(?<word>day|week|month|quarter)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking);

    public bool Matches(CommandRequest request) => request.Name is CommandNames.Stats or CommandNames.Export;

    public async Task<IReadOnlyList<Reply>> HandleAsync(CommandRequest request, Actor actor, CancellationToken cancellationToken) =>
        [request.Name == CommandNames.Stats ? await StatsAsync(request, actor, cancellationToken).ConfigureAwait(false) : await ExportAsync(request, actor, cancellationToken).ConfigureAwait(false)];

    private async Task<Reply> StatsAsync(CommandRequest request, Actor actor, CancellationToken cancellationToken)
    {
        if (!Permissions.Allows(actor, Permission.Stats)) return Reply.Say(Permissions.Refusal(Permission.Stats));
        var days = PeriodDays(request.Arg("period"));
        if (days is null or < 1 or > 3660) return Reply.Say("I can show statistics for a number of days, e.g. `stats 7d`, `stats 30d` or `stats 90d`.");
        var to = desk.Now;
        var report = await desk.Statistics.ComputeAsync(to.AddDays(-days.Value), to, cancellationToken).ConfigureAwait(false);
        var hidden = desk.HiddenTypes(actor).Select(t => t.ToWireName()).ToHashSet(StringComparer.Ordinal);
        if (hidden.Count > 0) report = report with { ByType = report.ByType.Where(p => !hidden.Contains(p.Key)).ToDictionary() };
        var workload = await desk.Assignment.WorkloadAsync(cancellationToken).ConfigureAwait(false);
        var period = $"the last {days.Value.ToString(CultureInfo.InvariantCulture)} days";
        return Reply.WithCard($"{Wording.Count(report.Total, "case", "cases")} received in {period}.", CaseCards.Stats($"Statistics, {period}", report, workload, desk.Cards.Clock));
    }

    private async Task<Reply> ExportAsync(CommandRequest request, Actor actor, CancellationToken cancellationToken)
    {
        if (!Permissions.Allows(actor, Permission.Export)) return Reply.Say(Permissions.Refusal(Permission.Export));
        var text = request.Arg("half");
        if (text is null) return Reply.Say("Which half-year? e.g. `export transparency 2026H1` (January to June) or `2026H2`.");
        if (!HalfYear.TryParse(text.ToUpperInvariant(), out var half))
            return Reply.Say($"'{text}' is not a half-year; write it as YYYYH1 (January to June) or YYYYH2 (July to December), e.g. 2026H1.");

        var rows = await desk.Transparency.BuildAsync(half, cancellationToken).ConfigureAwait(false);
        await using var csv = new StringWriter(CultureInfo.InvariantCulture);
        await TransparencyReport.WriteCsvAsync(rows, csv, cancellationToken).ConfigureAwait(false);
        var card = new Card(
            $"Transparency report {half}",
            [new CardFact("Period", $"{HalfDay(half.Start)} to {HalfDay(half.End.AddDays(-1))}"), new CardFact("Rows", rows.Count.ToString(CultureInfo.InvariantCulture))],
            [new CardSection($"transparency-{half}.csv", csv.ToString())],
            []);
        return Reply.WithCard($"Transparency report {half}: {Wording.Count(rows.Count, "row", "rows")} (requests by process type and country).", card);
    }

    // A half-year is a calendar label (the team's days, as the report counts it), not a moment: no zone is shown.
    private static string HalfDay(DateTime utc) => utc.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"7d", "for the last 30 days", "past week", "quarter"; null means no period given.</summary>
    internal static int? PeriodDays(string? period)
    {
        if (period is null) return DefaultDays;
        var m = Days.Match(period);
        if (!m.Success) return null;
        if (m.Groups["word"].Success)
        {
            return m.Groups["word"].Value.ToLowerInvariant() switch
            {
                "day" => 1,
                "week" => 7,
                "month" => 30,
                _ => 90,
            };
        }
        var n = int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
        return char.ToLowerInvariant(m.Groups["unit"].Value[0]) == 'w' ? n * 7 : n;
    }
}
