using TriageBot.Triage.Detection;
using TriageBot.Triage.Tests.SameResult;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Tests;

/// <summary>
/// A cue set lives as long as the host, and .NET's non-backtracking engine builds each regex's automaton lazily from
/// what it has read. Once a regex has read enough varied text (its automaton grown to tens of thousands of states,
/// where the engine starts simulating an NFA), .NET 10 stopped reporting a match that ends just before a line break
/// that is the input's last character, although IsMatch still said there was one. The one-pass scan then missed such
/// a cue on the last line of a request ("... Attorneys for Plaintiff\n"), or threw. What a cue set reports must not
/// depend on what it has read before.
/// </summary>
public class CueSetHistoryTests
{
    [Fact]
    public void A_cue_set_that_has_read_much_varied_text_still_finds_a_cue_on_the_last_line()
    {
        // A set of its own, so the regexes the other tests share are left alone; the process-type family, whose
        // automaton grows fastest.
        var set = new CueSet(ProcessTypeCues.Set.Cues);
        var requests = ((IEnumerable<object[]>)LabelledRequests.Folders()).Select(row => (string)row[0]).SelectMany(LabelledRequests.In).Select(r => r.Text).ToList();
        var words = requests.Take(300).SelectMany(r => Hits(set, r)).Select(h => h.Text).Distinct().Order().ToList();

        // What a long-running host reads: requests, and senders who paste cue words together (the budget of the
        // one-pass scan sends the worst of them to part-by-part scanning, after its starts regex has read part).
        var random = new Random(11);
        for (var round = 0; round < 400; round++)
        {
            Read(set, requests[round % requests.Count]);
            Read(set, string.Join("", Enumerable.Range(0, 200).Select(_ => words[random.Next(words.Count)] + (random.Next(3) == 0 ? "" : " "))));
        }

        // Each cue's words ending a request, as a signature line does, and in the middle for contrast.
        foreach (var word in words.Concat(["counsel for the defendant", "probable cause", "Attorneys for Plaintiff"]))
        {
            foreach (var text in new[] { $"Signed by {word}\n", $"(555) 010-0199, {word}\n", $"Signed by {word}\nThank you.\n" })
            {
                var normalized = NormalizedText.From(text);
                var context = new CueContext(normalized);
                Assert.Equal(Fresh.ScanByParts(normalized, context).Select(Describe), set.Scan(normalized, context).Select(Describe));
            }
        }
    }

    /// <summary>A set that has read nothing else: what every set must report.</summary>
    private static CueSet Fresh { get; } = new(ProcessTypeCues.Set.Cues);

    private static void Read(CueSet set, string raw)
    {
        var text = NormalizedText.From(raw);
        set.Scan(text, new CueContext(text));
    }

    private static List<CueHit> Hits(CueSet set, string raw)
    {
        var text = NormalizedText.From(raw);
        return set.ScanByParts(text, new CueContext(text));
    }

    private static string Describe(CueHit h) => $"{h.Cue.Reason}|{h.Offset}|{h.Length}|{h.Text}";
}
