using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11 round 17: a police circular announcing new contact channels paged because one line read "Eilfälle
/// bei Gefahr für Leib oder Leben: +49 ...". A condition before the danger's words and a number or address after them on
/// the same line route such cases; they do not say one exists. A request that states a danger still pages beside such a
/// line.</summary>
public class ContactLineRoutingDangerCasesTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private static string Circular(string route) => $"""
        From: Cybercrime Desk <desk@police.example.gov>
        Subject: New contact details from 1 January 2027

        Dear colleagues, please update your contact lists:
          - General requests (subscriber data, preservation): desk@police.example.gov
          - {route}
        This letter makes no request and concerns no case or account.
        Cybercrime Desk
        """;

    [Theory]
    [InlineData("de", "Eilfälle bei Gefahr für Leib oder Leben (24/7 über die Lagezentrale): +49 511 555 0100")]
    [InlineData("en", "In case of a threat to life, call the 24/7 duty officer: +1 555 010 2200")]
    [InlineData("fr", "En cas de danger de mort, joindre la permanence : +33 1 55 50 10 00")]
    [InlineData("es", "En caso de peligro para la vida, llame a la guardia: +34 915 550 100")]
    [InlineData("pt", "Em caso de perigo de vida, contacte o piquete: +351 21 555 0100")]
    [InlineData("it", "In caso di pericolo di vita, contattare la sala operativa: +39 06 5550 0100")]
    [InlineData("nl", "Bij levensgevaar: bel de meldkamer op +31 30 555 0100")]
    public void A_contact_line_routing_danger_cases_does_not_page(string language, string route)
    {
        var result = _engine.Triage(Circular(route));

        Assert.False(result.Flags.Emergency, language);
        Assert.NotEqual(LegalProcessType.Emergency, result.ProcessType);
    }

    [Fact]
    public void A_stated_danger_beside_such_a_line_still_pages()
    {
        var result = _engine.Triage("""
            From: Sgt. P. Okafor <p.okafor@police.example.gov>
            Subject: EMERGENCY - girl in danger tonight

            A 14-year-old girl is in danger: she left a suicide note and is live on your service as "moonlit_pier_14".
            Please send the phone number and the last login IP addresses now.
            In case of a threat to life, call the 24/7 duty officer: +1 555 010 2200
            Sgt. P. Okafor
            """);

        Assert.True(result.Flags.Emergency);
        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
    }
}
