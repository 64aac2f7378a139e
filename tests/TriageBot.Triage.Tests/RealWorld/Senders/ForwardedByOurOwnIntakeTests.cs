namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11, round 8: a request forwarded by the provider's own staff (an intake or trust-and-safety
/// mailbox on the provider's domain) is judged by the original sender in the forwarded part: its address is the
/// requester's e-mail, and the colleague's domain is no reason to doubt the sender.</summary>
public class ForwardedByOurOwnIntakeTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private const string Forward =
        "From: Safety Queue <safety-queue@provider.example>\nTo: legal-process@provider.example\nSubject: Fwd: warrant for two accounts\n\n" +
        "Legal - found this in our queue this morning, forwarding for routing.\n\n" +
        "From: SA Jonah Veldkamp <jonah.veldkamp@ice.dhs.gov>\nTo: legal-process@provider.example\nSubject: Search warrant 3:26-mj-00412\n" +
        "Date: Mon, 30 Nov 2026 09:12:00 -0700\n\n" +
        "Attached is the text of a federal search warrant issued by the U.S. District Court. Items to be disclosed: subscriber " +
        "records and IP logs for the account \"desert_lantern_77\" from 01/01/2026 to present.\n\n" +
        "SA J. Veldkamp, Homeland Security Investigations, Phoenix, AZ 85004, 602-555-0118\n";

    [Fact]
    public void The_requester_is_the_original_sender_not_the_forwarding_colleague()
    {
        var result = _engine.Triage(Forward);

        Assert.Equal("jonah.veldkamp@ice.dhs.gov", result.Fields.Email);
        Assert.False(result.Flags.SuspiciousSender);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
    }
}

/// <summary>When the forward lost the original's header lines, the colleague who forwarded it (on the domain of the
/// mailbox the message was sent to) is still not taken as the requester's e-mail, nor doubted as a sender.</summary>
public class ForwardWithoutTheOriginalHeadersTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void The_forwarding_colleague_is_not_the_requester()
    {
        var text =
            "From: Safety Queue <safety-queue@provider.example>\nTo: legal-process@provider.example\nSubject: Fwd: warrant\n\n" +
            "Legal - forwarding the text of a warrant that came to our queue.\n\n" +
            "Attached is the text of a federal search warrant issued by the U.S. District Court. Items to be disclosed: subscriber " +
            "records and IP logs for the account \"desert_lantern_77\" from 01/01/2026 to present.\n\n" +
            "SA J. Veldkamp, Homeland Security Investigations, Phoenix, AZ 85004, 602-555-0118\n";

        var result = _engine.Triage(text);

        Assert.NotEqual("safety-queue@provider.example", result.Fields.Email);
        Assert.False(result.Flags.SuspiciousSender);
    }
}
