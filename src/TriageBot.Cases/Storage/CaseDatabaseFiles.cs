using TriageBot.Cases.Storage.Keys;

namespace TriageBot.Cases.Storage;

/// <summary>
/// Where the case database and its data key live, as absolute paths: relative paths in the <c>Cases</c> section
/// start at <paramref name="BaseDirectory"/> (the folder of the configuration file), <c>~/</c> is the home folder.
/// Secrets (database password, data key) come from the environment variables the section names.
/// </summary>
public sealed record CaseDatabaseFiles(CasesOptions Options, string BaseDirectory)
{
    public string DatabasePath => Path.GetFullPath(Options.DatabasePath, BaseDirectory);

    public string DataKeyFilePath => Path.GetFullPath(
        Options.DataKeyFile.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), Options.DataKeyFile[2..])
            : Options.DataKeyFile,
        BaseDirectory);

    public string? Password =>
        Environment.GetEnvironmentVariable(Options.PasswordVariable) is { Length: > 0 } password ? password : null;

    public DataKeyRing Keys(Action<string>? notice = null) => DataKeys.Resolve(Options, DataKeyFilePath, notice);

    /// <summary>Opens (or creates) the database; a locked file, a wrong password or key is a
    /// <see cref="CaseStoreException"/> with a message for the operator.</summary>
    public LiteDbCaseStore Open(TimeProvider time, Action<string>? notice = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        return LiteDbCaseStore.OpenWithKeys(DatabasePath, Password, Keys(notice), time);
    }

    /// <summary>Checks of the paths, worded for whoever edits appsettings.json.</summary>
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Options.DatabasePath)) yield break; // reported by CasesOptionsValidation
        if (string.IsNullOrWhiteSpace(Options.DataKeyFile))
            yield return "Cases:DataKeyFile must name the data key file (default triagebot.key beside the configuration).";
        else if (string.Equals(Path.GetDirectoryName(DataKeyFilePath), Path.GetDirectoryName(DatabasePath), StringComparison.Ordinal))
            yield return $"Cases:DataKeyFile ({DataKeyFilePath}) must not be in the database's folder: a copy of the folder would carry the key with the data.";
    }
}
