namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Round 11: a paper that lists what it compels "with the exception of" the contents, or that asks only for
/// the header fields of messages (listed in brackets before "of messages"), asks for no content, in each language; the
/// CONTENT_REQUIRES_WARRANT blocker is never raised on it. A paper that asks for the messages themselves still does.</summary>
public class ContentExceptedOrOnlyDescribedTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_subpoena_for_all_records_with_the_exception_of_contents_requests_no_content()
    {
        var result = _engine.Triage("""
            GRAND JURY SUBPOENA - Harlan County
            You are commanded to produce every record for the account "creekbed_trader_5", with the exception of the
            contents of any communications: subscriber name, billing, and login IP history since March 2026.
            """);

        Assert.False(result.Flags.ContentRequested);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Fact]
    public void An_order_for_header_fields_listed_in_brackets_of_messages_sent_requests_no_content()
    {
        var result = _engine.Triage("""
            ORDER PURSUANT TO 18 U.S.C. 2703(d)
            IT IS ORDERED that the provider disclose for the account "lakeshore_owl_3": login IP addresses and the
            header information (sender, recipient, time) of messages sent between June 1 and July 30, 2026.
            """);

        Assert.False(result.Flags.ContentRequested);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Theory]
    [InlineData("Nous requérons toutes les données du compte « quai_rive_gauche », à l'exception du contenu des messages.")]
    [InlineData("Se solicitan todos los datos de la cuenta «sierra_cambio_3», con excepción del contenido de las comunicaciones.")]
    [InlineData("Angefordert werden alle Daten des Kontos \"elbufer_tausch\" mit Ausnahme der Inhalte der Kommunikation.")]
    [InlineData("Si richiedono tutti i dati dell'account «darsena_baratto», ad eccezione del contenuto dei messaggi.")]
    [InlineData("Solicitam-se todos os dados da conta «ribeira_troca_9», com exceção do conteúdo das mensagens.")]
    public void An_exception_for_contents_in_other_languages_requests_no_content(string line)
    {
        var result = _engine.Triage("Autorité requérante — demande de données\n" + line + "\n");

        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_subpoena_that_asks_for_the_messages_themselves_still_requests_content()
    {
        var result = _engine.Triage("""
            GRAND JURY SUBPOENA - Harlan County
            You are commanded to produce subscriber records for "creekbed_trader_5" and the contents of all messages the
            account sent in May 2026.
            """);

        Assert.True(result.Flags.ContentRequested);
        Assert.Contains(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }
}

/// <summary>Round 11: a question about figures that names contents as what is counted ("In wie vielen Fällen wurden
/// Inhaltsdaten herausgegeben?") asks for no content, in each language; a request for the messages still does.</summary>
public class ContentCountedInAQuestionTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("- In wie vielen Fällen wurden Inhaltsdaten herausgegeben?")]
    [InlineData("- How many of those requests sought the contents of messages?")]
    [InlineData("- Dans combien de cas avez-vous transmis le contenu des messages ?")]
    [InlineData("- ¿En cuántos casos entregaron el contenido de las comunicaciones?")]
    [InlineData("- In hoeveel gevallen is de inhoud van berichten verstrekt?")]
    public void Contents_counted_in_a_question_about_figures_are_not_requested(string question)
    {
        var result = _engine.Triage($"""
            Subject: questions for an article on authorities' data requests
            For an article I would like to ask:
            - How many requests from authorities did you receive in 2026?
            {question}
            I do not ask for any user's personal data.
            """);

        Assert.False(result.Flags.ContentRequested);
    }
}
