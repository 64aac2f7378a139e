using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld;

/// <summary>Error class 9: letterheads and signatures, callback numbers, quoted usernames, the return date.</summary>
public class FieldsInRealLettersTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void The_officers_callback_number_is_not_a_target()
    {
        var result = _engine.Triage("""
            From: Det. Lena Ford <lford@austintexas.gov>
            Subject: Emergency Disclosure Request
            The user "harbor_lynx" threatened to kill himself tonight. Please call me back at (512) 555-0142 as soon as
            you can; the phone number associated with the account is (512) 555-0199.
            """);

        Assert.DoesNotContain(result.Fields.Accounts, a => a.Value == "+15125550142");
        Assert.Equal("+15125550142", result.Fields.Phone);
    }

    [Fact]
    public void A_quoted_username_is_a_target()
    {
        var result = _engine.Triage("""
            From: Det. Lena Ford <lford@austintexas.gov>
            Subject: Grand Jury Subpoena
            GRAND JURY SUBPOENA for all subscriber records of the account with the username "harbor_lynx".
            """);

        Assert.Contains(result.Fields.Accounts, a => a.Value.Contains("harbor_lynx"));
    }

    [Fact]
    public void The_deadline_is_the_return_date_not_the_issue_date()
    {
        var result = _engine.Triage("""
            GRAND JURY SUBPOENA
            Issued: November 2, 2026
            Return date: December 4, 2026
            Produce the subscriber records of @harbor_lynx.
            """);

        Assert.Equal(new DateOnly(2026, 12, 4), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void The_signature_block_gives_the_phone_and_address()
    {
        var result = _engine.Triage("""
            Subject: Grand Jury Subpoena
            GRAND JURY SUBPOENA for the subscriber records of @harbor_lynx.

            Respectfully,
            Det. Lena Ford
            Financial Crimes Unit
            Austin Police Department
            715 E 8th St, Austin, TX 78701
            Tel. 512-555-0142
            lford@austintexas.gov
            """);

        Assert.Equal("+15125550142", result.Fields.Phone);
        Assert.Equal("78701", result.Fields.PostalCode);
        Assert.Equal("lford@austintexas.gov", result.Fields.Email);
    }

    [Theory]
    [InlineData("Compliance date: December 17, 2026.", "2026-12-17")]
    [InlineData("Records may be returned by December 22, 2026 to the address below.", "2026-12-22")]
    [InlineData("YOU ARE COMMANDED to produce on December 21, 2026, at the offices of counsel.", "2026-12-21")]
    public void The_deadline_is_the_return_or_compliance_date_not_the_issue_date(string line, string expected)
    {
        var result = _engine.Triage($"SUBPOENA for the account \"kite_5\". Dated November 20, 2026.\n{line}");

        Assert.Equal(DateOnly.Parse(expected), result.Fields.ResponseDeadline);
    }

    [Theory]
    [InlineData("for the following accounts:\n   - \"heron_flats\" (user ID 66100)", "@heron_flats")]
    [InlineData("Auskunft zum Nutzerkonto \"elbe_wind_3\".", "@elbe_wind_3")]
    [InlineData("depuis le compte \"vx.loire.nord\" ,", "@vx.loire.nord")]
    [InlineData("between the accounts \"quill_rj\" and \"sable.ops\".", "@sable.ops")]
    [InlineData("Betreff: Nutzerkonto mosel_delta_9", "@mosel_delta_9")]
    public void Quoted_and_named_usernames_are_targets(string text, string expected)
    {
        var result = _engine.Triage("Request for records. " + text);

        Assert.Contains(result.Fields.Accounts, a => a.Value == expected);
    }
}
