namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11, round 10: a county's name cut to its first letters before the kind of body (sacsheriff.com for the
/// Sacramento County Sheriff's Office) names the agency the letter names: not suspicious. A cut that does not start
/// the place's name proves nothing.</summary>
public class PlaceCutToItsFirstLettersTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private static string Letter(string county, string address) =>
        $"{county.ToUpperInvariant()} COUNTY SHERIFF'S OFFICE\nInvestigations Division\n\nRe: Preservation Request — 18 U.S.C. § 2703(f)\n\n" +
        $"The {county} County Sheriff's Office asks that you preserve the records of the account \"river_bend_44\" for 90 days.\n\n" +
        $"Detective P. Alvarez · {address}\n";

    [Fact]
    public void A_place_cut_to_its_first_letters_and_the_kind_is_the_agencys_domain()
    {
        var result = _engine.Triage(Letter("Montgomery", "palvarez@montsheriff.org"));

        Assert.False(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void A_place_named_only_by_the_senders_own_address_proves_nothing()
    {
        // The From line and the signature write the domain; the letter's words name another force.
        var result = _engine.Triage("From: Springfield Police Department <det.k@lakesidepolice.com>\nSubject: Urgent request\n\n" +
                                    "The Springfield Police Department needs the subscriber details of \"quiet_owl_3\" today.\n\nDet. K. Moss · det.k@lakesidepolice.com\n");

        Assert.True(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void A_cut_of_another_place_proves_nothing()
    {
        var result = _engine.Triage(Letter("Sonoma", "palvarez@montsheriff.org"));

        Assert.True(result.Flags.SuspiciousSender);
    }
}
