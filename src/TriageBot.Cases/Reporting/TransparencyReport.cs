using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using TriageBot.Cases.Model;
using TriageBot.Cases.Storage;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Reporting;

/// <summary>One line of the transparency report: requests of one process type from one country.</summary>
/// <param name="SomeDataProducedPercent">Requests where content or non-content data was produced, as a percentage
/// of <paramref name="Requests"/>, one decimal.</param>
public sealed record TransparencyRow(
    string ProcessType,
    string Country,
    int Requests,
    int AccountsSpecified,
    decimal SomeDataProducedPercent,
    int ContentProduced,
    int NonContentProduced,
    int NoDataFound,
    int Rejected,
    int UnderNonDisclosureOrder);

/// <summary>
/// The half-year figures providers publish: per process type and requester country, requests received and
/// accounts they named, and what came of them. Counts requests received in the period, whatever their status;
/// the half-year runs from midnight to midnight in the team's zone (<c>Cases:TimeZone</c>), as the cards date cases.
/// </summary>
public sealed class TransparencyReport(ICaseStore store, CasesOptions options)
{
    public async Task<IReadOnlyList<TransparencyRow>> BuildAsync(HalfYear period, CancellationToken cancellationToken = default)
    {
        var clock = Workflow.TeamClock.For(options);
        var cases = await CaseStatistics.ReceivedInAsync(store, clock.FromLocal(period.Start), clock.FromLocal(period.End), cancellationToken).ConfigureAwait(false);
        return
        [
            .. cases
                .GroupBy(c => (Type: c.ProcessType.ToWireName(), Country: CaseStatistics.CountryOf(c)))
                .OrderBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.Country, StringComparer.Ordinal)
                .Select(g => Row(g.Key.Type, g.Key.Country, [.. g])),
        ];
    }

    /// <summary>Writes the report for <paramref name="period"/> as CSV (header row, invariant culture).</summary>
    public async Task WriteCsvAsync(HalfYear period, TextWriter writer, CancellationToken cancellationToken = default)
    {
        var rows = await BuildAsync(period, cancellationToken).ConfigureAwait(false);
        await WriteCsvAsync(rows, writer, cancellationToken).ConfigureAwait(false);
    }

    public static async Task WriteCsvAsync(IEnumerable<TransparencyRow> rows, TextWriter writer, CancellationToken cancellationToken = default)
    {
        // RFC 4180 line ends, whatever the platform, so the file reads the same everywhere.
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        await using var csv = new CsvWriter(writer, config, leaveOpen: true);
        csv.Context.RegisterClassMap<RowMap>();
        await csv.WriteRecordsAsync(rows, cancellationToken).ConfigureAwait(false);
        await csv.FlushAsync().ConfigureAwait(false);
    }

    private static TransparencyRow Row(string type, string country, List<CaseRecord> cases)
    {
        int Outcome(ResponseOutcome o) => cases.Count(c => c.Outcome == o);
        var content = Outcome(ResponseOutcome.ContentProduced);
        var nonContent = Outcome(ResponseOutcome.NonContentProduced);
        return new TransparencyRow(
            type,
            country,
            cases.Count,
            cases.Sum(c => c.AccountsSpecified),
            Math.Round(100m * (content + nonContent) / cases.Count, 1, MidpointRounding.AwayFromZero),
            content,
            nonContent,
            Outcome(ResponseOutcome.NoDataFound),
            Outcome(ResponseOutcome.Rejected),
            cases.Count(CaseStatistics.IsUnderNonDisclosure));
    }

    private sealed class RowMap : ClassMap<TransparencyRow>
    {
        public RowMap()
        {
            Map(r => r.ProcessType).Name("process_type").Index(0);
            Map(r => r.Country).Name("country").Index(1);
            Map(r => r.Requests).Name("requests").Index(2);
            Map(r => r.AccountsSpecified).Name("accounts_specified").Index(3);
            Map(r => r.SomeDataProducedPercent).Name("some_data_produced_percent").Index(4).TypeConverterOption.Format("0.0");
            Map(r => r.ContentProduced).Name("content_produced").Index(5);
            Map(r => r.NonContentProduced).Name("non_content_produced").Index(6);
            Map(r => r.NoDataFound).Name("no_data_found").Index(7);
            Map(r => r.Rejected).Name("rejected").Index(8);
            Map(r => r.UnderNonDisclosureOrder).Name("non_disclosure_order").Index(9);
        }
    }
}
