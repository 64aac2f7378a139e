namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Issue 11 round 14: an amended order that vacates its gag tells the gag's history in the past ("On May 3
/// this Court ordered ... not to notify") and binds no longer; a French order's gag "pendant une période d'un (1) an"
/// states its end; a Brazilian decision that charges the provider ("Fica a empresa proibida de dar ciência ao
/// usuário") imposes a gag.</summary>
public class GagVacatedEndedOrChargedTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_gag_told_as_history_and_vacated_now_does_not_bind()
    {
        var result = _engine.Triage("""
            IN THE DISTRICT COURT OF TULSA COUNTY - ORDER PURSUANT TO 18 U.S.C. 2703(d)
            AMENDED ORDER
            On May 3, 2026 this Court ordered [Provider] to disclose non-content records for the account "osage_loop" and, under 18 U.S.C. 2705(b), not to notify the subscriber for 180 days.
            The Court now ORDERS: the non-disclosure provision of the May 3 Order is VACATED. [Provider] may notify its user.
            [Provider] shall also disclose login IP addresses for June 2026 within ten days.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code is "NON_DISCLOSURE_ORDER" or "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_french_gag_for_a_period_of_one_year_states_its_end()
    {
        var result = _engine.Triage("""
            COUR DU QUÉBEC - ORDONNANCE DE COMMUNICATION (art. 487.014 C.cr.)
            ORDONNE à [Fournisseur] de communiquer, dans les 30 jours, les renseignements d'abonné du compte « lac_beauport_9 ».
            ORDONNE en outre que [Fournisseur] ne divulgue pas l'existence de la présente ordonnance pendant une période d'un (1) an à compter de ce jour.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_brazilian_decision_charging_the_provider_not_to_tell_the_user_is_a_gag()
    {
        var result = _engine.Triage("""
            Ofício nº 77/2026 - 3ª Vara Criminal de Sorocaba
            Encaminho cópia da decisão que determinou o fornecimento dos dados cadastrais da conta "sorocaba_ipe".
            Fica a empresa proibida de dar ciência ao usuário investigado, pelo prazo de 90 (noventa) dias.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }
}
