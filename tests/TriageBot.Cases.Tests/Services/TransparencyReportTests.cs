using TriageBot.Cases.Model;
using TriageBot.Cases.Reporting;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Tests.Services;

public sealed class TransparencyReportTests : IDisposable
{
    private readonly CaseServicesFixture _desk = new();

    public void Dispose() => _desk.Dispose();

    [Fact]
    public async Task The_half_year_csv_has_one_row_per_process_type_and_country()
    {
        var us = new Requester { Email = "agent@fbi.gov", Country = "United States" };
        var de = new Requester { Email = "x@bka.bund.de", Country = "Germany" };
        var kr = new Requester { Email = "x@police.go.kr", Country = "Korea, Republic of" };
        var day = new DateTime(2026, 2, 10, 9, 0, 0, DateTimeKind.Utc);
        await Seed(LegalProcessType.Subpoena, us, 1, ResponseOutcome.NonContentProduced, day, nonDisclosure: true);
        await Seed(LegalProcessType.Subpoena, us, 2, ResponseOutcome.NoDataFound, day);
        await Seed(LegalProcessType.Subpoena, us, 0, ResponseOutcome.Rejected, day);
        await Seed(LegalProcessType.SearchWarrant, us, 3, ResponseOutcome.ContentProduced, day, nonDisclosure: true);
        await Seed(LegalProcessType.International, de, 1, ResponseOutcome.NonContentProduced, day);
        await Seed(LegalProcessType.International, de, 1, null, day);
        await Seed(LegalProcessType.International, kr, 4, null, day);
        await Seed(LegalProcessType.Preservation, new Requester(), 1, null, day);
        await Seed(LegalProcessType.Subpoena, us, 5, ResponseOutcome.ContentProduced, new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc));
        await Seed(LegalProcessType.Subpoena, us, 5, ResponseOutcome.ContentProduced, new DateTime(2025, 12, 31, 23, 59, 59, DateTimeKind.Utc));

        var csv = new StringWriter();
        await _desk.Transparency.WriteCsvAsync(HalfYear.Parse("2026H1"), csv);

        Assert.Equal(
            "process_type,country,requests,accounts_specified,some_data_produced_percent,content_produced,non_content_produced,no_data_found,rejected,non_disclosure_order\r\n" +
            "international,Germany,2,2,50.0,0,1,0,0,0\r\n" +
            "international,\"Korea, Republic of\",1,4,0.0,0,0,0,0,0\r\n" +
            "preservation,unknown,1,1,0.0,0,0,0,0,0\r\n" +
            "search_warrant,United States,1,3,100.0,1,0,0,0,1\r\n" +
            "subpoena,United States,3,3,33.3,0,1,1,1,1\r\n",
            csv.ToString());
    }

    [Fact]
    public async Task A_half_year_is_counted_in_the_team_s_days_so_a_request_received_after_local_midnight_falls_in_the_next_half()
    {
        _desk.Options.TimeZone = "Europe/Berlin";
        var us = new Requester { Email = "agent@fbi.gov", Country = "United States" };
        await Seed(LegalProcessType.Subpoena, us, 1, null, new DateTime(2026, 6, 30, 22, 30, 0, DateTimeKind.Utc)); // 1 Jul 00:30 in Berlin
        await Seed(LegalProcessType.SearchWarrant, us, 1, null, new DateTime(2026, 6, 30, 21, 30, 0, DateTimeKind.Utc)); // 30 Jun 23:30 in Berlin

        var first = await _desk.Transparency.BuildAsync(HalfYear.Parse("2026H1"));
        var second = await _desk.Transparency.BuildAsync(HalfYear.Parse("2026H2"));

        Assert.Equal("search_warrant", Assert.Single(first).ProcessType);
        Assert.Equal("subpoena", Assert.Single(second).ProcessType);
    }

    [Fact]
    public async Task A_half_year_with_no_requests_is_just_the_header()
    {
        var csv = new StringWriter();

        await _desk.Transparency.WriteCsvAsync(HalfYear.Parse("2026H2"), csv);

        Assert.StartsWith("process_type,country,", csv.ToString());
        Assert.Single(csv.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("2026H1", "2026-01-01", "2026-07-01")]
    [InlineData("2026H2", "2026-07-01", "2027-01-01")]
    public void A_half_year_runs_from_its_first_day_to_the_first_day_of_the_next(string text, string start, string end)
    {
        var period = HalfYear.Parse(text);

        Assert.Equal((DateTime.Parse(start + "T00:00:00Z").ToUniversalTime(), DateTime.Parse(end + "T00:00:00Z").ToUniversalTime()), (period.Start, period.End));
        Assert.Equal(text, period.ToString());
    }

    [Theory]
    [InlineData("2026H3")]
    [InlineData("2026h1")]
    [InlineData("2026-H1")]
    [InlineData(" 2026H1")]
    [InlineData("26H1")]
    [InlineData("H1 2026")]
    [InlineData("2026")]
    [InlineData("1999H2")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_but_yyyyH1_or_yyyyH2_is_refused_with_the_expected_form(string? text)
    {
        var refused = Assert.Throws<FormatException>(() => HalfYear.Parse(text));

        Assert.Equal($"'{text}' is not a half-year; write it as YYYYH1 (January to June) or YYYYH2 (July to December), e.g. 2026H1.", refused.Message);
        Assert.False(HalfYear.TryParse(text, out _));
    }

    private Task<CaseRecord> Seed(LegalProcessType type, Requester requester, int accounts, ResponseOutcome? outcome, DateTime received, bool nonDisclosure = false) =>
        _desk.SeedAsync(d => d with
        {
            ProcessType = type,
            Requester = requester,
            AccountsSpecified = accounts,
            Outcome = outcome,
            ReceivedAt = received,
            Status = outcome is null ? CaseStatus.Triaged : CaseStatus.Closed,
            NonDisclosureUntil = nonDisclosure ? received.AddYears(1) : null,
        });
}
