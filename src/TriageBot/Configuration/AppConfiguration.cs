using Microsoft.Extensions.Configuration;

namespace TriageBot.Configuration;

/// <summary>
/// Finds and reads the one configuration file: <c>TRIAGEBOT_CONFIG</c> if set, else <c>appsettings.json</c> in
/// the working directory (the repository root for a newcomer), else the copy next to the binary. Environment
/// variables prefixed <c>TRIAGEBOT_</c> override it (secrets come only from there), e.g.
/// <c>TRIAGEBOT_Triage__DeadlineWindowDays=5</c>.
/// </summary>
public static class AppConfiguration
{
    public const string PathVariable = "TRIAGEBOT_CONFIG";

    public static string? LocateFile()
    {
        var explicitPath = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrWhiteSpace(explicitPath)) return Path.GetFullPath(explicitPath);
        foreach (var candidate in new[] { Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), Path.Combine(AppContext.BaseDirectory, "appsettings.json") })
            if (File.Exists(candidate)) return candidate;
        return null;
    }

    public static IConfigurationRoot Build(string? file)
    {
        var builder = new ConfigurationBuilder();
        if (file is not null) builder.AddJsonFile(file, optional: false, reloadOnChange: false);
        return builder.AddEnvironmentVariables("TRIAGEBOT_").Build();
    }
}
