namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Round 18: a letter that tells a gag's grant in the past and then the act that vacated it binds no one: the
/// grant is the lifted gag's history. A letter that extends a gag, or a grant made now beside a lifting, still binds.</summary>
public class LiftedGagHistoryTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_grant_told_before_the_order_vacating_it_is_history()
    {
        var result = _engine.Triage("""
            United States Attorney's Office - Re: account "harbor_gulls"
            On April 2, 2026, the Court issued an order under 18 U.S.C. § 2705(b) directing the Provider not to disclose the existence of the warrant for one year.
            On November 20, 2026, the Court granted the government's motion to vacate that non-disclosure order.
            The Provider may proceed under its ordinary user-notice policy. No records are requested.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code is "NON_DISCLOSURE_ORDER" or "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_gag_extended_after_an_earlier_one_ended_still_binds()
    {
        var result = _engine.Triage("""
            United States Attorney's Office - Re: account "harbor_gulls"
            On April 2, 2026, the Court issued an order under 18 U.S.C. § 2705(b) directing the Provider not to disclose the existence of the warrant for 180 days.
            That order would have expired on September 29, 2026; the Court extended it by a further 180 days.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_new_gag_ordered_now_beside_a_vacated_one_binds()
    {
        var result = _engine.Triage("""
            ORDER - United States District Court
            The non-disclosure order of March 3, 2026 is vacated.
            IT IS HEREBY ORDERED under 18 U.S.C. § 2705(b) that the Provider shall not disclose the existence of the amended warrant for 90 days.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }
}
