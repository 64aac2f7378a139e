using TriageBot.Cases.Storage;
using TriageBot.Cases.Storage.Keys;
using TriageBot.Configuration;

namespace TriageBot.CaseTracking;

/// <summary>
/// Where the master key comes from: the environment variable named by <c>Cases:DataKeyVariable</c> (production:
/// from a secret store), with previous keys in <c>Cases:PreviousDataKeysVariable</c> during a rotation; else the
/// key file <c>Cases:DataKeyFile</c>, generated on first use. There is always a key.
/// </summary>
public static class DataKeys
{
    public static DataKeyRing Resolve(TriageBotSettings settings, Action<string>? notice = null)
    {
        var options = settings.Cases;
        if (Environment.GetEnvironmentVariable(options.DataKeyVariable) is { } value && !string.IsNullOrWhiteSpace(value))
            return new DataKeyRing(DataKey.Parse(value, $"The environment variable {options.DataKeyVariable}"), Previous(options.PreviousDataKeysVariable));

        var path = settings.DataKeyFilePath;
        var ring = DataKeyFile.LoadOrCreate(path, out var created);
        if (created)
            notice?.Invoke($"No data key was configured: generated one (key {ring.Current.Id}) into {path}, readable by you only. " +
                "Keep a copy apart from the database and its backups: without it the cases cannot be read.");
        return ring;
    }

    public static bool FromEnvironment(TriageBotSettings settings) =>
        !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(settings.Cases.DataKeyVariable));

    private static IEnumerable<DataKey> Previous(string variable) =>
        (Environment.GetEnvironmentVariable(variable) ?? "")
            .Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => DataKey.Parse(k, $"The environment variable {variable}"))
            .ToList();
}
