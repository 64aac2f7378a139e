using TriageBot.Intake;

namespace TriageBot.Cli;

/// <summary>Opens a file named on the command line and hands it to the intake reader; file-system problems
/// become the same one-line failures as bad content.</summary>
public static class InputFiles
{
    public static async Task<IntakeResult> ReadAsync(RequestReader reader, string path, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path)) return new IntakeResult.Failure("is a directory, not a file");
        if (!File.Exists(path)) return new IntakeResult.Failure("no such file");
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
            return await reader.ReadAsync(Path.GetFileName(path), stream, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new IntakeResult.Failure($"cannot read the file ({e.GetType().Name.Replace("Exception", "")})");
        }
    }
}
