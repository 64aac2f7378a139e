using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace TriageBot.Teams;

/// <summary>Catches what binding silently ignores in the <c>Teams</c> section: misspelt keys (a mistyped
/// <c>LocalMode</c> would otherwise switch nothing on) and a secret written into the file.</summary>
public sealed class TeamsConfigurationKeysValidator(IConfiguration section) : IValidateOptions<TeamsOptions>
{
    private static readonly HashSet<string> Known = typeof(TeamsOptions).GetProperties()
        .Where(p => p.CanWrite && p.Name != nameof(TeamsOptions.AppPassword))
        .Select(p => p.Name)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        var problems = new List<string>();
        foreach (var key in section.GetChildren().Select(c => c.Key))
        {
            if (string.Equals(key, nameof(TeamsOptions.AppPassword), StringComparison.OrdinalIgnoreCase))
                problems.Add($"{TeamsOptions.SectionName}:AppPassword must not be in the configuration: put the secret in the environment variable named by {TeamsOptions.SectionName}:AppPasswordVariable.");
            else if (!Known.Contains(key))
                problems.Add($"{TeamsOptions.SectionName}:{key} is not a known setting (known: {string.Join(", ", Known.Order(StringComparer.Ordinal))}).");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
