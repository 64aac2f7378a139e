using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Error class 9, targets and the requester: a handle listed under a lead-in that names accounts is a
/// target however far the list runs; the mailbox a request was sent to is the provider's own, so a quoted reply
/// from it is never taken as the requester's address.</summary>
public class TargetsAndRequesterAddressTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_handle_in_a_numbered_list_under_the_accounts_lead_in_is_a_target()
    {
        var result = _engine.Triage("""
            OHIO BUREAU OF CRIMINAL INVESTIGATION
            Pursuant to 18 U.S.C. 2703(f), please preserve the records of the following accounts
            for a period of 90 days while a search warrant is obtained from the
            Franklin County Court of Common Pleas:

              1) scioto_river_trader
              2) buckeye_flipz
            """);

        Assert.Contains(result.Fields.Accounts, a => a.Value == "@scioto_river_trader");
        Assert.Contains(result.Fields.Accounts, a => a.Value == "@buckeye_flipz");
    }

    [Fact]
    public void A_quoted_reply_from_the_mailbox_the_request_was_sent_to_is_not_the_requester()
    {
        var result = _engine.Triage(new RequestDocument
        {
            Text = """
                Hello, we ask for the first 90-day extension of the preservation below.
                Account: lakeside_lottie

                Det. Priya Okafor-Lund, Hennepin County Sheriff's Office

                -----Original Message-----
                From: Legal Response Team <records@acme-social.example>
                Sent: Monday, September 7, 2026 10:12 AM
                Subject: Preservation confirmation PR-2026-1187
                We have preserved the account lakeside_lottie in response to your request.
                """,
            Envelope = new EmailEnvelope("pokafor-lund@hennepin.us", "Det. Priya Okafor-Lund", null,
                "RE: Preservation confirmation PR-2026-1187", new DateTimeOffset(2026, 11, 19, 15, 0, 0, TimeSpan.Zero))
            {
                To = ["records@acme-social.example"],
            },
        });

        Assert.Equal("pokafor-lund@hennepin.us", result.Fields.Email);
        Assert.False(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void In_pasted_mail_the_outer_to_line_names_the_providers_mailbox()
    {
        var result = _engine.Triage("""
            From: Det. Priya Okafor-Lund <pokafor-lund@hennepin.us>
            To: records@acme-social.example
            Subject: RE: Preservation confirmation PR-2026-1187

            Please extend the preservation of lakeside_lottie by 90 days; this is our first extension.

            From: Legal Response Team <records@acme-social.example>
            Subject: Preservation confirmation PR-2026-1187
            We have preserved the account lakeside_lottie.
            """);

        Assert.Equal("pokafor-lund@hennepin.us", result.Fields.Email);
    }
}
