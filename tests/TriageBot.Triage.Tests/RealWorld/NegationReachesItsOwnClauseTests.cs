using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld;

/// <summary>Issue 11 class 1 (negation and scope, Text/CueContext): a refusal reaches the nouns of its own clause
/// ("we do not seek messages, photos or videos"), not a clause of its own that follows a boundary. "We do not
/// require anything further, and no response is required" says twice that nothing is asked; the second clause
/// keeps its weight although a refusal stands earlier in the sentence.</summary>
public class NegationReachesItsOwnClauseTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Thank you for the records you produced under our grand jury subpoena. We do not require anything further, and no response is required.")]
    [InlineData("The grand jury subpoena served on you does not cover message content, and no further records are requested by this letter.")]
    public void A_statement_after_a_clause_boundary_keeps_its_weight(string body)
    {
        var result = _engine.Triage("From: Det. A. Brown <abrown@phoenix.gov>\nSubject: Subpoena 26-1141\n\n" + body + "\n");

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void A_refusal_still_reaches_the_list_in_its_own_clause()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT - Case 26-SW-0412
            You are commanded to search the records of the account "dune_walker_3" and to seize the subscriber
            information and IP logs. This warrant does not authorize the seizure of messages, photos, or videos.
            """);

        Assert.False(result.Flags.ContentRequested);
    }
}
