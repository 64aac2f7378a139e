using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11, round 11: a writer who says there is no time for legal process ("no time for a subpoena", "I
/// cannot wait for a warrant") claims an emergency in the exception's own terms. The process it names is the one it
/// lacks, so the request is typed emergency and paged, whoever sends it: from a free-mail address it also carries the
/// suspicious-sender flag and the basis finding, and the reviewer decides.</summary>
public class NoTimeForProcessClaimsAnEmergencyTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("From: Metro PD Night Desk <metro.nightdesk@outlook.com>\nSubject: URGENT - teen in danger\n\n" +
                "I am an officer with the Metro Police Department; our mail server is down. A teenager is in danger and we have " +
                "no time for a subpoena. Send the phone number, e-mail and all messages of the user \"river_fox_19\" " +
                "within the hour. Reply to this address only.\n")]
    [InlineData("From: Child Task Force <childtaskforce.unit4@gmail.com>\nSubject: EMERGENCY - immediate action\n\n" +
                "I am a detective with a child exploitation task force. Because of the emergency I cannot wait for a warrant. " +
                "Please send right away all private messages and the current location of the user \"sunny_meadow_11\".\n")]
    public void An_impostor_who_says_there_is_no_time_for_process_is_typed_emergency(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.True(result.Flags.Emergency);
        Assert.True(result.Flags.SuspiciousSender);
        Assert.Equal(Priority.P0, result.Priority);
        Assert.Contains(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }
}
