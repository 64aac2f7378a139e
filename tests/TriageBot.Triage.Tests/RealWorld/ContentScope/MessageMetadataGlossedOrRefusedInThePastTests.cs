namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Issue 11 round 16 (stress16 class 1): metadata about messages is not their content, however the content word
/// is brought in — glossed in brackets after a counted noun ("the number of chats (conversation threads)"), or named
/// and refused in the past tense ("O conteúdo ... não foi objeto do pedido", "was not requested"). Messages named by
/// the stretch of time they cover ("last 30 days of messages") are the messages themselves.</summary>
public class MessageMetadataGlossedOrRefusedInThePastTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private const string OrderHead = "IN THE CIRCUIT COURT FOR LANE COUNTY\nORDER PURSUANT TO 18 U.S.C. 2703(d)\n\n" +
        "The Court finds specific and articulable facts showing reasonable grounds to believe the records sought are relevant and material to an ongoing criminal investigation.\n\n";

    [Theory]
    [InlineData("IT IS ORDERED that the Provider shall disclose for the account \"marsh_heron_4\": subscriber records, and the number of chats (conversation threads) the account took part in, with the date of the last message in each.")]
    [InlineData("IT IS ORDERED that the Provider shall disclose for the account \"marsh_heron_4\": subscriber records, and the count of private chats (direct message threads) opened during the period.")]
    public void A_content_word_glossing_a_counted_noun_is_metadata(string operative)
    {
        var result = _engine.Triage(OrderHead + operative + "\n\nJudge O. Petrakis-Lund");

        Assert.False(result.Flags.ContentRequested);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Fact]
    public void A_gloss_after_a_list_of_what_is_asked_still_asks_for_content()
    {
        var result = _engine.Triage(OrderHead +
            "IT IS ORDERED that the Provider shall disclose for the account \"marsh_heron_4\": subscriber records and all of his chats (conversation threads) with the complainant.\n\nJudge O. Petrakis-Lund");

        Assert.True(result.Flags.ContentRequested);
    }

    [Theory]
    [InlineData("pt", "Determino o fornecimento dos dados cadastrais e dos registros de acesso do perfil \"serra_azul_vendas\". O conteúdo das comunicações privadas não foi objeto do pedido.")]
    [InlineData("es", "Se ordena la entrega de los datos de registro y las direcciones IP del perfil \"serra_azul_vendas\". El contenido de las comunicaciones no fue objeto de la solicitud.")]
    [InlineData("fr", "Il est requis de communiquer les données d'inscription et les adresses IP du compte « serra_azul_vendas ». Le contenu des messages n'a pas été demandé.")]
    [InlineData("it", "Si dispone la trasmissione dei dati anagrafici e degli indirizzi IP del profilo \"serra_azul_vendas\". Il contenuto delle comunicazioni non è stato richiesto.")]
    [InlineData("de", "Angeordnet wird die Auskunft über Bestandsdaten und IP-Adressen des Kontos \"serra_azul_vendas\". Inhalte der Kommunikation wurden ausdrücklich nicht angefordert.")]
    [InlineData("en", "The order requires subscriber records and IP logs for the account \"serra_azul_vendas\". The contents of communications were not requested.")]
    public void Content_refused_in_the_past_tense_is_not_asked(string language, string body)
    {
        var result = _engine.Triage(body);

        Assert.False(result.Flags.ContentRequested, language);
    }

    [Fact]
    public void Content_asked_in_the_past_tense_is_asked()
    {
        var result = _engine.Triage("Pursuant to the attached search warrant, produce for the account \"serra_azul_vendas\" the contents of communications, which were requested in the affidavit, and subscriber records.");

        Assert.True(result.Flags.ContentRequested);
    }

    [Theory]
    [InlineData("Need for the account \"lonestar_kit_9\":\n- full name and phone\n- last 30 days of messages\n- IP addresses")]
    [InlineData("Necesitamos de la cuenta \"lonestar_kit_9\": el nombre, el teléfono y los mensajes de los últimos 30 días.")]
    [InlineData("Wir benötigen zum Konto \"lonestar_kit_9\" Namen, Telefonnummer und die Nachrichten der letzten 30 Tage.")]
    public void Messages_named_by_the_time_they_cover_are_content(string body)
    {
        var result = _engine.Triage(body);

        Assert.True(result.Flags.ContentRequested);
    }

    [Fact]
    public void The_last_days_of_messages_refused_are_not_asked()
    {
        var result = _engine.Triage("Please provide subscriber records for the account \"lonestar_kit_9\". This request does not cover the last 30 days of messages.");

        Assert.False(result.Flags.ContentRequested);
    }
}
