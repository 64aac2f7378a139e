using Microsoft.Extensions.Configuration;
using TriageBot.Intake;
using TriageBot.Triage;

namespace TriageBot.Configuration;

/// <summary>The settings the command line needs, bound and checked once at start-up.</summary>
public sealed record TriageBotSettings(TriagePolicy Policy, IntakeLimits Limits)
{
    /// <summary>Binds and validates; the error lists every problem, worded for whoever edits appsettings.json.</summary>
    public static TriageBotSettings Load(IConfiguration configuration)
    {
        var policy = new TriagePolicy();
        var section = configuration.GetSection(TriagePolicy.SectionName);
        // Lists in appsettings.json replace the defaults rather than append to them, so staff see the whole policy.
        if (section.GetSection(nameof(TriagePolicy.RequiredFields)).Exists()) policy.RequiredFields = [];
        if (section.GetSection(nameof(TriagePolicy.RequiredFieldsByType)).Exists()) policy.RequiredFieldsByType = new(StringComparer.OrdinalIgnoreCase);
        if (section.GetSection(nameof(TriagePolicy.RequiredFieldsByFlag)).Exists()) policy.RequiredFieldsByFlag = new(StringComparer.OrdinalIgnoreCase);
        section.Bind(policy);

        var intake = configuration.GetSection("Intake");
        var limits = new IntakeLimits(
            MaxBytes: intake.GetValue("MaxBytes", new IntakeLimits().MaxBytes),
            MaxPdfPages: intake.GetValue("MaxPdfPages", new IntakeLimits().MaxPdfPages));

        var problems = policy.Validate().ToList();
        if (limits.MaxBytes is < 1024 or > 200L * 1024 * 1024) problems.Add($"Intake:MaxBytes must be between 1 KB and 200 MB (is {limits.MaxBytes}).");
        if (limits.MaxPdfPages is < 1 or > 5000) problems.Add($"Intake:MaxPdfPages must be between 1 and 5000 (is {limits.MaxPdfPages}).");
        if (problems.Count > 0) throw new SettingsException(problems);
        return new TriageBotSettings(policy, limits);
    }
}

public sealed class SettingsException(IReadOnlyList<string> problems)
    : Exception("The configuration is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
