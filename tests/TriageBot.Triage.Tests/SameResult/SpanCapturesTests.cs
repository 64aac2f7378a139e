using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Tests.SameResult;

/// <summary>
/// Dates and "Label: value" lines are found by the non-backtracking engine without groups, and their groups read
/// by a backtracking copy on each match alone. Every match and every group must stand where the non-backtracking
/// engine's own group pass puts them: held on every labelled request and on texts written for the edge cases.
/// </summary>
public class SpanCapturesTests
{
    private static readonly (string Name, Regex Original, SpanCaptures TwoStage)[] Patterns =
    [
        ("labelled lines", new Regex(LabelledLines.LinePattern, Extraction.Patterns.Insensitive), new SpanCaptures(LabelledLines.LinePattern, Extraction.Patterns.Insensitive)),
        ("dates", new Regex(DateFinder.DatesPattern, DateFinder.DatesOptions | RegexOptions.NonBacktracking), new SpanCaptures(DateFinder.DatesPattern, DateFinder.DatesOptions)),
    ];

    [Theory]
    [MemberData(nameof(LabelledRequests.Folders), MemberType = typeof(LabelledRequests))]
    public void Two_stage_matching_gives_the_same_matches_and_groups_on_labelled_requests(string folder)
    {
        foreach (var (name, raw) in LabelledRequests.In(folder)) AssertSame(NormalizedText.From(raw).Value, name);
    }

    [Fact]
    public void Two_stage_matching_gives_the_same_matches_and_groups_on_edge_cases()
    {
        const string text = """
            Name .... : Jane Roe
            Phone..... (555) 010-7788
            - Case # 2026-44  :  value: with: colons
            > Agency: County Sheriff's Office ... Investigations
            Date:
            Ort: Köln
            on 3rd of May, 2026 or the 16th day of December, 2026; 2026-1-5, 05.01.2026, 1/2/2026, 31/12/2025,
            5. Januar 2026, le 5 janvier 2026, 5 de enero de 2026, Sept. 3 2026, sept 3, 2026, 12023-01-05, 2026-01-050
            a2026-01-05 January 5,2026 January   5 ,  2026

            """;
        AssertSame(NormalizedText.From(text).Value, "edge cases");
        AssertSame(text, "raw edge cases");
    }

    private static void AssertSame(string text, string label)
    {
        foreach (var (name, original, twoStage) in Patterns)
        {
            var expected = original.Matches(text).Select(m => Describe(original, m)).ToList();
            var actual = twoStage.Matches(text).Select(m => Describe(original, m)).ToList();
            Assert.True(expected.SequenceEqual(actual),
                $"{name} on {label}: {expected.Count} / {actual.Count} matches; first difference: " +
                $"{expected.Except(actual).FirstOrDefault()} / {actual.Except(expected).FirstOrDefault()}");
            // And the groups come from the backtracking copy itself, not from the fallback to the original.
            var backtracking = new Regex(original.ToString(), original.Options & ~RegexOptions.NonBacktracking);
            var readAlone = original.Matches(text).Select(m => Describe(original, backtracking.Match(text, m.Index, m.Length))).ToList();
            Assert.True(expected.SequenceEqual(readAlone), $"{name} on {label}: the backtracking copy reads other groups");
        }
    }

    private static string Describe(Regex regex, Match m) =>
        $"{m.Index}+{m.Length}" + string.Concat(regex.GetGroupNames().Where(n => !char.IsDigit(n[0]))
            .Select(n => m.Groups[n] is { Success: true } g ? $"|{n}={g.Index}+{g.Length}" : $"|{n}=-"));
}
