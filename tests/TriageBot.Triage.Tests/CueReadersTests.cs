using TriageBot.Triage.Detection;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Tests;

/// <summary>
/// Which cue took a match is read from each cue's own small regex (CueReaders), not from the engine's capture groups:
/// both must name the same cue with the same place and text for every hit, including where cues overlap, where one
/// cue's words begin another's, at the very start and end of a text and before a last line break.
/// </summary>
public class CueReadersTests
{
    private static readonly (string Name, CueSet Set)[] Families =
    [
        ("process types", ProcessTypeCues.Set), ("emergency", FlagCues.Emergency), ("ncmec", FlagCues.Ncmec),
        ("content", FlagCues.Content), ("non-disclosure", FlagCues.NonDisclosure),
        ("matter type", TopicCues.MatterType), ("requested data", TopicCues.RequestedData),
    ];

    [Theory]
    [InlineData("Grand jury subpoena for subscriber records and IP logs; please do not disclose.")]
    [InlineData("subpoena")]
    [InlineData("Search warrant issued under 18 U.S.C. 2703(d) order\n")]
    [InlineData("URGENT - imminent danger of death: child exploitation, CSAM reported via CyberTipline\n")]
    [InlineData("court order\nsubpoena\nwarrant\npreservation request\nemergency disclosure request\n\n")]
    [InlineData("gag order: non-disclosure order under 2705(b) for the content of communications and messages")]
    [InlineData("subpoenawarrantcourt orderpreservationemergencycontentsubscriber")]
    public void The_readers_name_the_same_cue_as_the_engines_groups(string raw)
    {
        var text = NormalizedText.From(raw);
        var context = new CueContext(text);
        foreach (var (name, set) in Families)
        {
            var expected = set.ScanByGroups(text, context).Select(Describe).ToList();
            Assert.Equal(expected, set.ScanByParts(text, context).Select(Describe).ToList());
            Assert.Equal(expected, set.Scan(text, context).Select(Describe).ToList());
        }
    }

    [Fact]
    public void The_readers_name_the_same_cue_as_the_engines_groups_on_every_labelled_request()
    {
        var root = FindRoot();
        var files = new[] { "samples" }.Concat(Directory.GetDirectories(Path.Combine(root, "samples", "realistic")))
            .SelectMany(d => Directory.GetFiles(Path.Combine(root, d)))
            .Where(f => f.EndsWith(".txt") || f.EndsWith(".eml")).Order().ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = NormalizedText.From(File.ReadAllText(file));
            var context = new CueContext(text);
            foreach (var (name, set) in Families)
            {
                var expected = set.ScanByGroups(text, context).Select(Describe).ToList();
                var actual = set.ScanByParts(text, context).Select(Describe).ToList();
                Assert.True(expected.SequenceEqual(actual), $"{name} on {Path.GetFileName(file)}: groups {expected.Count} hits, readers {actual.Count}");
            }
        }
    }

    private static string Describe(CueHit h) => $"{h.Cue.Target}|{h.Cue.Reason}|{h.Cue.Pattern}|{h.Offset}|{h.Length}|{h.Weight:R}|{h.Text}";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TriageBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("TriageBot.sln not found above " + AppContext.BaseDirectory);
    }
}
