using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11 round 17: a foreign prosecutor's request about a kidnapping whose victim "fue liberada" paged as an
/// emergency: the victim named with the offence ("la víctima del secuestro", "the kidnapping victim") hid the words that
/// say she was freed. A victim freed since is the case's history; a victim not yet freed still pages.</summary>
public class FreedKidnappingVictimIsHistoryTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private static string Request(string history) => $"""
        From: Fiscal M. Ortega <m.ortega@fiscalia.example.gov>
        Subject: Request for subscriber records - extortion case 2026/7781

        The Public Prosecutor's Office investigates the members of a criminal organisation. {history}
        We request the subscriber information and the login IP addresses of the account "cantina_del_puerto_9" used to
        negotiate the ransom, from 1 September to 20 November 2026.
        Fiscal M. Ortega
        """;

    [Theory]
    [InlineData("en", "The kidnapping victim was released on 19 November 2026; the investigation continues.")]
    [InlineData("en", "The victim of the kidnapping has been freed; the investigation continues.")]
    [InlineData("es", "La víctima del secuestro fue liberada el 19 de noviembre; la investigación continúa.")]
    [InlineData("es", "La cuenta se usó con una víctima de secuestro ya liberada.")]
    [InlineData("pt", "A vítima do sequestro foi libertada em 19 de novembro; a investigação continua.")]
    [InlineData("it", "La vittima del sequestro è stata liberata il 19 novembre; le indagini proseguono.")]
    [InlineData("fr", "La victime de l'enlèvement a été libérée le 19 novembre ; l'enquête se poursuit.")]
    [InlineData("de", "Das Entführungsopfer wurde am 19. November freigelassen; die Ermittlungen dauern an.")]
    [InlineData("nl", "Het slachtoffer van de ontvoering is op 19 november vrijgelaten; het onderzoek loopt.")]
    public void A_kidnapping_whose_victim_was_freed_does_not_page(string language, string history)
    {
        var result = _engine.Triage(Request(history));

        Assert.False(result.Flags.Emergency, language);
        Assert.NotEqual(LegalProcessType.Emergency, result.ProcessType);
    }

    [Theory]
    [InlineData("en", "The kidnapping victim has not been released and the kidnappers set a deadline of tonight.")]
    [InlineData("es", "La víctima del secuestro no ha sido liberada y los captores amenazan con matarla esta noche.")]
    public void A_kidnapping_victim_not_yet_freed_still_pages(string language, string history)
    {
        var result = _engine.Triage(Request(history));

        Assert.True(result.Flags.Emergency, language);
    }
}
