using TriageBot.Triage.Detection;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Tests;

/// <summary>
/// A cue family scanned in one pass (the whole family finds where cues start, its parts say which) must report
/// exactly what scanning it part by part reports: the same cues at the same places with the same weights, overlaps
/// between parts included. Held on every labelled request, so a cue added to a family cannot silently change it.
/// </summary>
public class CueSetTests
{
    private static string Root { get; } = FindRoot();

    private static readonly (string Name, CueSet Set)[] Families =
    [
        ("process types", ProcessTypeCues.Set), ("emergency", FlagCues.Emergency), ("ncmec", FlagCues.Ncmec),
        ("content", FlagCues.Content), ("non-disclosure", FlagCues.NonDisclosure),
        ("matter type", TopicCues.MatterType), ("requested data", TopicCues.RequestedData),
    ];

    public static TheoryData<string> LabelledFolders() =>
        [.. new[] { "samples" }.Concat(Directory.GetDirectories(Path.Combine(Root, "samples", "realistic")).Select(d => Path.GetRelativePath(Root, d)).Order())];

    [Theory]
    [MemberData(nameof(LabelledFolders))]
    public void One_pass_finds_the_same_hits_as_scanning_part_by_part_on_labelled_requests(string folder)
    {
        var files = Directory.GetFiles(Path.Combine(Root, folder)).Where(f => f.EndsWith(".txt") || f.EndsWith(".eml")).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files) AssertSameHits(File.ReadAllText(file), Path.GetFileName(file));
    }

    [Fact]
    public void One_pass_finds_the_same_hits_where_cues_of_different_parts_overlap()
    {
        // Every cue's own words back to back, with no space and with one, so cues of different parts start inside
        // each other's matches and at the same places.
        var words = Families.SelectMany(f => Hits(f.Set, LabelledText)).Select(h => h.Text).Distinct().ToList();
        AssertSameHits(string.Concat(words), "cue words run together");
        AssertSameHits(string.Join(' ', words), "cue words with spaces");
        AssertSameHits(string.Join('\n', words.AsEnumerable().Reverse()), "cue words line by line");
    }

    [Fact]
    public void A_text_of_nothing_but_cues_gets_the_same_hits_as_part_by_part()
    {
        // Thousands of cue starts: the one-pass scan gives up on its budget and scans part by part.
        var words = string.Join(' ', Families.SelectMany(f => Hits(f.Set, LabelledText)).Select(h => h.Text).Distinct());
        AssertSameHits(string.Concat(Enumerable.Repeat(words + "\n", 40)), "cues repeated");
    }

    [Fact]
    public void The_families_the_test_holds_are_scanned_in_several_parts()
    {
        // Otherwise the tests above compare one regex with itself and prove nothing.
        Assert.True(ProcessTypeCues.Set.PartCount > 1);
        Assert.True(FlagCues.Emergency.PartCount > 1);
    }

    private static void AssertSameHits(string raw, string label)
    {
        var text = NormalizedText.From(raw);
        var context = new CueContext(text);
        foreach (var (name, set) in Families)
        {
            var expected = set.ScanByParts(text, context).Select(Describe).ToList();
            var actual = set.Scan(text, context).Select(Describe).ToList();
            Assert.True(expected.SequenceEqual(actual),
                $"{name} on {label}: part by part {expected.Count} hits, one pass {actual.Count}; first difference: " +
                $"{expected.Except(actual).FirstOrDefault()} / {actual.Except(expected).FirstOrDefault()}");
        }
    }

    private static string Describe(CueHit h) => $"{h.Cue.Target}|{h.Cue.Reason}|{h.Offset}|{h.Length}|{h.Weight:R}|{h.Text}";

    private static List<CueHit> Hits(CueSet set, NormalizedText text) => set.ScanByParts(text, new CueContext(text));

    private static NormalizedText LabelledText { get; } = NormalizedText.From(string.Join("\n\n",
        Directory.GetFiles(Path.Combine(Root, "samples")).Where(f => f.EndsWith(".txt")).Order().Select(File.ReadAllText)));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TriageBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("TriageBot.sln not found above " + AppContext.BaseDirectory);
    }
}
