namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Issue 11 class 7 (precision): a gag that was only applied for, was refused, has been lifted or has run
/// out forbids nothing now, in each language read; nor does a secrecy word given as the reason a paper is withheld,
/// a box left unticked, or a heading that announces the gag's end.</summary>
public class GagNotInForceInEveryLanguageTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    // Applied for, not granted.
    [InlineData("Wir haben beim Amtsgericht beantragt, die Benachrichtigung der Kontoinhaberin zurückzustellen; entschieden ist darüber noch nicht.\nBitte übermitteln Sie die Bestandsdaten des Kontos „elbe_nord_7“.")]
    [InlineData("Le parquet a sollicité du juge une interdiction d'informer le titulaire ; elle n'est pas encore rendue.\nMerci de transmettre les données d'abonné du compte « quai_sud_4 ».")]
    [InlineData("The State has filed a motion for an order under 18 U.S.C. 2705(b); the court has not ruled on it.\nProduce subscriber records for the account \"harbor_mint_9\".")]
    // Refused.
    [InlineData("Il giudice rigetta la richiesta di imporre al gestore l'obbligo di non informare l'utente.\nSi trasmettano i dati anagrafici dell'account «arno_ponte_3».")]
    [InlineData("El juzgado deniega la solicitud; no existe obligación de no informar al usuario.\nFacilite los datos de registro de la cuenta «ria_baja_8».")]
    // Lifted or run out.
    [InlineData("Die mit Beschluss vom 2. Februar 2026 angeordnete Geheimhaltung ist aufgehoben. Sie dürfen die Nutzerin nunmehr unterrichten.\nKonto: „elbe_nord_7“")]
    [InlineData("L'interdiction d'informer l'utilisateur prononcée en mars a été levée. Vous pouvez informer le titulaire du compte « quai_sud_4 ».")]
    [InlineData("Il divieto di informare l'utente disposto a maggio è stato revocato. Potete informare il titolare dell'account «arno_ponte_3».")]
    [InlineData("Informamos que a proibição de informar o utilizador deixou de vigorar. Podem informar o titular da conta «douro_cais_2».")]
    [InlineData("Het verbod om de gebruiker te informeren is per 1 december opgeheven. U mag de gebruiker van account \"gracht_oost_5\" nu informeren.")]
    [InlineData("In May a court ordered you not to disclose the existence of the warrant for the account \"harbor_mint_9\" for 180 days. It was extended once in October. That extension expired on 28 November and was not renewed.")]
    public void A_gag_applied_for_refused_lifted_or_run_out_is_no_gag(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Theory]
    [InlineData("Der Beschluss liegt vor, wird aber aus Geheimhaltungsgründen nicht übersandt.\nBitte übermitteln Sie die Bestandsdaten des Kontos „elbe_nord_7“.")]
    [InlineData("Il decreto non viene allegato per motivi di riservatezza.\nSi trasmettano i dati anagrafici dell'account «arno_ponte_3».")]
    public void Secrecy_given_as_the_reason_a_paper_is_withheld_is_no_gag(string text)
    {
        Assert.False(_engine.Triage(text).Flags.NonDisclosureOrder);
    }

    [Theory]
    [InlineData("ABSCHNITT G: Unterrichtung der Person\n  ☐ Die Anordnungsbehörde ersucht, die Person nicht zu unterrichten.\nABSCHNITT H: Bestandsdaten des Kontos „elbe_nord_7“.")]
    [InlineData("AFDELING G: Informeren van de betrokkene\n  verzoek om de betrokkene niet te informeren – niet aangevinkt\nAFDELING H: abonneegegevens van account \"gracht_oost_5\".")]
    public void An_unticked_box_asking_not_to_inform_is_no_gag(string text)
    {
        Assert.False(_engine.Triage(text).Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_heading_announcing_the_end_of_the_gag_is_no_gag()
    {
        var result = _engine.Triage("Betreft: Einde geheimhoudingsplicht\n\nDe termijn van het bevel voor account \"gracht_oost_5\" is verstreken en wordt niet verlengd.");

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_request_not_to_notify_that_says_no_court_ordered_it_is_a_wish()
    {
        var result = _engine.Triage("ADMINISTRATIVE SUBPOENA. Produce subscriber records for \"harbor_mint_9\".\nYou are requested not to disclose the existence of this subpoena; no court has ordered nondisclosure.");

        Assert.False(result.Flags.NonDisclosureOrder);
    }
}
