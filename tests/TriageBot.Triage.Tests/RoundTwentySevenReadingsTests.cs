using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

/// <summary>Round 27: a consolidated city-county government mails from both places' short forms run together; the
/// desk that finds an officer is the requester's number, not a target.</summary>
public class RoundTwentySevenReadingsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_domain_running_a_county_and_a_city_together_is_the_unified_government_the_letter_names()
    {
        var result = _engine.Triage("""
            From: Det. A. Moe <amoe@wycokck.org>
            Subject: records request - account harbor_fox_19

            Please provide the subscriber information and IP logs for the account "harbor_fox_19", under the
            warrant signed by a judge of the Wyandotte County District Court.

            Det. A. Moe
            Kansas City, Kansas Police Department
            701 N 7th St, Kansas City, KS 66101
            """);

        Assert.False(result.Flags.SuspiciousSender);
    }

    [Theory]
    [InlineData("amoe@wycokck-gov.org")]
    [InlineData("amoe@wyandottecountykansascity.org")]
    [InlineData("amoe@wycokcpolice.com")]
    public void A_domain_dressed_up_from_the_same_places_is_still_no_proof(string from)
    {
        var result = _engine.Triage($"""
            From: Det. A. Moe <{from}>
            Subject: records request - account harbor_fox_19

            Please provide the subscriber information and IP logs for the account "harbor_fox_19", under the
            warrant signed by a judge of the Wyandotte County District Court.

            Det. A. Moe
            Kansas City, Kansas Police Department
            701 N 7th St, Kansas City, KS 66101
            """);

        Assert.True(result.Flags.SuspiciousSender);
    }

    [Theory]
    [InlineData("If I'm on the line with the suspect, the command post desk is (602) 555-0190 and will find me.")]
    [InlineData("Out of hours, the watch commander can be paged at (602) 555-0190.")]
    public void The_desk_that_finds_the_officer_is_no_target(string line)
    {
        var result = _engine.Triage($"""
            From: Sgt. D. Aguayo <d.aguayo@phoenix.gov>
            Subject: PPD 26-2187734 - subscriber and IP for desert_rat_ritchie

            We need the subscriber information and login IP addresses for the account desert_rat_ritchie.
            Call me directly: (602) 555-0147. {line}
            """);

        Assert.Contains(result.Fields.Accounts, a => a.Value == "@desert_rat_ritchie");
        Assert.DoesNotContain(result.Fields.Accounts, a => a.Value.Contains("5550190", StringComparison.Ordinal));
    }
}
