using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 10: an account named beside the target for who its owner is — the victim, the complainant, the
/// writer — is not a target. The role is read from the words tied to the handle, in the letter's language; a
/// parent is a bystander only when the text says so, and an account named alone stays the one asked about.</summary>
public class BystanderAccountsAreNotTargetsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private static bool Has(TriageResult result, string handle) =>
        result.Fields.Accounts.Any(a => a.Value.TrimStart('@') == handle);

    [Fact]
    public void The_victims_account_in_an_aside_after_the_handle_is_not_a_target()
    {
        var result = _engine.Triage("""
            From: Det. Ana Ruiz <aruiz@pbso.org>
            Subject: Subpoena 26-IS-1180
            Suspect account: "harbour_wolf_22". Victim account: "tidepool_kid_09" (a 14-year-old; not a target).
            Please produce subscriber records and login IPs for "harbour_wolf_22".
            """);

        Assert.True(Has(result, "harbour_wolf_22"));
        Assert.False(Has(result, "tidepool_kid_09"));
    }

    [Fact]
    public void The_account_of_the_victim_in_spanish_is_not_a_target()
    {
        var result = _engine.Triage("""
            Policía de Investigaciones — solicitud directa
            La cuenta «cobrador_norte_77» envió amenazas a un comerciante (cuenta «panaderia_sol_ant», víctima).
            Solicitamos datos de registro e IP de la cuenta «cobrador_norte_77».
            """);

        Assert.True(Has(result, "cobrador_norte_77"));
        Assert.False(Has(result, "panaderia_sol_ant"));
    }

    [Fact]
    public void A_dutch_victim_marked_slachtoffer_on_the_next_line_is_not_a_target()
    {
        var result = _engine.Triage("""
            Politie Rotterdam — verzoek om gebruikersgegevens
            In een onderzoek naar belaging van gebruiker "maas_fietser_88"
            (slachtoffer, geen doelwit) vragen wij de gegevens van gebruiker "haven_schim_010".
            """);

        Assert.True(Has(result, "haven_schim_010"));
        Assert.False(Has(result, "maas_fietser_88"));
    }

    [Fact]
    public void The_writers_own_account_beside_the_harassers_is_not_a_target()
    {
        var result = _engine.Triage("""
            Bonjour, le compte « garonne_nuit_31 » me harcèle depuis un mois (mon compte est « lea_croquis_tls »).
            Comment la police peut-elle obtenir son identité ?
            """);

        Assert.True(Has(result, "garonne_nuit_31"));
        Assert.False(Has(result, "lea_croquis_tls"));
    }

    [Fact]
    public void A_father_who_took_the_child_stays_a_target()
    {
        var result = _engine.Triage("""
            From: Sgt. Omar Diaz <odiaz@phoenix.gov>
            Subject: Emergency disclosure request - child abduction
            Account: "mesa_driver_dad" (father; drove off with the 4-year-old this morning).
            We need the last login IPs and location data now.
            """);

        Assert.True(Has(result, "mesa_driver_dad"));
    }

    [Fact]
    public void The_writers_own_account_named_alone_is_the_account_asked_about()
    {
        var result = _engine.Triage("""
            Sehr geehrte Damen und Herren, ich beantrage Auskunft nach Art. 15 DSGVO über alle zu meinem Konto
            "elbe_laeufer_hh" gespeicherten Daten.
            """);

        Assert.True(Has(result, "elbe_laeufer_hh"));
    }

    [Fact]
    public void A_victims_account_whose_own_data_is_asked_for_is_a_target()
    {
        var result = _engine.Triage("""
            From: Sgt. Omar Diaz <odiaz@utah.gov>
            Subject: Emergency disclosure request
            Requested now:
              - subscriber info and IP logs for "canyon_catfish_x"
              - the victim's account "arches_skater_12": last login IP and time only
            """);

        Assert.True(Has(result, "canyon_catfish_x"));
        Assert.True(Has(result, "arches_skater_12"));
    }

    [Fact]
    public void A_reporting_parents_number_to_reach_her_on_is_not_a_target()
    {
        var result = _engine.Triage("""
            From: Det. Ana Ruiz <aruiz@pbso.org>
            Subject: Subpoena 26-IS-1181
            Target account: "harbour_wolf_22". The victim's mother, who reported it, can be reached at (561) 555-0177.
            """);

        Assert.DoesNotContain(result.Fields.Accounts, a => a.Value == "+15615550177");
    }
}
