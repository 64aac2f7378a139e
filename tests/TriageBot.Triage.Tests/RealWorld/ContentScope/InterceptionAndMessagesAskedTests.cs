using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Issue 11 round 9: an interception order always seeks content, whatever words it lists the
/// communications in; and an emergency asking for "the messages the account sent" or "messages with buyers" asks
/// for what was written.</summary>
public class InterceptionAndMessagesAskedTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_title_iii_order_listing_calls_and_attachments_seeks_content()
    {
        var result = _engine.Triage("""
            UNITED STATES DISTRICT COURT, DISTRICT OF NEVADA   Misc. No. 26-WT-0108 (UNDER SEAL)
            ORDER AUTHORIZING THE INTERCEPTION OF WIRE AND ELECTRONIC COMMUNICATIONS (18 U.S.C. § 2518)
            Agents of the Drug Enforcement Administration are authorized to intercept electronic communications
            (voice calls, video calls and attachments) to and from the account "desert.lantern.88" for thirty (30) days.
            """);

        Assert.Equal(LegalProcessType.Wiretap, result.ProcessType);
        Assert.True(result.Flags.ContentRequested);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Fact]
    public void An_emergency_asking_for_the_messages_the_account_sent_asks_for_content()
    {
        var result = _engine.Triage("""
            From: Sgt. Imre Castellanos <icastellanos@washoecounty.gov>
            Subject: EMERGENCY - abduction in progress
            A child was taken this morning and the caller demands payment by noon. We request subscriber details,
            login IPs and the messages the account sent to the mother's account since yesterday. A life is at risk.
            """);

        Assert.True(result.Flags.ContentRequested);
    }

    [Fact]
    public void An_emergency_asking_for_messages_with_buyers_asks_for_content()
    {
        var result = _engine.Triage("""
            From: Deputy Lorna Whitfield <lwhitfield@hcso.tampa.fl.us>
            Subject: EMERGENCY REQUEST
            A stolen boat is offered for sale by the account "gulf_deals_22" and may leave the county tonight.
            Please provide the subscriber info, IP logs and messages with buyers for this account today.
            """);

        Assert.True(result.Flags.ContentRequested);
    }
}
