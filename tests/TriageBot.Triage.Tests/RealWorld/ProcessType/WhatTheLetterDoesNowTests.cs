using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Round 17 (what is operative): a preservation extension that says "nothing else is needed" asks to keep the
/// hold (it is a preservation request, whatever the quoted chain below it says); a letter telling the provider that a
/// court vacated the 2705(b) order serves no process, though it names the warrant.</summary>
public class WhatTheLetterDoesNowTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void An_extension_that_needs_nothing_else_is_a_preservation_request()
    {
        var result = _engine.Triage("From: Det. Ana Ruiz <ana.ruiz@dallaspolice.gov>\nSubject: RE: Preservation confirmed - 90-DAY EXTENSION REQUEST\n\n" +
            "Pursuant to 18 U.S.C. 2703(f)(2), the Dallas Police Department requests a first extension of 90 days of the preservation below for the account \"trinity_tix_4\". " +
            "Same scope as the original request; nothing else is needed at this time. Please confirm the new expiration date.\n\nDet. Ana Ruiz #4411\n\n" +
            "-----Original Message-----\nFrom: Law Enforcement Response <ler@provider.example>\nSubject: Preservation confirmed\n\nWe have preserved the account \"trinity_tix_4\" for 90 days.\n");

        Assert.Equal(LegalProcessType.Preservation, result.ProcessType);
    }

    [Fact]
    public void A_reply_that_needs_nothing_else_and_asks_no_extension_asks_nothing()
    {
        var result = _engine.Triage("From: Det. Ana Ruiz <ana.ruiz@dallaspolice.gov>\nSubject: RE: Preservation confirmed\n\n" +
            "Thank you for confirming the preservation of \"trinity_tix_4\". Nothing else is needed at this time.\n\nDet. Ana Ruiz #4411\n");

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void A_notice_that_a_court_vacated_the_2705b_order_serves_no_process()
    {
        var result = _engine.Triage("From: AUSA Paul Berg <paul.berg@usdoj.gov>\nSubject: In re Search of Information Associated with \"lake_lock_9\"\n\n" +
            "In 2025 your company produced records in response to the search warrant referenced above, with an order under 18 U.S.C. 2705(b). " +
            "On November 30, 2026, the Court entered an order vacating the 2705(b) non-disclosure order. You may notify the user.\n\nPaul Berg, Assistant United States Attorney\n");

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.NonDisclosureOrder);
    }
}
