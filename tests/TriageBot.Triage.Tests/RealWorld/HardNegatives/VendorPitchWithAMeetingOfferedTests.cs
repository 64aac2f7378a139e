using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.HardNegatives;

/// <summary>Round 17: a vendor's pitch full of emergency vocabulary, with a webinar and a sales meeting offered ("grab
/// 15 minutes on my calendar", "Head of Partnerships"), is product mail: it names no one at risk and never pages.</summary>
public class VendorPitchWithAMeetingOfferedTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_pitch_with_a_webinar_and_a_calendar_slot_never_pages()
    {
        var result = _engine.Triage("From: Lee Park <lee@example.com>\nSubject: Fake emergency requests are rising\n\n" +
            "Our request-screening platform screened 9,000 emergency disclosure requests this year; a third failed verification (look-alike police domains, free-mail Reply-To). " +
            "We're hosting a webinar for platform legal teams on January 12. Reply \"yes\" for the invite, or grab 15 minutes on my calendar.\n\nLee Park\nHead of Partnerships\n");

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.Emergency);
    }

    [Fact]
    public void A_real_emergency_that_offers_a_call_still_pages()
    {
        var result = _engine.Triage("From: Sgt. Mia Cole <mia.cole@austintexas.gov>\nSubject: Emergency disclosure request\n\n" +
            "A 15-year-old girl posted a suicide note on the account \"atx_mia_15\" twenty minutes ago and is missing. We need the IP addresses and location data now to find her. Call me on 512-555-0140.\n\nSgt. Mia Cole, Austin Police Department\n");

        Assert.True(result.Flags.Emergency);
    }
}
