using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

public class FindingTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void Contents_under_a_subpoena_are_a_blocker()
    {
        var result = _engine.Triage("GRAND JURY SUBPOENA. Produce the contents of all conversations of @reef, including prompts and responses.");

        Assert.True(result.Flags.ContentRequested);
        var finding = Assert.Single(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
        Assert.Equal(Severity.Blocker, finding.Severity);
        Assert.Contains("search warrant", finding.Message);
        Assert.NotNull(finding.Evidence);
    }

    [Fact]
    public void Contents_under_a_2703d_order_are_a_blocker()
    {
        var result = _engine.Triage("ORDER PURSUANT TO 18 U.S.C. 2703(d). Disclose the chat history and message content of user id 77012.");

        Assert.Contains(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT" && f.Message.Contains("2703(d)"));
    }

    [Fact]
    public void Contents_under_a_warrant_are_fine()
    {
        var result = _engine.Triage("SEARCH WARRANT. You are commanded to search the contents of all messages of @reef.");

        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Fact]
    public void A_civil_subpoena_for_contents_is_barred_by_the_SCA()
    {
        var result = _engine.Triage("""
            SUBPOENA IN A CIVIL ACTION under Fed. R. Civ. P. 45. Counsel for Plaintiff requests all chat history of @ortega_r.
            """);

        Assert.Equal(LegalProcessType.Civil, result.ProcessType);
        Assert.Contains(result.Findings, f => f.Code == "CIVIL_CONTENT_BARRED" && f.Severity == Severity.Blocker);
    }

    [Fact]
    public void A_preservation_request_gets_its_expiry_90_days_out()
    {
        var result = _engine.Triage("Preservation request under 18 U.S.C. 2703(f) for the account @lanternfish.");

        var finding = Assert.Single(result.Findings, f => f.Code == "PRESERVATION_EXPIRY");
        Assert.Contains("2027-02-18", finding.Message); // 2026-11-20 + 90 days
    }

    [Fact]
    public void A_preservation_request_counts_its_hold_from_the_date_it_bears()
    {
        var result = _engine.Triage("""
            From: Det. Sam Ortiz <sortiz@boisepd.gov>
            Date: Tue, 10 Nov 2026 10:06:00 -0700
            Subject: Preservation request

            Preservation request under 18 U.S.C. 2703(f) for the account @lanternfish. Boise Police Department.
            """);

        Assert.Equal(new DateOnly(2026, 11, 10), result.RequestDate);
        var finding = Assert.Single(result.Findings, f => f.Code == "PRESERVATION_EXPIRY");
        Assert.Contains("until 2027-02-08", finding.Message); // 2026-11-10 + 90 days, not today + 90
    }

    [Fact]
    public void A_preservation_hold_on_material_reported_to_ncmec_runs_a_year()
    {
        Assert.Equal(new DateOnly(2027, 11, 20), PreservationHold.EndsOn(null, new DateOnly(2026, 11, 20), 90, ncmec: true));
        Assert.Equal(new DateOnly(2027, 2, 18), PreservationHold.EndsOn(new DateOnly(2026, 12, 1), new DateOnly(2026, 11, 20), 90, ncmec: false));
    }

    [Fact]
    public void An_emergency_without_the_person_at_risk_says_what_is_missing()
    {
        var result = _engine.Triage("From: Lt. Ames <ames@dallascounty.gov>\nSubject: Emergency Disclosure Request\n\nURGENT: need the IP address of @quietstorm now.");

        Assert.Contains("personAtRisk", result.MissingFields);
        Assert.Contains("necessity", result.MissingFields);
        Assert.Contains(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }
}
