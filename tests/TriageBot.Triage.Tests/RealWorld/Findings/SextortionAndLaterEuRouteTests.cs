namespace TriageBot.Triage.Tests.RealWorld.Findings;

/// <summary>Round 8: sextortion alone is no child-safety matter (adults are its usual victims); it is one when a
/// minor is named beside it. And a foreign police request that offers a European production order only as a
/// possible later step ("l'eventuale trasmissione di un ordine europeo") is a direct request all the same.</summary>
public class SextortionAndLaterEuRouteTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void Sextortion_of_adults_is_no_ncmec_matter()
    {
        var result = _engine.Triage("""
            NEW ZEALAND POLICE - Online Extortion Unit
            Sextortion investigation: a group is blackmailing grown men in Auckland with intimate images.
            We ask, voluntarily, for the subscriber details and login IP addresses of the account "kiwi_coral_lena"
            since 1 October 2026. We do not ask for any content.
            Detective K. Tane-Morris, k.tane-morris@police.govt.nz
            """);

        Assert.False(result.Flags.Ncmec);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NCMEC_MATTER");
    }

    [Fact]
    public void Sextortion_of_a_named_minor_stays_a_child_safety_matter()
    {
        var result = _engine.Triage("""
            Sheriff's Office, Crimes Against Children
            A 14-year-old girl is being sextorted by the account "lakeside_lenny_4"; he demands more images.
            Please provide the subscriber information and IP logs for that account.
            Det. A. Brandt, abrandt@sheriff.example.gov
            """);

        Assert.True(result.Flags.Ncmec);
    }

    [Fact]
    public void An_eu_order_named_only_as_a_possible_later_step_leaves_a_direct_request()
    {
        var result = _engine.Triage("""
            POLIZIA DI STATO - Compartimento Polizia Postale di Milano
            Oggetto: richiesta di informazioni, procedimento penale n. 55120/26 RGNR.

            Si chiede cortesemente di fornire, su base volontaria, i dati anagrafici del titolare del profilo
            "navigli_sconti_web" e gli indirizzi IP di accesso dal 01/09/2026. Non sono richiesti i contenuti.
            Si resta a disposizione per l'eventuale trasmissione di un ordine europeo di produzione.

            Isp. Sup. Marta Colombo-Ferraris, e-mail: marta.colombo@poliziadistato.it
            """);

        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
        Assert.DoesNotContain(result.Findings, f => f.Code == "EU_PRODUCTION_ORDER");
    }
}
