namespace TriageBot.Triage.Tests.SameResult;

/// <summary>The labelled requests a faster scan is held against: samples/ and every set under samples/realistic
/// except the blind one (heldout29 is never read).</summary>
internal static class LabelledRequests
{
    public static string Root { get; } = FindRoot();

    public static TheoryData<string> Folders() =>
        [.. new[] { "samples" }.Concat(Directory.GetDirectories(Path.Combine(Root, "samples", "realistic"))
            .Where(d => !Path.GetFileName(d).StartsWith("heldout29", StringComparison.Ordinal))
            .Select(d => Path.GetRelativePath(Root, d)).Order())];

    public static IEnumerable<(string Name, string Text)> In(string folder) =>
        Directory.GetFiles(Path.Combine(Root, folder)).Where(f => f.EndsWith(".txt") || f.EndsWith(".eml")).Order()
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TriageBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("TriageBot.sln not found above " + AppContext.BaseDirectory);
    }
}
