namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Issue 11 class 7 (recall): an order to abstain from "bringing to the user's knowledge" binds, and in an
/// EU production order certificate the issuing authority's request not to inform binds until the date it gives.</summary>
public class AbstainAndCertificateRequestTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_chilean_order_to_abstain_from_bringing_it_to_the_users_knowledge_is_a_gag()
    {
        var result = _engine.Triage("""
            JUZGADO DE GARANTÍA DE VALPARAÍSO - RIT 4471-2026
            Se ordena a la empresa informar los datos de registro y las direcciones IP de la cuenta «cerro_alegre_fotos».
            La empresa deberá abstenerse de poner en conocimiento del titular la presente resolución mientras dure la investigación.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_french_epoc_asking_not_to_inform_the_user_until_a_date_binds_until_that_date()
    {
        var result = _engine.Triage("""
            CERTIFICAT D'INJONCTION EUROPÉENNE DE PRODUCTION (EPOC) - Règlement (UE) 2023/1543, annexe I
            Autorité d'émission : Parquet de Lyon. Compte : « traboule_velo ». Catégories : abonnés, trafic.
            Section G - Information de l'utilisateur : il est demandé de ne pas informer l'utilisateur jusqu'au 30/06/2027.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Equal(new DateOnly(2027, 6, 30), result.Fields.NonDisclosureUntil);
    }

    [Fact]
    public void A_police_wish_not_to_inform_outside_any_certificate_or_order_stays_a_wish()
    {
        var result = _engine.Triage("""
            Lyon Metropolitan Police liaison desk - request for subscriber information on the account "traboule_velo".
            Please do not notify the subscriber for now. No court order has been issued on this point.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }
}
