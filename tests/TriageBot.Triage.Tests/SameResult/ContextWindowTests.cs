using System.Text.RegularExpressions;
using TriageBot.Triage.Detection;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Tests.SameResult;

/// <summary>
/// The words around a cue that deny it or point at another paper are read by the non-backtracking engine, once
/// per window, instead of by compiled backtracking (which tried the look-behinds at every position of the window).
/// Whether a window matches must not depend on the engine: held on the windows before and after every cue of every
/// labelled request, and around every word of denials written for it.
/// </summary>
public class ContextWindowTests
{
    private static readonly (string Name, Regex Backtracking, Regex Engine)[] WindowRegexes =
        [.. new[]
        {
            ("negation before", CueContext.NegationBeforePattern), ("refusal in sentence", CueContext.RefusalInSentencePattern),
            ("reference before", CueContext.ReferenceBeforePattern), ("negation after", CueContext.NegationAfterPattern),
            ("reference after", CueContext.ReferenceAfterPattern),
        }.Select(p => (p.Item1, new Regex(p.Item2, CueContext.Options), new Regex(p.Item2, CueContext.WindowOptions)))];

    // The contrast that ends a refusal's reach was read by a look-ahead (backtracking only, so under a timeout); it is
    // now the last contrast word on the first line that has one, found without a look-ahead.
    private static readonly Regex ContrastLookAhead = new(
        @"\b(but|however|instead|rather|only|sondern|mais|pero|mas|ma|maar)\b(?!.*\b(but|however|instead|rather|only|sondern|mais|pero|mas|ma|maar)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly CueSet[] Families =
    [
        ProcessTypeCues.Set, FlagCues.Emergency, FlagCues.Ncmec, FlagCues.Content, FlagCues.NonDisclosure,
        TopicCues.MatterType, TopicCues.RequestedData,
    ];

    [Theory]
    [MemberData(nameof(LabelledRequests.Folders), MemberType = typeof(LabelledRequests))]
    public void Context_windows_match_exactly_as_with_backtracking_on_labelled_requests(string folder)
    {
        foreach (var (name, raw) in LabelledRequests.In(folder))
        {
            var text = NormalizedText.From(raw);
            var context = new CueContext(text);
            var cues = Families.SelectMany(f => f.Scan(text, context)).Select(h => (h.Offset, h.Length)).Distinct();
            AssertSameAnswers(text, cues, name);
        }
    }

    [Fact]
    public void Context_windows_match_exactly_as_with_backtracking_on_denials_written_for_them()
    {
        const string text = """
            We do not seek the contents of any messages. This is not a search warrant. No subpoena or court order was
            served. Il ne s'agit pas d'une situation de danger. Wir verlangen keine Inhalte, nicht die Nachrichten.
            A preservation letter was previously sent; we will obtain a warrant once a court order is granted.
            While the warrant is prepared, please preserve. There is no indication of any danger to life.
            Não se solicita o conteúdo. No hay riesgo. Het is geen sprake van gevaar; not at any real risk of harm.
            Contents are not requested, but subscriber records are. Inhalte werden nicht angefordert. The order will
            follow; a subpoena was served on 3 May. Do not produce chat conversations, prompts or uploaded files.
            Les contenus ne sont pas demandés. Emergency? No. Non-disclosure order: none. We do not seek messages but
            only the logins, rather
            than the contents; however the photos, sondern Fotos, mais pas les vidéos, pero no, ma non, maar geen.

            """;
        var normalized = NormalizedText.From(text);
        var words = Enumerable.Range(1, normalized.Length - 1)
            .Where(i => char.IsLetterOrDigit(normalized.Value[i]) && !char.IsLetterOrDigit(normalized.Value[i - 1]))
            .Select(i => (i, normalized.Value.AsSpan(i).IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") is var n and > 0 ? n : 1));
        AssertSameAnswers(normalized, words, "written denials");
    }

    private static void AssertSameAnswers(NormalizedText text, IEnumerable<(int Offset, int Length)> cues, string label)
    {
        foreach (var (offset, length) in cues)
        {
            // The windows the engine reads: the sentence before and after the cue, at most 120 characters around it.
            var (start, end) = text.SentenceAround(offset, length, 120);
            var before = text.Value[start..offset];
            var after = text.Value[(offset + length)..end];
            var contrast = ContrastLookAhead.Match(before);
            Assert.True((contrast.Success ? contrast.Index + contrast.Length : -1) == CueContext.LastContrast(before),
                $"contrast on {label} at {offset}: look-ahead {contrast.Index + contrast.Length}, engine {CueContext.LastContrast(before)}");
            foreach (var (name, backtracking, engine) in WindowRegexes)
            {
                foreach (var window in new[] { before, after })
                {
                    Assert.True(backtracking.IsMatch(window) == engine.IsMatch(window),
                        $"{name} on {label} at {offset}: backtracking {backtracking.IsMatch(window)}, engine {engine.IsMatch(window)}");
                }
            }
        }
    }
}
