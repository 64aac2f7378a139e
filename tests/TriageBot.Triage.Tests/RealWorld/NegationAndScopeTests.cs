using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld;

/// <summary>Error class 1: a cue inside a negated clause counts for nothing.</summary>
public class NegationAndScopeTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Produce subscriber records for @harbor_lynx, not including the contents of any communications.")]
    [InlineData("This Order does NOT authorize disclosure of the contents of any messages of @harbor_lynx.")]
    [InlineData("We are NOT asking for message content; only the subscriber records of @harbor_lynx.")]
    [InlineData("All records of @harbor_lynx excluding the contents of stored communications.")]
    public void A_negated_content_phrase_does_not_request_content(string sentence)
    {
        var result = _engine.Triage($"""
            From: Det. Lena Ford <lford@austintexas.gov>
            Subject: Grand Jury Subpoena 2026-GJ-118

            GRAND JURY SUBPOENA
            {sentence}
            """);

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
        Assert.False(result.Flags.ContentRequested);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Fact]
    public void A_contrast_ends_the_reach_of_a_refusal()
    {
        var result = _engine.Triage("""
            From: Det. Lena Ford <lford@austintexas.gov>
            Subject: Search Warrant 26-SW-044
            SEARCH WARRANT. We do not seek payment records, but we require the contents of all messages of @harbor_lynx.
            """);

        Assert.True(result.Flags.ContentRequested);
    }

    [Fact]
    public void No_order_requested_is_not_a_gag()
    {
        var result = _engine.Triage("""
            From: Det. Lena Ford <lford@austintexas.gov>
            Subject: Subpoena 2026-114
            Administrative subpoena for subscriber records of @harbor_lynx. No non-disclosure order was requested in this matter.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code.StartsWith("NON_DISCLOSURE", StringComparison.Ordinal));
    }

    [Fact]
    public void We_do_not_have_a_subpoena_yet_is_not_a_subpoena()
    {
        var result = _engine.Triage("""
            From: Det. Lena Ford <lford@austintexas.gov>
            Subject: question
            Hello, we don't have a subpoena yet for @harbor_lynx. How do we submit a request once we have one?
            """);

        Assert.NotEqual(LegalProcessType.Subpoena, result.ProcessType);
    }
}
