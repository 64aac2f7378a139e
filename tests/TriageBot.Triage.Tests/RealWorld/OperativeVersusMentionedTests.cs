using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld;

/// <summary>Error class 2: what the writer does now counts; what they quote, list or withdraw does not.</summary>
public class OperativeVersusMentionedTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_withdrawn_emergency_quoted_below_its_withdrawal_does_not_page()
    {
        var result = _engine.Triage("""
            From: Sgt. Omar Reyes <oreyes@austintexas.gov>
            Subject: RE: Emergency Disclosure Request - @blue_heron

            Please disregard our request below. The subject has been located safe and no further action is needed.

            On Tue, Nov 17, 2026 at 3:04 PM Sgt. Omar Reyes <oreyes@austintexas.gov> wrote:
            > EMERGENCY DISCLOSURE REQUEST
            > The user @blue_heron posted a suicide note and threatened to kill himself tonight.
            """);

        Assert.False(result.Flags.Emergency);
        Assert.NotEqual(Priority.P0, result.Priority);
        Assert.True(result.Withdrawn);
        Assert.Contains(result.Evidence, e => e.About == "withdrawn");
    }

    [Fact]
    public void A_forward_with_a_short_note_is_the_forwarded_request()
    {
        var result = _engine.Triage("""
            From: Priya Nair <priya.nair@northwind-labs.com>
            Subject: Fwd: Emergency request
            FYI, see below.

            ---------- Forwarded message ---------
            From: Sgt. Omar Reyes <oreyes@austintexas.gov>
            Subject: Emergency Disclosure Request
            The user @blue_heron threatened to kill himself tonight; we need his IP address to find him.
            """);

        Assert.True(result.Flags.Emergency);
        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
    }

    [Fact]
    public void Content_words_in_a_quoted_earlier_mail_do_not_count_in_a_substantive_reply()
    {
        var result = _engine.Triage("""
            From: Det. Lena Ford <lford@austintexas.gov>
            Subject: RE: Subpoena 2026-GJ-118

            Thank you for the call this morning. As discussed, we only need the subscriber name, e-mail address and
            the IP addresses used to log in to @harbor_lynx between 1 October and 31 October 2026. The grand jury
            subpoena is attached again for your records and the return date is unchanged.

            -----Original Message-----
            From: Legal <legal@northwind-labs.com>
            Sent: Monday, November 16, 2026 9:12 AM
            Subject: Subpoena 2026-GJ-118
            A subpoena cannot compel the contents of private messages or the chat history of the account.
            """);

        Assert.False(result.Flags.ContentRequested);
        Assert.NotNull(result.FollowUpOf);
    }

    [Fact]
    public void A_FOIA_request_listing_kinds_of_process_is_none_of_them()
    {
        var result = _engine.Triage("""
            From: Alex Moreno <amoreno@citizenwatch.org>
            Subject: Freedom of Information Act request

            Under the Freedom of Information Act, I request all national security letters, 2705(b) non-disclosure
            orders, grand jury subpoenas and search warrants your office served on technology companies in 2025.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.False(result.Flags.SuspiciousSender);
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Blocker);
    }

    [Fact]
    public void A_letter_lifting_a_gag_raises_no_gag()
    {
        var result = _engine.Triage("""
            From: Records Unit <records@fbi.gov>
            Subject: National Security Letter NSL-2024-0117: non-disclosure requirement lifted

            The non-disclosure requirement of the National Security Letter dated March 3, 2024 under 18 U.S.C. 2709(c)
            has been lifted. You may now notify the subscriber of @quill_and_ink.
            """);

        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_DMCA_notice_that_says_preserve_gets_no_2703f_advice()
    {
        var result = _engine.Triage("""
            From: Dana Whit <takedowns@brightline-rights.com>
            Subject: DMCA notice - infringing uploads by @loopcaster

            I am the authorized agent of the copyright owner. Under 17 U.S.C. 512(c) please remove the listed files and
            preserve any records of the uploads.
            """);

        Assert.DoesNotContain(result.Findings, f => f.Code == "PRESERVATION_EXPIRY");
        Assert.False(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void A_portal_forms_preamble_does_not_type_the_request()
    {
        var result = _engine.Triage("""
            ==========================================================
            About this form: Use this form to submit legal process (subpoenas, court orders, search
            warrants) or to preserve records under 18 U.S.C. 2703(f). For emergencies involving imminent
            danger of death, select "Emergency". For National Security Letters, do not use this form.
            We notify users unless prohibited by a non-disclosure order.
            ----------------------------------------------------------
            Request type:        Subpoena
            Emergency?           No
            Target account(s):   "gulf_ray7"
            Non-disclosure order? None
            """);

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
        Assert.False(result.Flags.Emergency);
        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_CLOUD_Act_agreement_named_as_a_later_route_is_not_invoked()
    {
        var result = _engine.Triage("""
            Australian Federal Police - request for subscriber information for the account "reef_9".
            We are not seeking contents; those would require an international production order under the
            AUS-US CLOUD Act Agreement, which we will pursue separately if needed.
            """);

        Assert.DoesNotContain(result.Findings, f => f.Code == "CLOUD_ACT_AGREEMENT");
    }
}
