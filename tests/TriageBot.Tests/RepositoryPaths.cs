namespace TriageBot.Tests;

/// <summary>Finds the repository (the folder holding TriageBot.sln) from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Sample(string name) => Path.Combine(Samples, name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TriageBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("TriageBot.sln not found above " + AppContext.BaseDirectory);
    }
}
