namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Issue 11 round 12: content is asked for as "a copy of the messages" the account sent, or as bare nouns at
/// the head of a list after a verb that asks ("fornire chat, foto, numero di telefono"); where nothing asks for it, a
/// copy of the messages the writer encloses is no request.</summary>
public class ContentAskedAsACopyOrABareListTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_portuguese_lawyer_asking_for_a_copy_of_the_messages_asks_for_content()
    {
        var result = _engine.Triage("""
            Sociedade de Advogados Ramalho & Costa - Porto
            Representamos a sociedade Vinhos do Douro, Lda., em ação cível. Solicitamos os dados de registo da conta
            "douro_vinhos_falso" e cópia das mensagens que essa conta enviou aos nossos clientes.
            """);

        Assert.True(result.Flags.ContentRequested);
        Assert.Contains(result.Findings, f => f.Code == "CIVIL_CONTENT_BARRED");
    }

    [Fact]
    public void Bare_nouns_heading_a_list_after_a_verb_that_asks_are_content()
    {
        var result = _engine.Triage("""
            Oggetto: ordine di esibizione - account "laguna_blu_88"
            Entro 48 ore dovete trasmettere chat, foto, numero di telefono e indirizzo IP di registrazione.
            """);

        Assert.True(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_copy_of_the_messages_the_writer_encloses_is_no_request()
    {
        var result = _engine.Triage("""
            Subject: subscriber records request
            Please provide the subscriber records and login IP addresses for the account "quarry_lane_5".
            The victim showed us the threats; a copy of the messages is kept in our case file.
            """);

        Assert.False(result.Flags.ContentRequested);
    }
}
