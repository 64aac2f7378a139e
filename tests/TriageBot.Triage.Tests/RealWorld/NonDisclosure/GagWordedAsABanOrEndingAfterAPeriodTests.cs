using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Issue 11 round 12: a court bans informing the user with a noun ("vedada a comunicação ao usuário", "queda
/// prohibida la comunicación al usuario") and may leave it open ("até ulterior deliberação"): a gag without an end. A
/// ban that names its addressee before the verb ("interdit à Exemple, Inc. de divulguer l'existence ... pendant 90 jours", the company's abbreviation included)
/// and an EU order whose authority will inform the person "after" a period ("na afloop van drie maanden") set an end.
/// A lawyer's own plea in the first person ("La prego di non avvisare il titolare") is no order.</summary>
public class GagWordedAsABanOrEndingAfterAPeriodTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_brazilian_decision_banning_communication_to_the_user_until_further_decision_is_a_gag_without_end()
    {
        var result = _engine.Triage("""
            PODER JUDICIÁRIO - TRIBUNAL DE JUSTIÇA DO ESTADO DE SÃO PAULO
            2ª Vara Criminal de Campinas - Processo nº 0004471-12.2026.8.26.0114
            DECISÃO. Defiro a quebra de sigilo de dados cadastrais e registros de acesso da conta "jardim_aurora_22".
            Decreto o sigilo desta medida, vedada a comunicação ao titular da conta até nova deliberação deste Juízo.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Contains(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_french_ban_naming_the_provider_before_the_verb_sets_its_own_end()
    {
        var result = _engine.Triage("""
            ORDONNANCE DE COMMUNICATION (art. 487.014 C.cr.)
            Un juge de la Cour du Québec a ordonné à la société de communiquer, dans les 30 jours, les renseignements
            d'abonné du compte « lac_brome_42 ».
            Il est également interdit à Exemple, Inc. de divulguer l'existence de l'ordonnance pendant une période de 90 jours.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_dutch_epoc_whose_authority_informs_the_person_after_a_period_sets_an_end()
    {
        var result = _engine.Triage("""
            EUROPEES VERSTREKKINGSBEVEL (EPOC) - Openbaar Ministerie, Arrondissementsparket Den Haag
            A. Gegevens: abonneegegevens en IP-adressen van het account "duinrand_fietser".
            C. Informatie aan de gebruiker: [X] De persoon mag niet worden geïnformeerd. De uitvaardigende autoriteit
            informeert de betrokkene na afloop van drie maanden.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void An_italian_lawyers_plea_in_the_first_person_not_to_alert_the_holder_is_no_gag()
    {
        var result = _engine.Triage("""
            Studio Legale Ferraresi - Avv. Giulia Ferraresi, Bologna
            Spettabile Provider, per conto di un nostro cliente chiedo i dati anagrafici del titolare dell'account
            "portico_rosso". La prego di non avvisare il titolare: potremmo agire in via cautelare.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_ORDER");
    }
}
