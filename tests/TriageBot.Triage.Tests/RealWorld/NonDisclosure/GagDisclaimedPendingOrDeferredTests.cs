namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Round 11 (after the blind heldout11): a requester who says it has not sought a gag, a motion to preclude
/// notice still pending beside a line saying nothing forbids notice, and a French thanks for not telling the user
/// beside "no judicial decision" are no gag. A period stated in the sentence that delays notice, or as an EU
/// certificate's deferral ("information différée de trois mois"), is the gag's end; a Brazilian court's "fica vedada
/// ... a comunicação ao usuário" is a gag.</summary>
public class GagDisclaimedPendingOrDeferredTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("We have not sought a non-disclosure order under 18 U.S.C. 2705(b) and have no plans to; your usual notice policy applies.")]
    [InlineData("This office has not requested a nondisclosure order and you may notify the account holder.")]
    public void A_requester_saying_it_has_not_sought_a_gag_raises_none(string sentence)
    {
        var result = _engine.Triage($"""
            Lakeshore Police Department, Investigations Unit
            Re: preservation request under 18 U.S.C. 2703(f), case 26-5512
            Please preserve all records for the account "dockside_hauler_77" for 90 days.
            {sentence}
            Det. R. Alvarez
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code is "NON_DISCLOSURE_ORDER" or "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_motion_to_preclude_notice_still_pending_beside_nothing_forbidding_notice_is_no_gag()
    {
        var result = _engine.Triage("""
            IN THE DISTRICT COURT OF HARLAN COUNTY
            ORDER FOR DISCLOSURE OF STORED RECORDS
            The Court ORDERS the provider to disclose subscriber records for the account "prairie_wrench_5".
            The State's motion to preclude notice is still pending and the Court has not ruled on it; nothing in this
            Order prohibits the provider from notifying its user.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code is "NON_DISCLOSURE_ORDER" or "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_french_thanks_for_not_informing_the_user_without_a_judicial_decision_is_no_gag()
    {
        var result = _engine.Triage("""
            Police nationale – brigade de protection des familles
            Objet : réquisition de données pour le compte « lune_bleue_56 »
            Merci de nous transmettre les données d'identification et les adresses IP de connexion.
            Nous vous remercions de ne pas informer le titulaire du compte ; aucune décision d'un juge n'a été rendue à ce sujet.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code is "NON_DISCLOSURE_ORDER" or "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_period_stated_where_notice_is_delayed_ends_the_gag_that_follows()
    {
        var result = _engine.Triage("""
            SUPERIOR COURT, COUNTY OF ALDER — SEARCH WARRANT No. SW-77120
            YOU ARE COMMANDED to produce the subscriber records and the contents of the messages of "alder_falls_9".
            ORDER DELAYING NOTICE: Notice to the named account holder is delayed for sixty (60) days. The provider
            shall not notify any person of this warrant during that time.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_certificate_deferring_information_by_a_stated_period_ends_the_gag()
    {
        var result = _engine.Triage("""
            ANNEXE I – CERTIFICAT EPOC – Règlement (UE) 2023/1543
            SECTION D : compte « estuaire_rouge_17 »
            SECTION G : Information de la personne concernée :
              ☒ Le destinataire s'abstient d'informer la personne dont les données sont demandées.
                L'autorité d'émission informera elle-même la personne ; information différée de deux (2) mois.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_brazilian_court_forbidding_the_provider_to_tell_the_user_is_a_gag()
    {
        var result = _engine.Triage("""
            PODER JUDICIÁRIO – 3ª VARA CRIMINAL DE SOROCABA
            DECISÃO: DEFIRO o pedido e DETERMINO que o provedor forneça os dados cadastrais do usuário "tiete_sol_88".
            Fica vedada ao provedor a comunicação ao usuário pelo prazo de 60 (sessenta) dias, sob pena de desobediência.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Contains(result.Findings, f => f.Code == "NON_DISCLOSURE_ORDER");
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }
}
