namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 7 (heldout7): "VIA E-MAIL: intake@…" at the head of a letter says where it was sent, the
/// provider's own intake mailbox; the requester's address is the one the letter gives elsewhere.</summary>
public class DeliveryLineIsTheRecipientTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void The_address_on_a_via_e_mail_line_is_not_the_requesters()
    {
        var result = _engine.Triage(
            "OFFICE OF THE DALE COUNTY STATE'S ATTORNEY\n12 Court Square, Dale, IL 60000\n\nDecember 1, 2026\n\n" +
            "VIA E-MAIL: lawful-requests@intake.example\n\nRe: Preservation Request – 18 U.S.C. § 2703(f)\n\n" +
            "Please preserve the records of the account \"mill_pond_rider\" for 90 days.\n\n" +
            "Assistant State's Attorney Rae Lin\nrae.lin@dalecountysao.org\n");

        Assert.Equal("rae.lin@dalecountysao.org", result.Fields.Email);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNVERIFIED_SENDER" && f.Evidence == "lawful-requests@intake.example");
    }
}
