namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11 round 10b: a city that hosts its police department's mail on the municipality's own domain
/// (the Municipality of Anchorage's muni.org for the Anchorage Police Department, sourced in the domain list) is a
/// genuine sender, not a suspicious one.</summary>
public class CityDomainHostingItsPoliceTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void Police_mail_on_the_municipality_domain_is_not_suspicious()
    {
        var text = "From: Sgt. Kenai Bardwell <kbardwell@muni.org>\nSubject: Exigent request - missing teen\n\n" +
                   "Anchorage Police Department\n\nA 14-year-old left home last night after messages from an adult on your service " +
                   "that threaten to kill her if she goes back. We believe she is in imminent danger of death. Under 18 U.S.C. " +
                   "2702(b)(8) please provide the subscriber e-mail, phone and recent login IP addresses of the account \"north_star_drifter\".\n\n" +
                   "Sgt. Kenai Bardwell\nAnchorage Police Department\n";

        var result = _engine.Triage(text);

        Assert.True(result.Flags.Emergency);
        Assert.False(result.Flags.SuspiciousSender);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
    }
}
