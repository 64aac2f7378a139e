using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11 round 16: a follow-up that says the emergency is over ("no longer an emergency" in its own words,
/// or "found safe" with the date and place between) and asks anew (a subpoena attached, a foreign force's plain
/// request or preservation) is that new request: no page, not a withdrawal. A thank-you that asks nothing stays other,
/// and a danger that goes on still pages.</summary>
public class FollowUpAfterAResolvedEmergencyTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Betreff: Ihre Notfall-Auskunft - Abschlussmitteilung und weiteres Ersuchen\n\nLandespolizeidirektion Salzburg. Die abgängige Jugendliche wurde am 3. Dezember 2026 in Linz wohlbehalten aufgefunden. Eine Gefahrensituation besteht nicht mehr. Im Ermittlungsverfahren gegen den Nutzer «salzach_typ» ersuchen wir um Übermittlung der Registrierungsdaten.\n")]
    [InlineData("Betreft: uw noodverstrekking - afsluiting en vervolgverzoek\n\nPolitie Antwerpen. Het vermiste meisje van 14 jaar is op 2 december ongedeerd teruggevonden. Er is geen sprake meer van een noodsituatie. Wij verzoeken u om de IP-adressen van het account \"schelde_oom\".\n")]
    [InlineData("Oggetto: seguito richiesta urgente - minore ritrovata\n\nCarabinieri di Padova. La minore scomparsa è stata ritrovata sana e salva. L'emergenza è cessata. Si chiede di conservare i dati dell'account «euganei_amico».\n")]
    [InlineData("Assunto: Pedido urgente - SITUAÇÃO RESOLVIDA / novo pedido\n\nGNR Braga. O idoso desaparecido foi encontrado com vida. O Ministério Público abriu inquérito por burla. Vimos assim solicitar os dados de registo do perfil \"minho_amigo\".\n")]
    public void A_foreign_follow_up_that_asks_anew_is_a_direct_foreign_request_not_a_page(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.Emergency);
        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.NotEmpty(result.Fields.Accounts);
    }

    [Fact]
    public void A_subpoena_sent_after_the_child_was_located_safe_is_the_subpoena()
    {
        var result = _engine.Triage("Thank you for your help with our emergency disclosure request. The child was located safe and returned to her mother. Attached is a District Attorney investigative subpoena for the account \"desert_uncle_x\": subscriber records and login IPs. Return date December 16, 2026.\n\nDet. Kay Lin, Missing Persons Detail");

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
        Assert.False(result.Flags.Emergency);
    }

    [Fact]
    public void A_thank_you_after_the_person_was_found_asks_nothing()
    {
        var result = _engine.Triage("Re: our emergency request of Nov 27\n\nThe missing man was located safe this morning. Thank you for your help.\n\nSgt. Bo Reed, Springfield Police Department");

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.Emergency);
    }
}

/// <summary>Issue 11 round 16: "found" said with a negation ("non è rientrato a casa", "has not been found") ends no
/// emergency: the request still pages.</summary>
public class PersonNotFoundStillPagesTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("RICHIESTA URGENTE – PERICOLO PER LA VITA\n\nQuestura di Verona. Un ragazzo di 16 anni ha scritto che stanotte si toglierà la vita. Il ragazzo non è rientrato a casa. Si chiede con la massima urgenza, per il profilo «adige_notte», l'ultimo IP e la posizione.\n")]
    [InlineData("EMERGENCY DISCLOSURE REQUEST\n\nA 15-year-old girl posted that she will kill herself tonight. She has not been found safe and is still missing. We request the last login IP of \"river_quiet_15\".\n\nSgt. Ana Ruiz, Springfield Police Department")]
    public void A_person_not_found_keeps_the_emergency(string text)
    {
        Assert.True(_engine.Triage(text).Flags.Emergency);
    }
}
