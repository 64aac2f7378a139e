using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld;

/// <summary>Error class 4: Portuguese, Italian and Dutch cues for type, non-disclosure and content; the language read.</summary>
public class LanguageTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_Brazilian_court_order_is_read_in_Portuguese()
    {
        var result = _engine.Triage("""
            From: Cartório 3ª Vara Criminal <3vcrim@tjsp.jus.br>
            Subject: Ofício 2026/4471 - Mandado judicial

            PODER JUDICIÁRIO - TRIBUNAL DE JUSTIÇA DO ESTADO DE SÃO PAULO
            Nos termos do Marco Civil da Internet (Lei nº 12.965/2014), determino que a empresa forneça os registros de
            acesso e o conteúdo das mensagens do usuário @tucano99, mantendo sigilo absoluto, sem informar o usuário.
            """);

        Assert.Equal("pt", result.Language);
        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.True(result.Flags.ContentRequested);
        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.False(result.Flags.SuspiciousSender);
        Assert.Equal("Brazil", result.Fields.Country);
    }

    [Fact]
    public void An_Italian_decree_is_read_in_Italian()
    {
        var result = _engine.Triage("""
            PROCURA DELLA REPUBBLICA presso il Tribunale di Torino
            Decreto di acquisizione ai sensi dell'art. 254-bis c.p.p. Si dispone l'acquisizione del contenuto dei
            messaggi dell'utente @gufo_reale e dei dati di accesso. Il destinatario non deve informare l'utente per sei mesi.
            """);

        Assert.Equal("it", result.Language);
        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.True(result.Flags.ContentRequested);
        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_Dutch_order_is_read_in_Dutch()
    {
        var result = _engine.Triage("""
            Openbaar Ministerie - Arrondissementsparket Rotterdam
            Vordering tot verstrekking van gegevens (art. 126nd Wetboek van Strafvordering) van de gebruiker @zeemeeuw.
            Wij vragen de inhoud van de berichten en de IP-adressen. U dient de gebruiker niet te informeren over deze vordering.
            """);

        Assert.Equal("nl", result.Language);
        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.True(result.Flags.ContentRequested);
        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void The_language_read_is_in_the_JSON()
    {
        var result = _engine.Triage("Openbaar Ministerie: wij vragen de gegevens van de gebruiker voor het onderzoek naar deze zaak bij de politie, dit is een verzoek van het parket.");
        var json = System.Text.Json.JsonSerializer.Serialize(Serialization.TriageJson.ToJson("x.txt", result), Serialization.TriageJson.Options);

        Assert.Contains("\"language\": \"nl\"", json);
    }
}
