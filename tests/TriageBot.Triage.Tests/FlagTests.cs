using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

public class FlagTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void An_emergency_disclosure_request_is_P0_with_the_nature_of_the_emergency()
    {
        var result = _engine.Triage("""
            From: Sgt. Omar Reyes <oreyes@austintexas.gov>
            Subject: Emergency Disclosure Request
            The user @blue_heron posted a suicide note in a chat two hours ago and threatened to kill himself tonight.
            We need the subscriber's e-mail, phone number and recent IP addresses in order to locate him.
            """);

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.True(result.Flags.Emergency);
        Assert.Equal(Priority.P0, result.Priority);
        Assert.Equal("threat of suicide", result.Fields.EmergencyNature);
        Assert.NotNull(result.Fields.Necessity);
        Assert.Contains(result.Evidence, e => e.About == "emergency");
    }

    [Fact]
    public void A_warrant_that_states_a_threat_to_life_is_a_warrant_flagged_as_emergency()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT - Superior Court of Washington for King County
            Probable cause exists to believe the account holder abducted a 6-year-old child on November 18, 2026 and
            that the child is in imminent danger to life. You are commanded to search the records of @kestrel_dad.
            """);

        Assert.Equal(LegalProcessType.SearchWarrant, result.ProcessType);
        Assert.True(result.Flags.Emergency);
        Assert.Equal(Priority.P0, result.Priority);
    }

    [Fact]
    public void A_request_that_says_it_is_not_an_emergency_is_not_flagged()
    {
        var result = _engine.Triage("""
            Subpoena for records. This is not an emergency request and there is no imminent danger to any person.
            """);

        Assert.False(result.Flags.Emergency);
    }

    [Fact]
    public void A_CyberTipline_reference_makes_a_P1_child_safety_case_with_all_report_ids()
    {
        var result = _engine.Triage("""
            Search warrant in reference to NCMEC CyberTipline Reports 187654321 and 187654399, concerning the
            distribution of child sexual abuse material by the account @tidepool.
            """);

        Assert.True(result.Flags.Ncmec);
        Assert.Equal(Priority.P1, result.Priority);
        Assert.Equal(["187654321", "187654399"], result.Fields.NcmecReportIds);
    }

    [Fact]
    public void An_ICAC_task_force_signature_alone_is_not_a_child_safety_matter()
    {
        var result = _engine.Triage("""
            Grand jury subpoena for subscriber records of @coinflip_22 in a wire fraud investigation.

            Det. Carla Voss
            Northern Nevada Internet Crimes Against Children (ICAC) Task Force
            """);

        Assert.False(result.Flags.Ncmec);
        Assert.Equal(Priority.P3, result.Priority);
    }

    [Fact]
    public void A_subpoena_that_disclaims_contents_does_not_request_content()
    {
        var result = _engine.Triage("""
            GRAND JURY SUBPOENA. Produce basic subscriber information for @marlin. We do not seek the contents of any
            communications.
            """);

        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_2705b_order_raises_the_non_disclosure_flag_with_its_period()
    {
        var result = _engine.Triage("""
            Date: November 2, 2026
            ORDER under 18 U.S.C. § 2705(b): Northwind Labs shall not disclose the existence of the warrant to the
            subscriber or any other person for a period of one year from the date of this Order.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Equal("1 year", result.Fields.NonDisclosurePeriod);
        Assert.Equal(new DateOnly(2027, 11, 2), result.Fields.NonDisclosureUntil);
        Assert.Contains(result.Findings, f => f.Code == "NON_DISCLOSURE_ORDER");
    }

    [Fact]
    public void A_non_disclosure_order_without_an_end_gets_a_warning()
    {
        var result = _engine.Triage("""
            A non-disclosure order pursuant to 18 U.S.C. 2705(b) accompanies this warrant. Do not notify the user.
            """);

        Assert.Contains(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END" && f.Severity == Severity.Warning);
    }
}
