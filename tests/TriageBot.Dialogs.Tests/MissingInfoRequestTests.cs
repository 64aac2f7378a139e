using TriageBot.Dialogs.Flows;
using TriageBot.Triage;

namespace TriageBot.Dialogs.Tests;

public class MissingInfoRequestTests
{
    private static readonly TriageEngine Engine = new(new TriagePolicy(), new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Transcript.Start));

    [Fact]
    public void Lists_exactly_what_is_missing_formally_quoting_our_reference()
    {
        var result = Engine.Triage(Transcript.SampleText("29-preservation-sheriff-missing-fields.txt"));

        var letter = MissingInfoRequest.Compose(result, "LE-2026-00007");

        Assert.Contains("our reference LE-2026-00007", letter);
        Assert.Matches(@"Dear [^\n]*Arceneaux,", letter);
        Assert.Contains("  1. ", letter);
        Assert.Contains("direct telephone number", letter);
        Assert.Contains("A copy of the legal process itself", letter);
        Assert.Contains("signed and dated on agency letterhead", letter);
        Assert.Contains("official law-enforcement e-mail address", letter);
        Assert.Equal(result.MissingFields.Count, letter.Split('\n').Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^  \d+\. ")));
        Assert.EndsWith("Law Enforcement Response Team", letter);
    }

    [Fact]
    public void Says_so_when_nothing_is_missing()
    {
        var result = Engine.Triage(Transcript.SampleText("20-emergency-missing-child.txt")) is var r ? r with { MissingFields = [], Findings = [] } : null!;

        Assert.Equal("Nothing is missing from LE-2026-00001: there is no information to request.", MissingInfoRequest.Compose(result, "LE-2026-00001"));
    }
}
