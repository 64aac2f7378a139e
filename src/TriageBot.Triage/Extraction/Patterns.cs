using System.Text.RegularExpressions;

namespace TriageBot.Triage.Extraction;

/// <summary>Regex construction in one place, so every pattern in the engine is linear-time and culture-invariant.</summary>
internal static class Patterns
{
    public const RegexOptions Insensitive =
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant |
        RegexOptions.ExplicitCapture | RegexOptions.Multiline;

    public const RegexOptions Sensitive =
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Multiline;

    public static Regex Build(string pattern, bool ignoreCase = true) => new(pattern, ignoreCase ? Insensitive : Sensitive);

    public static string Clean(string value) =>
        value.Trim().Trim('*', '_', '"', '\'', ',', ';', '.', ' ', '\t', '|').Trim();
}
