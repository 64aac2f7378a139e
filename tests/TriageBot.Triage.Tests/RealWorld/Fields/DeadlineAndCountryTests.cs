using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>The deadline is the compliance date (counted from the order's date, from receipt, or from an EU
/// certificate's transmission); the country is where the courts and police the text names stand; targets are the
/// quoted handles and the phones tied to an account, not the officer's callback.</summary>
public class DeadlineAndCountryTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void Within_days_of_the_date_of_this_order_counts_from_the_orders_date_not_from_receipt()
    {
        var result = _engine.Triage("""
            IT IS ORDERED that Northwind Labs shall, within ten (10) days of the date of this Order, disclose the
            records described in Attachment A for the account "kanawha_kid".
            DATED this 12th day of November, 2026.
            """);

        Assert.Equal(new DateOnly(2026, 11, 22), result.Fields.ResponseDeadline);
        Assert.Equal(Priority.P2, result.Priority);
    }

    [Fact]
    public void An_eu_certificate_counts_its_ten_days_from_the_stated_transmission_date()
    {
        var result = _engine.Triage("""
            ANNEX I - EUROPEAN PRODUCTION ORDER CERTIFICATE (EPOC)
            SECTION C - Time limits: within 10 days upon receipt of the EPOC. Date of transmission: 16 November 2026.
            Account: "vltava_night"
            """);

        Assert.Equal(new DateOnly(2026, 11, 26), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_date_after_by_in_a_sentence_that_requires_production_is_the_deadline()
    {
        var result = _engine.Triage("""
            The enclosed subpoena requires production, by December 3, 2026, of subscriber records for
            "cumberland_gap_9" from 01/01/2026 to 10/31/2026.
            """);

        Assert.Equal(new DateOnly(2026, 12, 3), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void The_date_a_paper_was_issued_on_is_not_its_deadline()
    {
        var result = _engine.Triage("""
            Attached is a production order issued on November 18, 2026 by a justice of the peace. It requires
            Northwind to produce the records of "bloor_street_b" within 30 days.
            """);

        Assert.NotEqual(new DateOnly(2026, 11, 18), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_quebec_police_request_in_french_is_from_canada_not_france()
    {
        var result = _engine.Triage("""
            Service de police de la Ville de Montréal (SPVM)
            Demande urgente : un utilisateur menace de se suicider ce soir à Montréal, Québec.
            """);

        Assert.Equal("Canada", result.Fields.Country);
    }

    [Fact]
    public void A_court_order_without_an_address_is_placed_by_its_court_and_statute()
    {
        var result = _engine.Triage("""
            IN THE CIRCUIT COURT OF THE STATE OF OREGON FOR THE COUNTY OF LANE
            Order under 18 U.S.C. 2703(d) for records of the account "mckenzie_river_r".
            """);

        Assert.Equal("United States", result.Fields.Country);
    }

    [Fact]
    public void A_quoted_handle_after_for_is_a_target_and_a_wrapped_account_phone_too_but_not_the_callback()
    {
        var result = _engine.Triage("""
            Please send subscriber info and IP logs for "ozark_hollow_r" and for any account
            using the phone number 479-555-0181. Call me back at 479-555-0100.
            """);

        Assert.Contains(result.Fields.Accounts, a => a.Value == "@ozark_hollow_r");
        Assert.Contains(result.Fields.Accounts, a => a.Value == "+14795550181");
        Assert.DoesNotContain(result.Fields.Accounts, a => a.Value == "+14795550100");
    }

    [Fact]
    public void A_case_number_after_the_agencys_initials_and_a_dutch_registration_number_are_case_references()
    {
        Assert.Equal("SPD 26-448120", _engine.Triage("Incident number: SPD 26-448120\nThe user \"rainier_r_9\" threatened to shoot.").Fields.CaseReference);
        Assert.Equal("PL0900-2026118822", _engine.Triage("Registratienummer: PL0900-2026118822\nHet account \"dom_toren_7\" dreigt met een aanslag.").Fields.CaseReference);
    }
}
