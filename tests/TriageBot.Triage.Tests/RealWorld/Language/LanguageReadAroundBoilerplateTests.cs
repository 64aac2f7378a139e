namespace TriageBot.Triage.Tests.RealWorld.Language;

/// <summary>Issue 11 class 4, round 8: the language read is the request's own: German from Austria and Switzerland
/// in a terse form, Belgian French and Dutch, a foreign body inside English mail headers, a forwarding note and a
/// disclaimer; an English letter with a foreign name or a quoted foreign line stays English.</summary>
public class LanguageReadAroundBoilerplateTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    // Austrian EU certificate filled in as a form: few whole sentences.
    [InlineData("de", "BESCHEINIGUNG ÜBER EINE EUROPÄISCHE HERAUSGABEANORDNUNG\nAnordnungsbehörde: Staatsanwaltschaft Innsbruck\nDringlichkeit: nein. Frist 10 Tage ab Erhalt.\nKonto: „inntal_tickets\"\nDatenkategorien: [X] Teilnehmerdaten [ ] Inhaltsdaten\nUnterrichtung des Nutzers: keine Einschränkung.\n")]
    // Swiss German writes "ss" for "ß".
    [InlineData("de", "Kantonspolizei Bern, Fachstelle Cybercrime\nGemäss Art. 273 StPO ersuchen wir um Herausgabe der Bestandsdaten zum Konto «aare_fuchs». Frist: 14 Tage.\nFreundliche Grüsse\n")]
    // Belgian French.
    [InlineData("fr", "Police fédérale – Direction judiciaire de Namur\nRéquisition en vertu de l'article 46bis du Code d'instruction criminelle. Veuillez nous communiquer les données d'identification du titulaire du compte « sambre_77 » ainsi que les adresses IP. Délai : huit jours.\n")]
    // Belgian Dutch, forwarded inside English headers, a cover note and a disclaimer.
    [InlineData("nl", "From: Intake Desk <intake@example.net>\nTo: legal@northwind-labs.com\nSubject: FW: bewaringsverzoek\nDate: Mon, 30 Nov 2026 10:02:11 +0100\n\nHi all, please see the request below from the Belgian police and let me know if anything is missing.\n\nGelieve binnen tien dagen de gegevens van de gebruiker @leie_markt te bewaren. Het onderzoek betreft oplichting. Wij verzoeken u de gebruiker niet te informeren. Met vriendelijke groet, Federale Gerechtelijke Politie Gent.\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please delete it.\n")]
    public void The_request_is_read_in_its_own_language(string language, string text)
    {
        Assert.Equal(language, _engine.Triage(text).Language);
    }

    [Fact]
    public void An_English_letter_with_foreign_names_and_a_quoted_line_stays_English()
    {
        var result = _engine.Triage("From: Det. Jürgen Müller-Öztürk <jmuller@springfieldpd.org>\nSubject: subpoena for records\n\n" +
                                    "Please find attached a grand jury subpoena for the subscriber records of the account \"björn_the_bold\". The suspect wrote \"nos vemos pronto\" to the victim. " +
                                    "We ask that you produce the records within 14 days of service and contact me with any questions about this request.\n\nDet. J. Müller-Öztürk\n");

        Assert.Equal("en", result.Language);
    }
}
