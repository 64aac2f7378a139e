using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11 round 17: a foreign police force's ordinary request closed with "There is no present threat to life"
/// paged, because the word between the denial and the danger ("present", "akute", "acuut") hid the denial. A denial with
/// such a qualifier denies the danger; the danger stated with the same qualifier still pages.</summary>
public class DangerDeniedWithAQualifierDoesNotPageTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private static string Request(string denial) => $"""
        From: Det. Supt. H. Lindqvist <h.lindqvist@police.example.gov>
        Subject: Request for subscriber information

        We are investigating a series of online extortion attempts against small businesses. Please provide the
        subscriber information and login IP addresses for the account "harbour_lights_ledger" from 1 October 2026.
        {denial}
        Det. Supt. H. Lindqvist
        """;

    [Theory]
    [InlineData("en", "There is no present threat to life in this matter.")]
    [InlineData("en", "There is no known risk to life at this stage.")]
    [InlineData("en", "This is not an immediate threat to life.")]
    [InlineData("de", "Es besteht keine akute Lebensgefahr.")]
    [InlineData("de", "Es besteht keine unmittelbare Lebensgefahr für die Geschädigten.")]
    [InlineData("nl", "Er is geen acuut levensgevaar.")]
    public void A_danger_denied_with_a_qualifier_does_not_page(string language, string denial)
    {
        var result = _engine.Triage(Request(denial));

        Assert.False(result.Flags.Emergency, language);
        Assert.NotEqual(LegalProcessType.Emergency, result.ProcessType);
    }

    [Theory]
    [InlineData("en", "There is a present threat to life: the owner was told he would be shot tonight.")]
    [InlineData("de", "Es besteht akute Lebensgefahr für den Geschädigten.")]
    public void The_danger_stated_with_the_same_qualifier_pages(string language, string statement)
    {
        var result = _engine.Triage(Request(statement));

        Assert.True(result.Flags.Emergency, language);
    }
}
