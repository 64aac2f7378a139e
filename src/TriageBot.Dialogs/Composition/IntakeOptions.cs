using TriageBot.Intake;

namespace TriageBot.Dialogs.Composition;

/// <summary>The <c>Intake</c> section: how much one incoming file may ask of the reader. The one definition of
/// the size limit: every intake path (chat files, Teams and Slack downloads, the mailbox, the command line) reads
/// <see cref="IntakeLimits"/> made from it.</summary>
public sealed class IntakeOptions
{
    public const string SectionName = "Intake";

    private static readonly IntakeLimits Defaults = new();

    /// <summary>Largest file read, in bytes (default 10 MB).</summary>
    public long MaxBytes { get; set; } = Defaults.MaxBytes;

    /// <summary>Most pages read from one PDF.</summary>
    public int MaxPdfPages { get; set; } = Defaults.MaxPdfPages;

    public IntakeLimits Limits => new(MaxBytes, MaxPdfPages);

    public IEnumerable<string> Validate()
    {
        if (MaxBytes is < 1024 or > 200L * 1024 * 1024) yield return $"{SectionName}:MaxBytes must be between 1 KB and 200 MB (is {MaxBytes}).";
        if (MaxPdfPages is < 1 or > 5000) yield return $"{SectionName}:MaxPdfPages must be between 1 and 5000 (is {MaxPdfPages}).";
    }
}
