using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

public class FieldTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private const string Letter = """
        From: Det. Jane Roe <jroe@springfield.il.us>
        Subject: Grand Jury Subpoena - Case No. 2026-CR-00412

        SPRINGFIELD POLICE DEPARTMENT
        800 East Monroe Street
        Springfield, IL 62701

        IN THE CIRCUIT COURT OF SANGAMON COUNTY
        GRAND JURY SUBPOENA

        YOU ARE COMMANDED to produce basic subscriber information and IP address logs for the account
        @darkfox99 (https://chat.northwind-labs.com/u/darkfox99, e-mail dark.fox.99@proton.me) from
        January 1, 2026 through March 31, 2026, in connection with an investigation of wire fraud.
        Please respond no later than November 25, 2026.

        Detective Jane Roe
        Financial Crimes Unit
        Phone: (217) 555-0142
        Fax: (217) 555-0199
        """;

    [Fact]
    public void The_requester_and_address_are_read_from_letterhead_and_signature()
    {
        var fields = _engine.Triage(Letter).Fields;

        Assert.Equal("SPRINGFIELD POLICE DEPARTMENT", fields.AgencyName);
        Assert.Equal("800 East Monroe Street", fields.Address);
        Assert.Equal("Springfield", fields.City);
        Assert.Equal("IL", fields.StateProvince);
        Assert.Equal("62701", fields.PostalCode);
        Assert.Equal("United States", fields.Country);
        Assert.Equal("Detective Jane Roe", fields.ContactPerson);
        Assert.Equal("jroe@springfield.il.us", fields.Email);
        Assert.Equal("+12175550142", fields.Phone); // E.164, and the fax number is not taken
        Assert.Equal("2026-CR-00412", fields.CaseReference);
        Assert.StartsWith("IN THE CIRCUIT COURT OF SANGAMON COUNTY", fields.IssuingAuthority, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Fraud", fields.MatterType);
    }

    [Fact]
    public void Targets_dates_and_deadline_are_extracted()
    {
        var fields = _engine.Triage(Letter).Fields;

        Assert.Contains(new AccountIdentifier(AccountKind.Username, "@darkfox99"), fields.Accounts);
        Assert.Contains(new AccountIdentifier(AccountKind.Url, "https://chat.northwind-labs.com/u/darkfox99"), fields.Accounts);
        Assert.Contains(new AccountIdentifier(AccountKind.Email, "dark.fox.99@proton.me"), fields.Accounts);
        Assert.DoesNotContain(fields.Accounts, a => a.Value == "jroe@springfield.il.us");
        Assert.Equal(new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), fields.DateRange);
        Assert.Equal(new DateOnly(2026, 11, 25), fields.ResponseDeadline);
        Assert.Contains("basic subscriber information", fields.RequestedData);
        Assert.Contains("IP address logs", fields.RequestedData);
    }

    [Fact]
    public void A_deadline_within_the_window_makes_the_request_P2()
    {
        var result = _engine.Triage(Letter);

        Assert.Equal(Priority.P2, result.Priority);
        Assert.Contains(result.PriorityReasons, r => r.Contains("2026-11-25"));
    }

    [Fact]
    public void A_deadline_beyond_the_window_stays_P3()
    {
        var result = _engine.Triage(Letter.Replace("November 25, 2026", "January 15, 2027"));

        Assert.Equal(Priority.P3, result.Priority);
    }

    [Fact]
    public void European_dates_are_read_day_first()
    {
        var result = _engine.Triage("""
            Polizeipräsidium München, Ettstraße 2, 80333 München
            Auskunftsersuchen zu dem Nutzerkonto @isarwelle für den Zeitraum 03.02.2026 bis 04.03.2026.
            Bitte antworten Sie bis zum 10.12.2026.
            """);

        Assert.Equal(new DateRange(new DateOnly(2026, 2, 3), new DateOnly(2026, 3, 4)), result.Fields.DateRange);
        Assert.Equal(new DateOnly(2026, 12, 10), result.Fields.ResponseDeadline);
    }
}
