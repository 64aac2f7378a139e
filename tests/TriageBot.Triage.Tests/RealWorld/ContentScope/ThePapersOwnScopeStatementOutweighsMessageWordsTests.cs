using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Issue 11 classes 6 and 8 (round 17): a request that asks only for data about messages (who the account
/// messaged, when, how many) names messages in every item; when the paper itself says it does not seek their contents,
/// that statement decides, and the message words elsewhere are read within it. A content noun the statement does not
/// reach ("but all photos") is still asked; no statement, and the message words keep their weight.</summary>
public class ThePapersOwnScopeStatementOutweighsMessageWordsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    public static TheoryData<string, string> MetadataWithAStatement => new()
    {
        {
            "en", """
            ORDER PURSUANT TO 18 U.S.C. § 2703(d)
            The Provider shall disclose, for the account "harbor_lynx_07":
              1. a list of every account she exchanged private messages with, and how many messages she sent to each;
              2. for every direct message sent or received: the date and time and the usernames of sender and recipient.
            We do not need, and this Order does not authorize, what was said in any of the messages, or any photos.
            """
        },
        {
            "de", """
            Auskunftsersuchen - Polizeiinspektion Innsbruck
            Wir ersuchen um Übermittlung folgender Daten zum Konto "alpen_fuchs_3":
              - die Liste aller Konten, mit denen das Konto private Nachrichten ausgetauscht hat;
              - Datum und Uhrzeit jeder gesendeten Nachricht sowie deren Anzahl pro Tag.
            Den Inhalt der Nachrichten benötigen wir nicht.
            """
        },
        {
            "fr", """
            Réquisition judiciaire - Brigade de recherches de Lyon
            Veuillez nous communiquer, pour le compte « lac_bleu_22 » :
              - la liste des interlocuteurs avec lesquels le compte a échangé des messages privés ;
              - les dates et heures des messages envoyés depuis le compte.
            Nous ne demandons pas le contenu des messages.
            """
        },
        {
            "es", """
            Oficio - Juzgado de Instrucción n.º 3 de Sevilla
            Se solicita, respecto de la cuenta "sierra_gris_4":
              - relación de cuentas con las que el usuario intercambió mensajes privados, con fecha y hora;
              - número de mensajes enviados por día.
            No se solicita el contenido de los mensajes.
            """
        },
        {
            "pt", """
            Ofício - Polícia Judiciária, Diretoria do Centro
            Solicitamos, quanto à conta "praia_azul_9":
              - identificação dos perfis com quem o titular trocou mensagens privadas, com datas e horas;
              - número de mensagens enviadas por dia.
            O pedido não abrange o conteúdo das mensagens.
            """
        },
        {
            "it", """
            Richiesta - Procura della Repubblica di Torino
            Si richiede, per il profilo "colle_verde_5":
              - l'elenco degli utenti con cui il profilo ha scambiato messaggi privati, con data e ora;
              - il numero di messaggi inviati per giorno.
            Non è richiesto il contenuto dei messaggi.
            """
        },
        {
            "nl", """
            Vordering verstrekking gegevens - Politie Eenheid Oost-Nederland
            Wij vorderen, voor het account "polder_wind_6":
              - een lijst van accounts waarmee privéberichten zijn uitgewisseld, met datum en tijd;
              - het aantal verzonden berichten per dag.
            De inhoud van de berichten vragen wij niet.
            """
        },
    };

    [Theory]
    [MemberData(nameof(MetadataWithAStatement))]
    public void Message_words_are_read_within_the_papers_statement_that_contents_are_not_sought(string language, string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.ContentRequested, language);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT" && f.Severity == Severity.Blocker);
    }

    [Fact]
    public void The_statement_is_shown_as_the_evidence_for_not_raising_content()
    {
        var result = _engine.Triage("""
            ORDER PURSUANT TO 18 U.S.C. § 2703(d)
            The Provider shall disclose, for the account "harbor_lynx_07", a list of every account she exchanged private
            messages with and the date and time of each message.
            This Order does not authorize the disclosure of the contents of any communication.
            """);

        Assert.False(result.Flags.ContentRequested);
        Assert.Contains(result.Evidence, e => e.About == "contentRequested" && e.Text.Contains("does not authorize", StringComparison.Ordinal));
    }

    [Fact]
    public void Photos_asked_past_a_statement_that_excludes_only_the_text_are_content_and_no_blocker()
    {
        var result = _engine.Triage("""
            ORDER PURSUANT TO 18 U.S.C. § 2703(d)
            The Provider shall disclose the subscriber records of the account "quarry_owl_12" and the message logs,
            NOT including the contents of e-mails, but all photos uploaded by the account since June 1, 2026.
            """);

        Assert.True(result.Flags.ContentRequested);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT" && f.Severity == Severity.Blocker);
    }

    [Theory]
    [InlineData("fr", """
        Réquisition judiciaire - Commissariat de Rennes
        Veuillez nous communiquer, à l'exclusion du contenu des messages, la liste des interlocuteurs du compte
        « rade_grise_8 », mais toutes les photos publiées par le compte depuis le 1er juin 2026.
        """)]
    [InlineData("es", """
        Oficio - Juzgado de Instrucción n.º 5 de Bilbao
        No se solicita el contenido de los mensajes de la cuenta "ria_azul_31".
        Se solicitan todas las fotos enviadas por la cuenta desde el 1 de junio de 2026.
        """)]
    public void Media_the_statement_does_not_name_are_still_asked(string language, string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.ContentRequested, language);
    }

    [Theory]
    [InlineData("en", """
        SEARCH WARRANT
        The Provider shall disclose, for the account "harbor_lynx_07", all private messages sent or received
        between June 1 and June 30, 2026, and the text of the messages.
        """)]
    [InlineData("de", """
        Beschluss - Amtsgericht Köln
        Der Anbieter hat die Inhalte der Chatnachrichten des Kontos "rhein_bote_2" seit dem 1. Juni 2026 herauszugeben.
        """)]
    public void Without_a_statement_message_words_keep_their_weight(string language, string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.ContentRequested, language);
    }
}
