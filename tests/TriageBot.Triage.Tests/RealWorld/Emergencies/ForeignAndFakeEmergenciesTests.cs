using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Error class 3: an emergency from a foreign force is an emergency (nonUs), even when it announces the
/// formal mutual-assistance paper that will follow; and a request that claims a life at risk pages even when the
/// sender cannot prove who it is (flagged, to be verified by telephone).</summary>
public class ForeignAndFakeEmergenciesTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("de", "Ein förmliches Rechtshilfeersuchen wird über das Bundesamt für Justiz nachgereicht.")]
    [InlineData("fr", "Une commission rogatoire internationale sera transmise ultérieurement par la voie diplomatique.")]
    [InlineData("es", "La comisión rogatoria será remitida posteriormente por la vía oficial.")]
    [InlineData("it", "La rogatoria formale sarà trasmessa successivamente tramite il Ministero.")]
    [InlineData("nl", "Een formeel rechtshulpverzoek (MLA request) wordt later nagestuurd.")]
    [InlineData("en", "A formal MLAT request will follow through the Central Authority.")]
    public void A_foreign_emergency_that_announces_the_formal_request_to_follow_is_an_emergency(string language, string announcement)
    {
        var result = _engine.Triage($"""
            From: Dispatch <einsatz@police.example-force.ch>
            Subject: Notfall / urgence / emergencia

            The account @ashen_wren announced a rampage at the vocational school in Thun for this morning's break.
            {announcement}
            Please provide the subscriber details and login IP addresses now.
            Kantonspolizei Bern, Einsatzzentrale, Schweiz
            """);

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.True(result.Flags.Emergency, language);
        Assert.True(result.Flags.NonUs);
        Assert.Equal(Priority.P0, result.Priority);
        Assert.DoesNotContain(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void A_formal_letter_of_request_itself_stays_international_even_when_it_names_a_past_threat()
    {
        var result = _engine.Triage("""
            From: Federal Office of Justice <rechtshilfe@bj.admin.ch>
            Subject: Rechtshilfeersuchen in Strafsachen

            Gestützt auf den Rechtshilfevertrag richten wir dieses Rechtshilfeersuchen an die zuständige Behörde.
            Das Verfahren betrifft eine Todesdrohung vom März 2025 gegen einen Gemeinderat.
            Wir ersuchen um Herausgabe der Bestandsdaten des Kontos @lindenhof_raven.
            """);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
    }

    [Theory]
    [InlineData("gmail.com", "CHILD IN DANGER. Exigent: a 9-year-old girl is in danger, the suspect uses @rowan_pixie.")]
    [InlineData("yahoo.com", "Urgent - life is in danger. The boy is in immediate danger from the man behind @rowan_pixie.")]
    [InlineData("proton.me", "EXIGENT - a minor is in serious danger and we need everything on @rowan_pixie now.")]
    public void A_claimed_life_at_risk_from_free_mail_pages_and_is_flagged_unverified(string domain, string body)
    {
        var result = _engine.Triage($"""
            From: Chicago PD Special Victims <cpd.svu.unit7@{domain}>
            Subject: EXIGENT REQUEST

            {body}
            Reply only to this address, our department server is down.
            Det. R. Kowalczyk, Chicago Police Department
            """);

        Assert.True(result.Flags.Emergency);
        Assert.Equal(Priority.P0, result.Priority);
        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.True(result.Flags.SuspiciousSender);
        Assert.Contains(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
        Assert.False(result.Flags.NonUs);
    }
}
