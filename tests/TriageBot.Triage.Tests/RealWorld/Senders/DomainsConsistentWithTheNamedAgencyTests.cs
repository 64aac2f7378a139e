namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11 round 14: a real agency on a domain no list knows is read against what its letter names: the
/// city's initials with "gov" glued on beside the city its letterhead gives, the place of its address with its
/// office's marker ("da"), an agency's initials over a French name whose inner words are not capitalised, or its
/// initials beside the country's name. Such a sender is not suspicious, but the result says the domain is unlisted.
/// A look-alike of a known agency, the same agency under a foreign country's code, and an agency named on an
/// unrelated commercial domain stay suspicious.</summary>
public class DomainsConsistentWithTheNamedAgencyTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private const string Ask =
        "You are commanded to produce subscriber information and login IP addresses from October 1, 2026 to date for the account \"harbor_fox_22\".";

    [Theory]
    [InlineData("GRAND JURY SUBPOENA - CIRCUIT COURT OF THE CITY OF MAPLE HOLLOW\n\n" + Ask + "\n\n" +
                "Det. Lena Ortiz, Criminal Investigations\n100 Court Plaza, Maple Hollow, VA 23999\nlortiz@mhgov.org", "mhgov.org")]
    [InlineData("GRAND JURY SUBPOENA - Office of the District Attorney\n\n" + Ask + "\n\n" +
                "Dated: Ashvale, New York, November 30, 2026\nADA Paul Kent, Office of the District Attorney, 12 Main Street, Ashvale, New York\npkent@ashvaleda.org",
                "ashvaleda.org")]
    [InlineData("Réquisition judiciaire\n\nService de police de la Ville de Lorient - Brigade des enquêtes\n\n" +
                "Dans le cadre d'une enquête préliminaire, nous vous requérons de communiquer les données d'identification du compte « renard_22 ».\n\n" +
                "Capitaine Anne Roux, anne.roux@spvl.fr", "spvl.fr")]
    public void A_domain_that_spells_the_letters_own_agency_or_seat_is_not_suspicious_but_is_noted(string text, string domain)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.SuspiciousSender, domain);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
        Assert.Contains(result.Findings, f => f.Code == "SENDER_DOMAIN_UNLISTED" && f.Message.Contains(domain));
    }

    [Theory]
    // A look-alike of a known agency.
    [InlineData("GRAND JURY SUBPOENA - New York City Police Department\n\n" + Ask + "\n\nDet. Lena Ortiz, NYPD\nlortiz@nypd-gov.net")]
    // The letter's city under a foreign country's code.
    [InlineData("GRAND JURY SUBPOENA - Maple Hollow Police Department, Maple Hollow, Virginia\n\n" + Ask + "\n\n" +
                "Det. Lena Ortiz, Maple Hollow Police Department\n100 Court Plaza, Maple Hollow, VA 23999\nlortiz@cityofmaplehollow.co.uk")]
    // The agency named on an unrelated commercial domain.
    [InlineData("GRAND JURY SUBPOENA - Maple Hollow Police Department\n\n" + Ask + "\n\n" +
                "Det. Lena Ortiz, Maple Hollow Police Department\n100 Court Plaza, Maple Hollow, VA 23999\nlortiz@maplehollowlogistics.com")]
    // Initials and "gov" of another place than the letter's seat.
    [InlineData("GRAND JURY SUBPOENA - CIRCUIT COURT OF THE CITY OF MAPLE HOLLOW\n\n" + Ask + "\n\n" +
                "Det. Lena Ortiz, Criminal Investigations\n100 Court Plaza, Maple Hollow, VA 23999\nlortiz@hpgov.org")]
    public void A_look_alike_a_foreign_code_or_an_unrelated_domain_stays_suspicious(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.SuspiciousSender);
        Assert.Contains(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
    }
}
