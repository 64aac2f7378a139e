using TriageBot.Triage.Detection;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Tests;

/// <summary>
/// A cue family asks a part about a place only when the character there can begin one of the part's cues
/// (Text/FirstChars): what the reader says a pattern can begin with must never leave out a character a match of it
/// begins with, or a cue would silently go unseen.
/// </summary>
public class FirstCharsTests
{
    [Fact]
    public void An_optional_prefix_adds_its_first_characters_to_what_follows()
    {
        var first = FirstChars.Of(@"(18\s*U\.?S\.?C\.?\s*)?2703\s*\(\s*d\s*\)", CueSet.Options);
        Assert.True(first.Allows('1'));
        Assert.True(first.Allows('2'));
        Assert.False(first.Allows('U'));
        Assert.False(first.Allows(' '));
    }

    [Fact]
    public void Letters_are_allowed_in_either_case_and_anchors_are_passed()
    {
        var first = FirstChars.Of(@"\b(subpoena|warrant)\b|^\s*order", CueSet.Options);
        foreach (var c in "sSwWoO \t\n") Assert.True(first.Allows(c), $"'{c}'");
        Assert.False(first.Allows('x'));
        Assert.False(first.Allows('1'));
    }

    [Fact]
    public void A_character_outside_ASCII_in_the_text_is_never_excluded()
    {
        var first = FirstChars.Of("warrant", CueSet.Options);
        Assert.True(first.Allows('\u212A'));   // the Kelvin sign folds to k
        Assert.True(first.Allows('é'));
    }

    [Theory]
    [InlineData("a?")]                 // can match the empty string
    [InlineData(@"(?=x)y")]            // a lookaround is not read
    [InlineData(@"(?i:x)")]            // nor an inline option
    [InlineData(@"[^.\n]{0,3}")]       // a negated class begins with anything, and may be empty
    [InlineData(@"\S+x")]              // a negated shorthand
    public void What_the_reader_does_not_understand_allows_every_character(string pattern)
    {
        var first = FirstChars.Of(pattern, CueSet.Options);
        foreach (var c in "az09 .\n(") Assert.True(first.Allows(c), $"{pattern}: '{c}'");
    }

    [Fact]
    public void Every_cue_hit_on_the_labelled_requests_begins_with_a_character_its_cue_allows()
    {
        var checkedHits = 0;
        foreach (var raw in LabelledTexts())
        {
            var text = NormalizedText.From(raw);
            var context = new CueContext(text);
            foreach (var family in new[] { ProcessTypeCues.Set, FlagCues.Emergency, FlagCues.Ncmec, FlagCues.Content, FlagCues.NonDisclosure, TopicCues.MatterType, TopicCues.RequestedData })
            {
                foreach (var hit in family.ScanByParts(text, context).Where(h => h.Length > 0))
                {
                    Assert.True(FirstChars.Of(hit.Cue.Pattern, CueSet.Options).Allows(hit.Text[0]), $"{hit.Cue.Reason}: \"{hit.Text}\"");
                    checkedHits++;
                }
            }
        }
        Assert.True(checkedHits > 500, $"only {checkedHits} hits checked");
    }

    private static IEnumerable<string> LabelledTexts()
    {
        var root = AppContext.BaseDirectory;
        for (var dir = new DirectoryInfo(root); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "TriageBot.sln"))) continue;
            // Our own samples and the first requests of every labelled set (a blind set is never on this branch).
            var samples = Path.Combine(dir.FullName, "samples");
            var sets = Directory.GetDirectories(Path.Combine(samples, "realistic")).Where(d => !d.Contains("heldout29", StringComparison.Ordinal)).Order();
            return Directory.GetFiles(samples, "*.txt").Order()
                .Concat(sets.SelectMany(d => Directory.GetFiles(d).Where(f => f.EndsWith(".txt") || f.EndsWith(".eml")).Order().Take(15)))
                .Select(File.ReadAllText);
        }
        throw new InvalidOperationException("TriageBot.sln not found above " + root);
    }
}
