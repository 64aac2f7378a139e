namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Round 18: a gag that lapses with the request it came with ("vervalt eveneens"), a rule telling what an
/// authority may ask ("può chiedere al prestatore di non informare l'utente"), a gag applied for with the statute
/// between ("has separately applied under 18 U.S.C. § 2705(b) for an order"), and one under a condition written
/// across a line break forbid nothing now.</summary>
public class GagLapsedRuleOnlyOrStillAskedTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Hierbij trek ik het Europees verstrekkingsbevel (EPOC) in. U hoeft niets te verstrekken. Het verzoek om de gebruiker niet te informeren vervalt eveneens.\n\n--- oorspronkelijk bericht ---\nEPOC - Afdeling G: de dienstverlener wordt verzocht de gebruiker gedurende drie maanden niet te informeren.")]
    [InlineData("We withdraw the preservation request sent on November 3. The related request not to notify the user lapses with it.")]
    public void A_gag_that_lapses_with_its_request_forbids_nothing(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Theory]
    [InlineData("Novità normative: 3. L'autorità di emissione può chiedere al prestatore di non informare l'utente: la restrizione deve essere motivata.")]
    [InlineData("Newsletter: under art. 13 the issuing authority may request that the provider refrain from informing the user for a limited time.")]
    [InlineData("Lettre d'information : l'autorité d'émission peut demander au prestataire de ne pas informer l'utilisateur ; la restriction doit être motivée.")]
    public void A_rule_on_what_an_authority_may_ask_is_no_gag(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_gag_applied_for_with_the_statute_between_is_not_granted()
    {
        var result = _engine.Triage("""
            ORDER UNDER 18 U.S.C. 2703(d) - Superior Court of Arizona, Maricopa County
            The Provider shall disclose subscriber records and IP logs for the account "saguaro_swaps" within 10 business days.
            The State has separately applied under 18 U.S.C. § 2705(b) for an order precluding notice to the subscriber. That application remains pending.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_gag_under_a_condition_across_a_line_break_forbids_nothing()
    {
        var result = _engine.Triage("""
            I represent the account holder of "river_city_rob". We are not serving process on you. If a
            non-disclosure order prevents you from answering, we understand you may not be able to say so.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_gag_whose_term_lapses_later_by_itself_binds_now()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT - Bernalillo County District Court
            ORDER AS TO NOTICE: the Provider shall not disclose the existence of this warrant to the subscriber until the first anniversary of the date below, after which this restriction lapses without further order.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_certificate_that_asks_not_to_inform_still_binds()
    {
        var result = _engine.Triage("""
            EPOC - Bijlage I - Verordening (EU) 2023/1543
            Afdeling B: abonneegegevens van het account "kennemer_duin".
            Afdeling G: de dienstverlener wordt verzocht de gebruiker gedurende drie maanden niet te informeren.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }
}
