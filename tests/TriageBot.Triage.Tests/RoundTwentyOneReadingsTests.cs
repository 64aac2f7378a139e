using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

/// <summary>Round 21: a vendor's offer to book a demo is a sales pitch whatever emergencies it names; a thank-you that
/// recalls a running gag and says nothing more is needed holds no new gag; photos listed among the data asked for are
/// content; a court named by its ordinal is named whole.</summary>
public class RoundTwentyOneReadingsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_vendor_pitch_about_fake_emergency_requests_pages_no_one_and_is_not_an_impostor()
    {
        var result = _engine.Triage("""
            From: Kestrel Verify <sales@kestrelverify.example.io>
            Subject: 30% of emergency data requests are fake - is your team ready?

            Last quarter about 30% of the emergency disclosure requests we screened failed secondary verification.
            Criminals now use look-alike domains to pose as detectives.
            Kestrel Verify checks every requester against a sourced list of law-enforcement domains, in under 4 minutes.
            Book a 20-minute demo: kestrelverify.example.io/demo
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.Emergency);
        Assert.False(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void A_thank_you_that_recalls_a_running_gag_and_needs_nothing_more_raises_no_gag()
    {
        var result = _engine.Triage("""
            From: SA Priya Cole <pcole@fbi.gov>
            Subject: RE: Your ref LE-2026-118204 - production received, thank you

            Confirming receipt of the production for lakeview_ledger under your reference LE-2026-118204. As a
            reminder, the 2705(b) order issued with the warrant remains in effect until March 1, 2027, so please
            continue to hold off on user notice until then. No further action is needed from you at this time.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void Photos_listed_among_the_data_asked_for_are_content()
    {
        var result = _engine.Triage("""
            Enclosed: search warrant issued 12/01/2026 by the 207th District Court, Comal County.
            Account: hill_country_drifter
            Requested: stored location history, photos with metadata, and subscriber records.
            """);

        Assert.True(result.Flags.ContentRequested);
        Assert.StartsWith("207th District Court", result.Fields.IssuingAuthority);
    }

    [Fact]
    public void Profile_photos_alone_are_not_content()
    {
        var result = _engine.Triage("""
            Grand jury subpoena. Produce for the account "hill_country_drifter": subscriber name, e-mail, profile photos,
            and IP logs.
            """);

        Assert.False(result.Flags.ContentRequested);
    }
}
