namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Round 8: a letter telling the provider that a 2705(b) order ran out by its own terms forbids nothing
/// now; and an EU certificate that caps the deferral of the user's notice ("not to exceed three months", "up to six
/// months", "the authority informs the person itself within six weeks") states the gag's end.</summary>
public class GagEndedOrCappedTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_notice_that_the_gag_expired_by_its_own_terms_is_no_gag()
    {
        var result = _engine.Triage("""
            United States Attorney's Office
            Re: In re Application for a 2703(d) Order, No. 2:26-mc-00411, account "prairie_ledger_co"

            Counsel: the order under 18 U.S.C. 2705(b) entered in this matter, which barred you from telling anyone
            about the 2703(d) order, expired by its own terms on October 3, 2026. We will not seek an extension.
            You may notify the account holder under your usual practice. Nothing further is requested.

            AUSA M. Okonkwo-Lind, (402) 555-0190
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code is "NON_DISCLOSURE_NO_END" or "NON_DISCLOSURE_ORDER");
    }

    [Fact]
    public void A_notice_that_the_gag_would_have_expired_but_was_extended_is_a_gag()
    {
        var result = _engine.Triage("""
            Counsel,
            On December 1, 2026 the Court granted our motion to extend the non-disclosure order entered under 18 U.S.C.
            2705(b) for the account "prairie_ledger_co". The order ran 90 days and would have expired on December 4, 2026. The
            extension continues the prohibition on notifying the subscriber or any other person through March 4, 2027.
            AUSA M. Okonkwo-Lind
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Theory]
    [InlineData("[X] Le destinataire n'informe pas la personne concernée ; l'autorité d'émission le fera elle-même, ce report ne pouvant excéder six mois.")]
    [InlineData("[X] il destinatario non deve informare la persona interessata; vi provvederà l'autorità di emissione, con differimento fino a tre mesi.")]
    [InlineData("[X] de geadresseerde informeert de betrokkene niet; de uitvaardigende autoriteit stelt de betrokkene binnen acht weken zelf in kennis.")]
    public void A_capped_deferral_of_the_users_notice_on_an_eu_certificate_is_a_stated_end(string section)
    {
        var result = _engine.Triage(
            "EUROPEAN PRODUCTION ORDER CERTIFICATE (EPOC) - Regulation (EU) 2023/1543\n" +
            "SECTION A  Issuing authority: investigating judge, court of first instance\n" +
            "SECTION C  Information to the user:\n           " + section + "\n" +
            "SECTION D  Data sought for the account \"harbour_crane_08\": [X] subscriber data [X] traffic data\n");

        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }
}
