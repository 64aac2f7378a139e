namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11 class 5, suspicious-sender precision on genuine senders the list does not know: agencies
/// shorten their names into domains in more ways than initials in order (the place and the kind reversed, the
/// county as one letter, an acronym on .org, a national service's initials), and the letter itself says which
/// agency it is. Every acceptance is checked against the look-alike shapes it must not let through.</summary>
public class AgencyAbbreviationsTheListDoesNotKnowTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private const string Subpoena =
        "Subject: Grand jury subpoena duces tecum\n\nYou are commanded to produce the subscriber records and login IP addresses of the " +
        "account \"heron_flats_resale\" for 1 June 2026 to 31 October 2026. Contents of communications are not requested.\n\n";

    [Theory]
    [InlineData("r.lind@pacda.org", "OFFICE OF THE DISTRICT ATTORNEY - COUNTY OF PORT ALDER")]     // place, county, kind
    [InlineData("r.lind@pdck.org", "KESSLER COUNTY POLICE DEPARTMENT")]                           // kind, county, place
    [InlineData("r.lind@acsheriff.net", "Ardmore County Sheriff's Office")]                       // place, county, word
    [InlineData("r.lind@wbrda.org", "District Attorney, Parish of West Bayou Rouge")]             // parish initials, kind
    public void A_place_and_the_kind_of_body_abbreviated_in_either_order_are_the_agencys_domain(string address, string letterhead)
    {
        var result = _engine.Triage($"From: Inv. R. Lind <{address}>\n{letterhead}\n{Subpoena}Inv. R. Lind\n{letterhead}\n");

        Assert.False(result.Flags.SuspiciousSender, address);
        Assert.Contains(result.Findings, f => f.Code == "SENDER_DOMAIN_UNLISTED");
    }

    [Theory]
    [InlineData("r.lind@pacda-us.org", "OFFICE OF THE DISTRICT ATTORNEY - COUNTY OF PORT ALDER")]  // hyphen
    [InlineData("r.lind@pacdagov.com", "OFFICE OF THE DISTRICT ATTORNEY - COUNTY OF PORT ALDER")]  // gov glued on
    [InlineData("r.lind@pdcx.org", "KESSLER COUNTY POLICE DEPARTMENT")]                           // another place
    [InlineData("r.lind@pdc.org", "KESSLER COUNTY POLICE DEPARTMENT")]                            // no place at all
    [InlineData("r.lind@acda.net", "Ardmore County Sheriff's Office")]                             // a kind the letter does not name
    public void Abbreviations_dressed_up_or_naming_another_place_or_kind_stay_suspicious(string address, string letterhead)
    {
        var result = _engine.Triage($"From: Inv. R. Lind <{address}>\n{letterhead}\n{Subpoena}Inv. R. Lind\n{letterhead}\n");

        Assert.True(result.Flags.SuspiciousSender, address);
    }

    [Theory]
    [InlineData("d.moss@gbpd.org", "Det. D. Moss, GBPD Fraud Squad")]
    [InlineData("d.moss@gbpd.com", "Det. D. Moss, GBPD Fraud Squad\n100 N Jefferson St, Green Bay, WI 54301")]   // .com in the U.S. only
    [InlineData("d.moss@policiaforal.org", "Brigada de Delitos Tecnológicos, Policía Foral")]
    public void An_agencys_acronym_or_run_together_name_on_an_open_top_level_is_its_domain(string address, string signature)
    {
        var result = _engine.Triage($"From: D. Moss <{address}>\n{Subpoena}{signature}\n");

        Assert.False(result.Flags.SuspiciousSender, address);
        Assert.Contains(result.Findings, f => f.Code == "SENDER_DOMAIN_UNLISTED");
    }

    [Theory]
    [InlineData("d.moss@gbpd.online", "Det. D. Moss, GBPD Fraud Squad")]      // a new generic top level
    [InlineData("d.moss@gbpd.info", "Det. D. Moss, GBPD Fraud Squad")]
    [InlineData("d.moss@policiaforal.com", "Brigada de Delitos Tecnológicos, Policía Foral")]  // a force abroad on .com
    [InlineData("d.moss@gbpd-us.org", "Det. D. Moss, GBPD Fraud Squad")]      // hyphen
    [InlineData("d.moss@gbpd.org", "Det. D. Moss, Fraud Squad")]              // the letter never names GBPD
    [InlineData("d.moss@gbpd.org", "Det. D. Moss, gbpd fraud squad")]         // not written as an acronym
    [InlineData("d.moss@police.org", "Det. D. Moss, Police Fraud Squad")]     // a word for police is no one's name
    [InlineData("d.moss@fbi.org", "Special Agent D. Moss, FBI Cyber Squad")]  // the FBI mails only from fbi.gov
    [InlineData("d.moss@fbi-gov.com", "Special Agent D. Moss, FBI Cyber Squad")]
    [InlineData("d.moss@lapd-us.org", "Det. D. Moss, LAPD Cyber Crimes Section")]
    [InlineData("d.moss@police-report-center.com", "Det. D. Moss, Police Fraud Squad")]
    [InlineData("d.moss@met-police.co", "DC D. Moss, Metropolitan Police Service")]
    [InlineData("d.moss@guardiacivil-es.com", "Brigada de Delitos Tecnológicos, Guardia Civil")]
    [InlineData("d.moss@polizei-de.net", "Kriminalpolizei, Polizei Sachsen")]
    public void Acronyms_on_other_shapes_and_look_alikes_stay_suspicious(string address, string signature)
    {
        var result = _engine.Triage($"From: D. Moss <{address}>\n{Subpoena}{signature}\n");

        Assert.True(result.Flags.SuspiciousSender, address);
    }

    [Fact]
    public void A_letterhead_in_capitals_spells_its_initials_with_its_short_words()
    {
        var result = _engine.Triage(
            $"From: Det. A. Ruiz <a.ruiz@sbmpd.com>\nSILVER BAY METROPOLITAN POLICE DEPARTMENT\n{Subpoena}Det. A. Ruiz\n");

        Assert.False(result.Flags.SuspiciousSender);
    }
}
