using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld;

/// <summary>Error class 7: a gag with its duration; granted, applied for, lifted; gags set by statute.</summary>
public class NonDisclosureStandingTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void An_order_stating_180_days_has_that_end()
    {
        var result = _engine.Triage("""
            From: AUSA Kim Lowe <kim.lowe@usdoj.gov>
            Subject: Search warrant and 2705(b) order
            SEARCH WARRANT for @wavecrest. IT IS FURTHER ORDERED under 18 U.S.C. 2705(b) that the provider shall not
            disclose the existence of this warrant to any person for a period of 180 days from the date of this order.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Equal("180 days", result.Fields.NonDisclosurePeriod);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_2705b_order_only_applied_for_is_not_a_gag()
    {
        var result = _engine.Triage("""
            From: AUSA Kim Lowe <kim.lowe@usdoj.gov>
            Subject: Search warrant
            SEARCH WARRANT for @wavecrest, attached. The government has applied for an order under 18 U.S.C. 2705(b);
            we will send it if the court grants it.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_pen_register_gag_is_set_by_statute_not_missing_an_end()
    {
        var result = _engine.Triage("""
            ORDER AUTHORIZING THE INSTALLATION AND USE OF A PEN REGISTER AND TRAP AND TRACE DEVICE
            Pursuant to 18 U.S.C. 3123(d), the provider shall not disclose the existence of the pen register to the
            subscriber or to any other person, unless or until otherwise ordered by the court.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
        Assert.Contains(result.Findings, f => f.Code == "NON_DISCLOSURE_ORDER");
    }

    [Fact]
    public void Until_further_order_is_read_as_the_period_and_has_no_end()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT for @wavecrest. It is hereby ordered that the provider shall not notify the subscriber of this
            warrant until further order of the court.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.StartsWith("until further order", result.Fields.NonDisclosurePeriod);
        // The court must act to lift it: no end date (issue 11 brief, heldout3 k26).
        Assert.Contains(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END" && f.Message.Contains("until further order"));
    }

    [Theory]
    [InlineData("Wir bitten, die Nutzerin nicht zu informieren.")]
    [InlineData("Si chiede di non informare l'utente.")]
    [InlineData("Nous vous prions de ne pas informer l'utilisateur.")]
    public void A_foreign_request_not_to_inform_is_not_an_order(string sentence)
    {
        var result = _engine.Triage($"Ermittlungsverfahren / enquête / procedimento 123/26: Bestandsdaten und IP-Adressen zum Konto \"kiel_3\". {sentence}");

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_confidentiality_section_with_a_duration_is_an_order_with_its_end()
    {
        var result = _engine.Triage("""
            CERTIFICATO DI ORDINE EUROPEO DI PRODUZIONE (EPOC)
            E. RISERVATEZZA: il destinatario non informa la persona interessata per
               un periodo di 6 mesi.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Equal("6 months", result.Fields.NonDisclosurePeriod);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_gag_applied_to_the_court_for_and_pending_does_not_bind()
    {
        var result = _engine.Triage("""
            GRAND JURY SUBPOENA for the account "ridge_4".
            The government has applied to the Court for an order under 18 U.S.C. § 2705(b)
            directing the provider not to notify the subscriber. That application is pending.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void An_order_vacating_a_gag_binds_nothing_in_its_caption()
    {
        var result = _engine.Triage("""
            IN RE ORDER PURSUANT TO 18 U.S.C. § 2705(b)        26 Mag. 101
            ORDER VACATING NON-DISCLOSURE ORDER
            IT IS HEREBY ORDERED that the Order of March 2, 2025, which prohibited the provider from disclosing
            the warrant, is VACATED. Nothing in this Order requires the production of any records.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void A_delayed_notice_order_worded_as_notification_delayed_is_a_gag_with_its_period()
    {
        var result = _engine.Triage("SEARCH WARRANT for the account \"ridge_4\". The Court orders that notification to the target be delayed for 90 days.");

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Equal("90 days", result.Fields.NonDisclosurePeriod);
    }
}
