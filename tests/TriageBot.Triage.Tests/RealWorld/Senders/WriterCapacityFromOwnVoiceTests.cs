using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11, five blind rounds: whose authority a letter speaks with is what its writer says they are (the
/// self-introduction, the signature block, the sender's domain), not the police words in it. A private person who
/// names the police they reported to, in any language read, is not foreign process and not a suspicious sender; an
/// impostor who introduces himself with a rank still claims authority.</summary>
public class WriterCapacityFromOwnVoiceTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    // Portuguese (Brazil): a fraud victim who already filed her report at the cyber-crime station.
    [InlineData("De: Renata Vilela <renata.v@example.com.br>\nAssunto: golpe pelo app\n\nBoa noite,\n\nMeu nome é Renata Vilela e moro em Natal. O perfil \"lucro_rapido_br\" me tirou R$ 2.100. Já registrei o boletim de ocorrência na Delegacia de Repressão aos Crimes Cibernéticos. Como a Polícia Civil deve pedir os dados a vocês?\n\nObrigada,\nRenata - renata.v@example.com.br\n")]
    // Italian: a victim of image abuse who reported to the Carabinieri and asks for removal.
    [InlineData("Da: Chiara Pellizzari <chiara.p@example.it>\nOggetto: foto pubblicate senza consenso\n\nBuonasera,\n\nmi chiamo Chiara e ho 27 anni. Un profilo, \"vendetta_77\", ha pubblicato mie foto private. Ho già sporto denuncia ai Carabinieri di Udine e alla Polizia Postale. Vi chiedo di rimuovere le foto.\n\nGrazie, Chiara Pellizzari\n")]
    // German: a person forwarding their own complaint receipt, with the police headquarters' line in the excerpt.
    [InlineData("Von: Jonas Albrecht <j.albrecht@example.de>\nBetreff: meine Anzeige\n\nGuten Tag,\n\nanbei meine Anzeigebestätigung. Das Konto \"rhein_troll_44\" bedroht mich. Die Polizei kommt nicht voran; bitte nennen Sie mir den Namen des Nutzers.\n\n--- Auszug ---\nPolizeipräsidium Bonn, Vorgang 4411/26, Delikt: Bedrohung\n---\n\nJonas Albrecht - j.albrecht@example.de\n")]
    // Spanish: a victim who filed a report with the Policía Nacional.
    [InlineData("De: Marta Ruiz Aguado <marta.ra@example.es>\nAsunto: amenazas\n\nHola,\n\nme llamo Marta y vivo en Murcia. He presentado una denuncia en la Policía Nacional por las amenazas de la cuenta \"noche_murcia_9\". ¿Qué necesita la policía para pediros los datos?\n\nGracias,\nMarta\n")]
    // Dutch and French: the complainant's own words.
    [InlineData("Van: Sanne de Groot <sanne.dg@example.nl>\nOnderwerp: aangifte\n\nBeste,\n\nIk heb aangifte gedaan bij de politie Utrecht tegen het account \"domtoren_x\". Hoe vraagt de politie uw gegevens op?\n\nGroeten,\nSanne de Groot\n")]
    [InlineData("De : Léa Moreau <lea.moreau@example.fr>\nObjet : harcèlement\n\nBonjour,\n\nJ'ai déjà déposé plainte à la gendarmerie de Rennes contre le compte « breizh_ombre ». Pouvez-vous supprimer ses messages ?\n\nMerci,\nLéa Moreau\n")]
    public void A_private_person_naming_the_police_is_neither_foreign_process_nor_suspicious(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.SuspiciousSender);
        Assert.DoesNotContain(result.Findings, f => f.Code is "UNVERIFIED_SENDER" or "FOREIGN_DIRECT_PROCESS");
    }

    [Theory]
    // An impostor on free mail who gives himself a rank in his self-introduction.
    [InlineData("From: Polizia Postale <pol.postale.ufficio@gmail.com>\nSubject: richiesta dati urgente\n\nBuongiorno, sono l'ispettore Marco Ferri della Polizia Postale di Milano. Chiediamo entro oggi nome, e-mail e indirizzi IP dell'account \"navigli_dark\" per un procedimento penale.\n\nIsp. Marco Ferri\n")]
    // One who signs with a rank and a unit after naming a victim's complaint.
    [InlineData("From: Kriminalpolizei Essen <kripo.essen.ermittlung@outlook.com>\nSubject: Auskunftsersuchen\n\nSehr geehrte Damen und Herren,\n\ndie Geschädigte hat Anzeige erstattet. Wir bitten um Bestandsdaten und IP-Adressen des Kontos \"ruhr_schatten\".\n\nMit freundlichen Grüßen\nKHK Dirk Lammers\nKriminalkommissariat 12\n")]
    public void A_writer_who_claims_an_office_still_claims_authority(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.SuspiciousSender);
    }
}

/// <summary>The one harmed says so in the first person ("keeps threatening me", "bedroht mich", "me harcèle"): a
/// writer's own voice, not a force's, which writes of "the victim".</summary>
public class HarmedPersonWritesInFirstPersonTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("From: Amy Holt <amy.holt@example.co.uk>\nSubject: help please\n\nThe account \"moor_lad_7\" keeps threatening me. I went to the police station in Leeds and they told me to contact you. Can you tell the police who runs it?\n\nAmy\n")]
    [InlineData("Von: Lena Krause <lena.k@example.de>\nBetreff: Hilfe\n\nDas Konto \"elbe_geist\" bedroht mich seit Tagen. Die Polizei Hamburg weiß Bescheid. Können Sie das Konto sperren?\n\nLena\n")]
    [InlineData("De : Inès Roy <ines.roy@example.fr>\nObjet : aide\n\nLe compte « sombre_lys » me harcèle depuis un mois. La police nationale est au courant. Pouvez-vous le bloquer ?\n\nInès\n")]
    public void A_writer_harmed_in_the_first_person_is_a_private_person(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.SuspiciousSender);
    }
}
