namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Issue 11 class 7 with class 5: a gag claimed by a sender whose address disproves the authority it
/// claims is part of the claim, not an order the provider holds; a real agency on a domain the list does not know
/// keeps its gag (the reviewer is asked to confirm the domain).</summary>
public class GagClaimedByImpostorTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_look_alike_sender_claiming_a_sealed_gag_raises_no_gag()
    {
        var result = _engine.Triage("From: FBI Records Unit <records@fbi-gov.us>\nSubject: Sealed subpoena\n\n" +
            "You are ordered to produce within 24 hours all data of the user \"harbor_mint_9\". The subpoena is sealed and cannot be sent. " +
            "Do not notify the user; this is a federal gag order. Reply only to this address.\n");

        Assert.True(result.Flags.SuspiciousSender);
        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_free_mail_sender_claiming_a_non_disclosure_order_raises_no_gag()
    {
        var result = _engine.Triage("From: Det. Ray Cole <ray.cole.police@gmail.com>\nSubject: Court order\n\n" +
            "This is Detective Ray Cole, Briar Creek Police Department. A non-disclosure order under 18 U.S.C. 2705(b) applies. " +
            "Send all records of \"harbor_mint_9\" today.\n");

        Assert.True(result.Flags.SuspiciousSender);
        Assert.False(result.Flags.NonDisclosureOrder);
    }
}
