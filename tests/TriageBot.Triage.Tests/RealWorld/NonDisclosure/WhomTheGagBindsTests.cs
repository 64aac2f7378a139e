namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Issue 11 class 7: a gag binds the party the order is addressed to. A prosecutor's note that a warrant
/// and its 2705(b) order went to another company, and nothing to us, forbids us nothing; a gag with an
/// early-revocation proviso ("salvo revoca anticipata", "unless the court vacates it sooner") is in force until
/// then; a gag with no stated end is still a gag (do not notify) as well as a matter for counsel.</summary>
public class WhomTheGagBindsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_gag_as_to_another_company_served_instead_of_us_binds_us_to_nothing()
    {
        var result = _engine.Triage("""
            From: AUSA M. Kowalczyk-Eze <m.kowalczyk-eze@usdoj.gov>
            Subject: For your information - warrant served on a reseller, not on you

            The search warrant for the account "river_bend_deals" was served on Halvorsen Billing LLC only,
            on November 20. Nothing was served on your company and we ask you for nothing.
            That warrant is subject to a 2705(b) order as to Halvorsen; I mention it in case they contact you.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code is "NON_DISCLOSURE_NO_END" or "NON_DISCLOSURE_ORDER");
    }

    [Fact]
    public void A_gag_addressed_to_us_still_binds()
    {
        var result = _engine.Triage("""
            ORDER PURSUANT TO 18 U.S.C. 2705(b)
            It is ordered that Northwind Labs shall not disclose the existence of the warrant to the subscriber
            of the account "river_bend_deals" for a period of one year. This order is directed to Northwind Labs.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Theory]
    [InlineData("Sezione F  Riservatezza: il prestatore si astiene dall'informare l'utente per un periodo di tre mesi, salvo revoca anticipata.")]
    [InlineData("IT IS FURTHER ORDERED that the Provider shall not notify the subscriber of this order for a period of 180 days, unless the Court vacates this provision sooner.")]
    public void A_gag_with_an_early_revocation_proviso_is_in_force(string sentence)
    {
        var result = _engine.Triage("Production order for the account \"lago_scuro_7\".\n\n" + sentence + "\n");

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Contains(result.Findings, f => f.Code == "NON_DISCLOSURE_ORDER");
    }

    [Fact]
    public void A_gag_with_no_stated_end_is_a_gag_and_a_matter_for_counsel()
    {
        var result = _engine.Triage("""
            ORDER - 18 U.S.C. 2703(d)
            IT IS ORDERED that Northwind Labs shall disclose the subscriber records of the account "mesa_crow_4".
            IT IS FURTHER ORDERED that Northwind Labs shall not disclose the existence of this Order to the
            subscriber or to any other person.
            """);

        Assert.Contains(result.Findings, f => f.Code == "NON_DISCLOSURE_ORDER");
        Assert.Contains(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void An_exhibit_order_directing_another_company_binds_that_company()
    {
        var result = _engine.Triage("""
            GRAND JURY SUBPOENA - you are commanded to produce the subscriber records of the account "sound_ferry_9".
            Exhibit C (for reference only): the court's order under 18 U.S.C. 2705(b) directing Puget Remit LLC not to
            notify its customer for one year. That order is directed to Puget Remit only.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Theory]
    [InlineData("Se prohíbe al prestador poner en conocimiento del usuario la existencia de este requerimiento durante el plazo de un mes.")]
    [InlineData("Der Diensteanbieter unterlässt jede Unterrichtung der betroffenen Person bis zum 30.04.2027.")]
    [InlineData("DISPONE che il fornitore non dia comunicazione all'utente del presente decreto per la durata di un mese.")]
    public void A_national_order_forbidding_the_provider_to_tell_is_a_gag_with_its_end(string sentence)
    {
        var result = _engine.Triage("Auto / Beschluss / Decreto 4471/2026 - cuenta / Konto / account \"lago_scuro_7\".\n\n" + sentence + "\n");

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }
}
