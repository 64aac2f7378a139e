using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11, round 12: a request that states a present danger to a person and asks for data now is paged
/// even when "emergency", "exigent" or "urgent" never appear. Facts of a person at risk that are weak alone (nobody
/// knows where they are, a note left, a child who "could be hurt") page together; a life at risk is read in any word
/// order; a writer who says the process would take too long claims an emergency. One weak fact alone, and an offence
/// named only in a unit's title, page no one.</summary>
public class DangerStatedWithoutTheWordPagesTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    // Two weak facts in English: no one knows where he is, and he left a note.
    [InlineData("From: Sgt. Ana Pruitt <apruitt@state.example.gov>\nSubject: Request re user \"ridge_walker_70\"\n\n" +
                "A relative found that the user left a note on his kitchen table at 18:00 and drove off. His family does not know where he is " +
                "and his phone is off. Please send the login IP addresses of the last 12 hours and the phone number on file for \"ridge_walker_70\".\n")]
    // French: a threat aimed at a child and nobody knows where they spend the night.
    [InlineData("Police nationale — Sûreté départementale\n\nObjet : compte « vent_du_nord_31 »\n\nLe père a proféré des menaces contre un " +
                "enfant de six ans qu'il a emmené hier soir ; nous ignorons où ils se trouvent. Merci de nous communiquer les adresses IP de " +
                "connexion et le numéro de téléphone du compte « vent_du_nord_31 ».\n")]
    // German: not found and without her medication.
    [InlineData("Polizeipräsidium Kassel — Kriminaldauerdienst\n\nBetreff: Konto \"fulda_ufer\"\n\nDie Nutzerin hat die Klinik am Abend " +
                "ohne ihre Medikamente verlassen und wurde bisher nicht gefunden. Wir bitten um die IP-Adressen der letzten Anmeldungen " +
                "und die hinterlegte Telefonnummer des Kontos \"fulda_ufer\".\n")]
    public void Weak_facts_of_a_person_at_risk_page_together(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.Emergency);
        Assert.Equal(Priority.P0, result.Priority);
    }

    [Theory]
    [InlineData("Policía Municipal — Unidad de Investigación\n\nLa titular de la cuenta «sierra_alta_5» ha publicado un mensaje " +
                "de despedida y hay una vida en riesgo. Solicitamos la dirección IP de conexión y el teléfono asociado.\n")]
    [InlineData("Polícia Judiciária — Diretoria do Norte\n\nHá um risco real à vida da utilizadora da conta «douro_azul_8». " +
                "Solicitamos os endereços IP e o número de telefone associado.\n")]
    [InlineData("Questura di Trento — Squadra Mobile\n\nLa ragazza ha scritto un messaggio d'addio e la sua vita è a rischio: chiediamo i dati di registrazione " +
                "e gli indirizzi IP dell'account «adige_scuro».\n")]
    public void A_life_at_risk_pages_in_any_word_order(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.Emergency);
        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
    }

    [Fact]
    public void A_free_mail_writer_who_says_the_paperwork_would_take_too_long_is_paged_and_flagged()
    {
        var result = _engine.Triage(
            "From: Det. Kim <det.kim.metro@gmail.com>\nSubject: need info tonight\n\n" +
            "I'm a detective with the Metro Police. A juvenile is in danger and the subpoena will take days. " +
            "Send the phone number, e-mail and location of \"lake_rose_22\" to this address.\n");

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.True(result.Flags.Emergency);
        Assert.True(result.Flags.SuspiciousSender);
        Assert.Contains(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }

    [Fact]
    public void One_weak_fact_alone_does_not_page()
    {
        var result = _engine.Triage(
            "Sheriff's Office — Cold Case Unit\n\nIn a 2015 disappearance the child has not been located. Under the attached " +
            "grand jury subpoena we ask for the subscriber records of the account \"old_mill_road\".\n");

        Assert.False(result.Flags.Emergency);
        Assert.NotEqual(Priority.P0, result.Priority);
    }

    [Theory]
    [InlineData("FISCALÍA PROVINCIAL — Unidad Especializada contra el Secuestro\n\nEn la investigación por extorsión solicitamos " +
                "los datos de registro y las IP de la cuenta «pago_rapido_77» entre marzo y mayo. Se excluye el contenido.\n")]
    [InlineData("Metro Police — Anti-Kidnapping Unit\n\nIn a fraud investigation we ask for the subscriber records of the account " +
                "\"quick_cash_88\" for June under the attached subpoena.\n")]
    public void An_offence_named_in_a_units_title_pages_no_one(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.Emergency);
        Assert.NotEqual(LegalProcessType.Emergency, result.ProcessType);
    }
}
