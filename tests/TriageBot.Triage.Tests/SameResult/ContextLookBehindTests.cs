using System.Text.RegularExpressions;
using TriageBot.Triage.Detection;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Tests.SameResult;

/// <summary>
/// The words before a cue that deny it or point at another paper are sought right to left from the cue (one
/// anchored attempt) instead of left to right (an attempt at every position of the window). Whether a match
/// exists must not depend on the direction: held on the window before every cue of every labelled request, and
/// before every word of denials written for it.
/// </summary>
public class ContextLookBehindTests
{
    private static readonly (string Name, Regex LeftToRight, Regex RightToLeft)[] LookBehinds =
        [.. new[] { ("negation before", CueContext.NegationBeforePattern), ("reference before", CueContext.ReferenceBeforePattern) }
            .Select(p => (p.Item1, new Regex(p.Item2, CueContext.Options), new Regex(p.Item2, CueContext.Options | RegexOptions.RightToLeft)))];

    [Theory]
    [MemberData(nameof(LabelledRequests.Folders), MemberType = typeof(LabelledRequests))]
    public void Right_to_left_finds_a_look_behind_exactly_where_left_to_right_does_on_labelled_requests(string folder)
    {
        foreach (var (name, raw) in LabelledRequests.In(folder))
        {
            var text = NormalizedText.From(raw);
            var context = new CueContext(text);
            var cues = Families.SelectMany(f => f.Scan(text, context)).Select(h => h.Offset).Distinct();
            AssertSameAnswers(text, cues, name);
        }
    }

    [Fact]
    public void Right_to_left_finds_a_look_behind_exactly_where_left_to_right_does_on_denials_written_for_it()
    {
        const string text = """
            We do not seek the contents of any messages. This is not a search warrant. No subpoena or court order was
            served. Il ne s'agit pas d'une situation de danger. Wir verlangen keine Inhalte, nicht die Nachrichten.
            A preservation letter was previously sent; we will obtain a warrant once a court order is granted.
            While the warrant is prepared, please preserve. There is no indication of any danger to life.
            Não se solicita o conteúdo. No hay riesgo. Het is geen sprake van gevaar; not at any real risk of harm.

            """;
        var normalized = NormalizedText.From(text);
        var words = Enumerable.Range(1, normalized.Length - 1)
            .Where(i => char.IsLetterOrDigit(normalized.Value[i]) && !char.IsLetterOrDigit(normalized.Value[i - 1]));
        AssertSameAnswers(normalized, words, "written denials");
    }

    private static readonly CueSet[] Families =
    [
        ProcessTypeCues.Set, FlagCues.Emergency, FlagCues.Ncmec, FlagCues.Content, FlagCues.NonDisclosure,
        TopicCues.MatterType, TopicCues.RequestedData,
    ];

    private static void AssertSameAnswers(NormalizedText text, IEnumerable<int> offsets, string label)
    {
        foreach (var (name, leftToRight, rightToLeft) in LookBehinds)
        {
            foreach (var offset in offsets)
            {
                // The window the engine reads: the sentence before the cue, at most 120 characters back.
                var (start, _) = text.SentenceAround(offset, 0, 120);
                var window = text.Value.AsSpan(start, offset - start);
                Assert.True(leftToRight.IsMatch(window) == rightToLeft.IsMatch(window),
                    $"{name} on {label} at {offset}: left to right {leftToRight.IsMatch(window)}, right to left {rightToLeft.IsMatch(window)}");
            }
        }
    }
}
