namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11 round 14: an impostor writes from free mail and introduces themself in their own language by name
/// and the force they are "from" ("mein Name ist … von der Kriminalpolizei", "mi chiamo … e lavoro alla Squadra
/// Mobile", "mijn naam is … van de politie", "trabalho na PSP"), or by a rank short form ("OPJ au commissariat"). That
/// claims government authority from an address that does not prove it: suspicious. A victim who only mentions the
/// police she went to claims none.</summary>
public class OfficerIntroducedByNameFromPrivateMailTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("From: Udo Kramer <udo.kramer61@gmx.de>\nTo: lawenforcement@example.com\nSubject: Eilt\n\nGuten Tag,\n\n" +
                "mein Name ist Udo Kramer von der Kriminalpolizei Hagen. Bitte senden Sie uns die Bestandsdaten und IP-Adressen des " +
                "Nutzers \"nebelkraehe_5\" wegen eines Betrugsverfahrens.\n\nGruß\nUdo Kramer\n")]
    [InlineData("From: Enzo Marchetti <enzo.marchetti@libero.it>\nTo: lawenforcement@example.com\nSubject: Richiesta\n\nBuongiorno,\n\n" +
                "mi chiamo Enzo Marchetti e lavoro alla Squadra Mobile della Questura di Bari. Vi chiedo i dati anagrafici e gli IP " +
                "dell'account \"gabbiano_80\" per un'indagine.\n\nGrazie\nEnzo Marchetti\n")]
    [InlineData("From: Joost Smit <joost.smit@hotmail.com>\nTo: lawenforcement@example.com\nSubject: Verzoek\n\nHallo,\n\n" +
                "Mijn naam is Joost Smit van de politie Haaglanden. Ik heb de gegevens en IP-adressen nodig van het account " +
                "\"hofvijver_070\" voor een onderzoek naar oplichting.\n\nGroet,\nJoost\n")]
    [InlineData("From: Rui Santos <rui.santos77@gmail.com>\nTo: lawenforcement@example.com\nSubject: Pedido\n\nOlá,\n\n" +
                "O meu nome é Rui Santos, trabalho na PSP de Braga. Preciso dos dados e dos IPs da conta \"andorinha_25\" para uma " +
                "investigação de burla.\n\nObrigado\nRui Santos\n")]
    [InlineData("From: Marc Petit <marc.petit44@free.fr>\nTo: lawenforcement@example.com\nSubject: Demande\n\nBonjour,\n\n" +
                "Je m'appelle Marc Petit, OPJ au commissariat de Nantes. Je vous demande de me transmettre l'identité et les adresses " +
                "IP du titulaire du compte « heron_44 ».\n\nMerci\nMarc Petit\n")]
    public void An_officer_introduced_by_name_and_force_on_free_mail_is_suspicious(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.SuspiciousSender);
        Assert.Contains(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
    }

    [Theory]
    [InlineData("From: Nele Vogt <nele.vogt@gmx.de>\nTo: support@example.com\nSubject: Fake-Profil\n\nHallo,\n\n" +
                "mein Name ist Nele Vogt. Jemand hat mit meinen Fotos ein Fake-Profil \"nele_vogt_echt\" erstellt. Ich war bei der " +
                "Polizei, und die Beamtin meinte, ich soll mich an Sie wenden. Bitte löschen Sie das Profil.\n\nNele\n")]
    [InlineData("From: Ilaria Russo <ilaria.russo@libero.it>\nTo: support@example.com\nSubject: Profilo falso\n\nBuongiorno,\n\n" +
                "mi chiamo Ilaria Russo. Qualcuno ha creato un profilo falso \"ilaria_russo_vera\" con le mie foto. I carabinieri mi " +
                "hanno detto di scrivervi. Potete rimuoverlo?\n\nGrazie,\nIlaria\n")]
    public void A_victim_who_mentions_the_police_is_not_suspicious(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.SuspiciousSender);
    }
}
