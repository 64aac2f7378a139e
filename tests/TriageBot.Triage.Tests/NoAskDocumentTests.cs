using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

/// <summary>Round 19: papers that ask the provider for nothing (an invitation, a bulletin, an order that ends an
/// earlier one) name emergencies, NCMEC, gags and warrants as topics; they page no one and raise no flags.</summary>
public class NoAskDocumentTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_conference_invitation_that_mentions_emergencies_pages_no_one()
    {
        var result = _engine.Triage("""
            Subject: Invitation to the 2027 Digital Evidence Summit
            The State Prosecutors College invites your team to its Digital Evidence Summit, May 4-5, 2027, Denver.
            Agenda:
             - Exigent requests when a child faces imminent danger of death
             - CyberTipline reports from NCMEC and the warrants that follow
             - 2705(b) non-disclosure orders with a fixed end date
            We would welcome a speaker from your legal team. Please RSVP by March 1, 2027.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.Equal(Priority.P3, result.Priority);
        Assert.False(result.Flags.Emergency);
        Assert.False(result.Flags.Ncmec);
        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_German_training_bulletin_that_says_it_is_no_request_raises_no_flags()
    {
        var result = _engine.Triage("""
            Rundbrief Fortbildung 3/2027
            Inhalte: Eilersuchen bei Lebensgefahr eines Kindes, Hinweise des NCMEC, Europäische Herausgabeanordnungen,
            Geheimhaltung gegenüber dem Nutzer und die Herausgabe von Inhaltsdaten.
            Dieses Schreiben ist kein Auskunftsersuchen.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.Emergency);
        Assert.False(result.Flags.Ncmec);
        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_Spanish_seminar_invitation_with_a_programme_is_other()
    {
        var result = _engine.Triage("""
            Invitación al Seminario sobre prueba digital, Sevilla, 12 de abril de 2027
            Programa:
            - Solicitudes urgentes cuando hay riesgo para la vida de una persona
            - Avisos del NCMEC y protección de menores
            Agradeceríamos que un ponente de su equipo participara en la mesa redonda.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.Emergency);
    }

    [Fact]
    public void A_real_emergency_that_names_a_conference_still_pages()
    {
        var result = _engine.Triage("""
            EMERGENCY DISCLOSURE REQUEST - 18 U.S.C. 2702(b)(8)
            A user posted that he will shoot attendees of the tech conference tomorrow morning. There is an imminent
            danger of death or serious physical injury. Please provide subscriber information and recent IP logs for
            the account @quiet_storm_44 immediately.
            Det. Lena Ortiz, Denver Police Department, lortiz@denvergov.org
            """);

        Assert.True(result.Flags.Emergency);
        Assert.Equal(Priority.P0, result.Priority);
    }

    [Fact]
    public void An_order_vacating_an_earlier_production_order_asks_for_nothing()
    {
        var result = _engine.Triage("""
            UNITED STATES DISTRICT COURT, DISTRICT OF IDAHO
            ORDER VACATING PRIOR 2703(d) ORDER
            The Court's order of August 3, 2026 directing Provider to disclose records of the account "sawtooth_rider"
            and the accompanying order under 18 U.S.C. 2705(b) are hereby VACATED. Provider need not produce anything.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.Empty(result.Fields.Accounts);
    }

    [Fact]
    public void A_Portuguese_decision_revoking_an_earlier_order_is_not_international_process()
    {
        var result = _engine.Triage("""
            PODER JUDICIÁRIO - Vara Criminal de Curitiba
            DECISÃO
            REVOGO a decisão anterior que determinara ao provedor o fornecimento dos dados do perfil "pinhao_azul",
            bem como o sigilo da medida.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void An_order_that_vacates_and_commands_anew_still_serves_process()
    {
        var result = _engine.Triage("""
            UNITED STATES DISTRICT COURT, DISTRICT OF IDAHO
            The Court's order of August 3, 2026 is hereby VACATED and replaced by this order.
            Pursuant to 18 U.S.C. 2703(d), Provider shall produce subscriber records and IP logs for the account
            "sawtooth_rider" from June 1 to July 31, 2026.
            """);

        Assert.NotEqual(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void A_letter_that_vacates_an_old_order_and_serves_a_new_one_serves_the_new_one()
    {
        var result = _engine.Triage("""
            Subject: new 2703(d) order; the earlier 2703(d) order of May 4 is vacated
            First, the 2703(d) order of May 4, 2026 (2:26-mj-01180) is vacated on the government's motion.
            Second, enclosed is a new order under 18 U.S.C. 2703(d) for the account "owens_lake_trader": subscriber
            records and IP logs from 05/01/2026 to 11/30/2026. Production is due 10 days after service.
            AUSA Ines Walcott-Ruiz, ines.walcott-ruiz@usdoj.gov
            """);

        Assert.Equal(LegalProcessType.CourtOrder, result.ProcessType);
    }

    [Fact]
    public void A_withdrawn_warrant_quoting_its_gag_binds_no_one()
    {
        var result = _engine.Triage("""
            Counsel, the government withdraws the search warrant below; please produce nothing.

            -----Original Message-----
            Subject: Search Warrant 2:26-mj-0411
            SEARCH WARRANT: produce the contents of messages of "pale_heron_7". A 2705(b) order is attached: 180 days.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void NCMEC_named_as_a_comparison_where_no_minor_is_involved_is_no_child_safety_case()
    {
        var result = _engine.Triage("""
            Politie Eenheid Utrecht
            Wij onderzoeken bedreiging van een volwassen man. Net als bij NCMEC-meldingen vragen wij u snel te
            antwoorden: abonneegegevens van het account "dom_toren_x". Er is geen sprake van minderjarigen.
            """);

        Assert.False(result.Flags.Ncmec);
    }
}
