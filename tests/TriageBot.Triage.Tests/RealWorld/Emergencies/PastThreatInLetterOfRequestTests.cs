using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11 class 3 (decided in this round): a letter of request under a mutual legal assistance treaty
/// narrates the offence it concerns; a threat, abduction or attack that happened is the case's history, not an
/// emergency. A letter that says a life is in danger now still is one.</summary>
public class PastThreatInLetterOfRequestTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private const string Head =
        "REQUEST FOR MUTUAL LEGAL ASSISTANCE\nunder the Treaty on Mutual Legal Assistance in Criminal Matters between the Republic of Poland and the United States\n\n" +
        "The Regional Prosecutor's Office in Gdańsk requests the assistance of the competent U.S. authorities.\n\nSummary of facts:\n";

    [Theory]
    [InlineData("On 14 February 2026 the suspect threatened to kill his former partner in messages sent from the account \"baltic_wolf_84\"; he was arrested on 20 February and remains in custody.")]
    [InlineData("In March 2026 two men kidnapped a businessman in Sopot and released him after a ransom was paid; the ransom demands were sent from the account \"baltic_wolf_84\".")]
    public void A_past_threat_narrated_in_a_letter_of_request_is_not_an_emergency(string facts)
    {
        var result = _engine.Triage(Head + facts + "\n\nAssistance requested: subscriber information and IP logs of the account for January to March 2026.\n");

        Assert.False(result.Flags.Emergency, facts);
        Assert.Equal(LegalProcessType.International, result.ProcessType);
    }

    [Fact]
    public void A_letter_of_request_saying_a_life_is_in_danger_now_is_an_emergency()
    {
        var result = _engine.Triage(Head + "The suspect, released on bail, keeps sending threats from the account \"baltic_wolf_84\"; the victim's life is in imminent danger.\n\n" +
                                    "Assistance requested: subscriber information and IP logs of the account.\n");

        Assert.True(result.Flags.Emergency);
    }
}
