using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Round 18: a paper often writes what it does not seek as a label, not a sentence ("NOT requested: the
/// content of any message, image or video", "Ausgenommen:", "Exclus :", "No se solicita:", "Não solicitado:",
/// "Esclusi:", "Niet gevraagd:"), over a list or as a table's column. The kinds named under the label are refused, as
/// if a sentence said so; a kind it does not name, or a label that refuses something else, leaves content asked.</summary>
public class ARefusalHeadingCoversTheKindsListedUnderItTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    public static TheoryData<string, string> RefusedUnderALabel => new()
    {
        {
            "en", """
            SUBPOENA DUCES TECUM - Circuit Court of Pulaski County
            You are commanded to produce the following records for the account "ozark_kettle_21":
              - subscriber name, e-mail address and telephone number
              - IP addresses and timestamps of all logins since November 1, 2026

            NOT requested: the content of any message, photo or video.
            """
        },
        {
            "de", """
            Auskunftsersuchen - Kriminalpolizei Regensburg
            Wir ersuchen um Übermittlung folgender Daten zum Konto "donau_reiher_4":
              - Bestandsdaten (Name, E-Mail-Adresse, Telefonnummer)
              - IP-Adressen mit Zeitstempel der Anmeldungen seit dem 1. November 2026

            Ausgenommen:
              - Inhalte von Nachrichten
              - Bilder und Videos
            """
        },
        {
            "fr", """
            Réquisition judiciaire - Commissariat de Nantes
            Veuillez nous communiquer, pour le compte « loire_heron_8 » :
              - les données d'identification du titulaire (nom, adresse électronique, téléphone)
              - les adresses IP de connexion depuis le 1er novembre 2026

            Exclus : le contenu des messages, les photos et les vidéos.
            """
        },
        {
            "es", """
            Oficio - Juzgado de Instrucción n.º 2 de Málaga
            Se requiere la entrega de los siguientes datos de la cuenta "playa_malva_3":
              - datos de registro (nombre, correo electrónico, teléfono)
              - direcciones IP de conexión desde el 1 de noviembre de 2026

            No se solicita: contenido de los mensajes, fotografías ni vídeos.
            """
        },
        {
            "pt", """
            Ofício - Polícia Judiciária, Diretoria do Norte
            Solicitamos o fornecimento dos seguintes dados da conta "douro_garca_5":
              - dados cadastrais (nome, e-mail, telefone)
              - endereços IP de acesso desde 1 de novembro de 2026

            Não solicitado:
              - conteúdo das mensagens, fotos e vídeos
            """
        },
        {
            "it", """
            Richiesta - Procura della Repubblica di Bari
            Si richiede di trasmettere, per il profilo "trullo_blu_6":
              - i dati anagrafici dell'utente (nome, e-mail, telefono)
              - gli indirizzi IP di accesso dal 1° novembre 2026

            Esclusi: il contenuto dei messaggi, le foto e i video.
            """
        },
        {
            "nl", """
            Vordering verstrekking gegevens - Politie Eenheid Limburg
            Wij vorderen, voor het account "maas_reiger_9":
              - naam, e-mailadres en telefoonnummer van de gebruiker
              - IP-adressen van inlogsessies sinds 1 november 2026

            Niet gevraagd: de inhoud van berichten, foto's en video's.
            """
        },
    };

    [Theory]
    [MemberData(nameof(RefusedUnderALabel))]
    public void The_kinds_listed_under_a_refusal_label_are_not_asked(string language, string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.ContentRequested, language);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT" && f.Severity == Severity.Blocker);
    }

    [Fact]
    public void A_refusal_label_on_a_subpoena_is_the_evidence_against_the_warrant_blocker()
    {
        var result = _engine.Triage("""
            SUBPOENA - Grand Jury, County of Lancaster
            You are commanded to produce for the account "amber_furrow_12":
              - subscriber name, e-mail and telephone number
              - login IP addresses and timestamps

            Not sought: the content of any message, image or video.
            """);

        Assert.False(result.Flags.ContentRequested);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT" && f.Severity == Severity.Blocker);
        Assert.Contains(result.Evidence, e => e.About == "contentRequested" && e.Text.Contains("Not sought:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_not_requested_column_of_a_table_refuses_the_kinds_in_its_cells()
    {
        var result = _engine.Triage("""
            SUBPOENA DUCES TECUM - District Court of Ada County
            You are commanded to produce records for the account "sawtooth_lark_2" as follows:

            | Requested                         | Not requested                  |
            |-----------------------------------|--------------------------------|
            | subscriber name and e-mail        | content of messages            |
            | login IP addresses and timestamps | photos, videos and attachments |
            """);

        Assert.False(result.Flags.ContentRequested);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT" && f.Severity == Severity.Blocker);
    }

    public static TheoryData<string, string> ContentStillAsked => new()
    {
        {
            // The label refuses the words only; the photos are asked.
            "en", """
            SEARCH WARRANT - Superior Court of Pima County
            The Provider shall disclose for the account "saguaro_wren_5" all photos and videos uploaded since November 1, 2026.
            Not requested: the content of private messages.
            """
        },
        {
            // The label refuses something that is not content; the messages are asked.
            "de", """
            Durchsuchungsbeschluss - Amtsgericht Kassel
            Der Provider hat für das Konto "fulda_kranich_7" die Inhalte aller privaten Nachrichten seit dem 1. November 2026 herauszugeben.
            Nicht angefordert: Bestandsdaten und IP-Adressen.
            """
        },
        {
            // A label that asks, not refuses.
            "es", """
            Mandamiento judicial - Juzgado de Instrucción n.º 5 de Bilbao
            Datos solicitados:
              - el contenido de los mensajes privados de la cuenta "ria_gaviota_2" desde el 1 de noviembre de 2026
            """
        },
        {
            "fr", """
            Ordonnance - Tribunal judiciaire de Rennes
            Le fournisseur communiquera pour le compte « vilaine_sterne_3 » le contenu des messages privés échangés depuis le 1er novembre 2026.
            Non demandé : les adresses IP de connexion.
            """
        },
    };

    [Theory]
    [MemberData(nameof(ContentStillAsked))]
    public void Content_a_refusal_label_does_not_name_is_still_asked(string language, string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.ContentRequested, language);
    }
}
