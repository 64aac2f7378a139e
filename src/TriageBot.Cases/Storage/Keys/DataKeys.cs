namespace TriageBot.Cases.Storage.Keys;

/// <summary>
/// Where the master key comes from: the environment variable named by <c>Cases:DataKeyVariable</c> (production:
/// from a secret store), with previous keys in <c>Cases:PreviousDataKeysVariable</c> during a rotation; else the
/// key file <c>Cases:DataKeyFile</c>, generated on first use. There is always a key.
/// </summary>
public static class DataKeys
{
    /// <param name="keyFile">The key file, absolute (<see cref="CaseDatabaseFiles.DataKeyFilePath"/>).</param>
    /// <param name="notice">Told once when a key file was generated.</param>
    public static DataKeyRing Resolve(CasesOptions options, string keyFile, Action<string>? notice = null)
    {
        if (Environment.GetEnvironmentVariable(options.DataKeyVariable) is { } value && !string.IsNullOrWhiteSpace(value))
            return new DataKeyRing(DataKey.Parse(value, $"The environment variable {options.DataKeyVariable}"), Previous(options.PreviousDataKeysVariable));

        var ring = DataKeyFile.LoadOrCreate(keyFile, out var created);
        if (created)
            notice?.Invoke($"No data key was configured: generated one (key {ring.Current.Id}) into {keyFile}, readable by you only. " +
                "Keep a copy apart from the database and its backups: without it the cases cannot be read.");
        return ring;
    }

    public static bool FromEnvironment(CasesOptions options) =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(options.DataKeyVariable));

    private static IEnumerable<DataKey> Previous(string variable) =>
        (Environment.GetEnvironmentVariable(variable) ?? "")
            .Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => DataKey.Parse(k, $"The environment variable {variable}"))
            .ToList();
}
