namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Round 10: the confidentiality section of an EU certificate or a Spanish order binds however it is
/// worded ("NO se informará al afectado", "demande au destinataire de ne pas informer ... afin de ne pas
/// compromettre l'enquête" — "l'enquête" is the investigation, not a survey), and an order the sentence says is in
/// force binds even when a courtesy ("merci de ne pas aviser") follows it.</summary>
public class ConfidentialitySectionsOfForeignOrdersTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_french_certificate_asking_not_to_inform_so_as_not_to_harm_the_investigation_is_a_gag()
    {
        var result = _engine.Triage("""
            CERTIFICAT D'INJONCTION EUROPÉENNE DE PRODUCTION (EPOC) — règlement (UE) 2023/1543
            Compte visé : « quai_des_ombres ». Données : abonnés, trafic.
            SECTION F : [X] L'autorité d'émission demande au destinataire de ne pas informer la personne
            concernée pendant deux mois, afin de ne pas compromettre l'enquête.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_spanish_certificate_saying_the_person_will_not_be_informed_while_the_case_is_secret_is_a_gag()
    {
        var result = _engine.Triage("""
            CERTIFICADO DE ORDEN EUROPEA DE ENTREGA (EPOC) — Reglamento (UE) 2023/1543
            Cuenta «triana_cambio_btc»: [X] abonados [X] tráfico.
            F. Información al afectado: NO se informará al afectado durante dos meses, plazo del secreto de las actuaciones.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_non_disclosure_order_said_to_remain_in_force_binds_despite_a_courteous_plea()
    {
        var result = _engine.Triage("""
            De : Me Julie Tremblay <julie.tremblay@dpcp.gouv.qc.ca>
            Objet : Ordonnance de communication — documents reçus
            Les documents visant le compte « saguenay_brocante » sont complets. L'ordonnance de non-communication
            rendue le même jour reste en vigueur jusqu'au 30 juin 2027 : merci de ne pas aviser l'usager d'ici là.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_plea_that_says_it_is_not_a_non_disclosure_order_is_none()
    {
        var result = _engine.Triage("""
            Ministère public du canton de Vaud — demande de conservation
            Nous vous demandons de conserver les données du compte « leman_vitrine » pendant 90 jours.
            Nous vous prions de ne pas informer le titulaire ; il ne s'agit toutefois pas d'une ordonnance de
            non-divulgation d'un tribunal américain.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }
}
