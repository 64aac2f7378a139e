namespace TriageBot.Cases;

/// <summary>Start-up checks of the <c>Cases</c> section, worded for whoever edits appsettings.json.</summary>
public static class CasesOptionsValidation
{
    public static readonly IReadOnlyList<string> KnownRoles = ["staff", "reviewer", "manager", "admin"];

    public static readonly IReadOnlyList<string> RestrictableSkills = ["national_security", "child_safety"];

    public static IEnumerable<string> Validate(CasesOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DatabasePath)) yield return "Cases:DatabasePath must name the database file.";
        foreach (var priority in new[] { "P0", "P1", "P2", "P3" })
        {
            if (!options.Sla.TryGetValue(priority, out var due)) yield return $"Cases:Sla:{priority} is missing (a time span such as 04:00:00).";
            else if (due <= TimeSpan.Zero) yield return $"Cases:Sla:{priority} must be positive (is {due}).";
        }
        if (options.RetentionDays < 1) yield return $"Cases:RetentionDays must be at least 1 (is {options.RetentionDays}).";
        if (options.ExpiryWarningDays is < 0 or > 365) yield return $"Cases:ExpiryWarningDays must be between 0 and 365 (is {options.ExpiryWarningDays}).";

        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in options.Team)
        {
            if (string.IsNullOrWhiteSpace(member.Id)) { yield return "Cases:Team: every member needs an Id."; continue; }
            if (!ids.Add(member.Id)) yield return $"Cases:Team: the id '{member.Id}' is used twice.";
            foreach (var role in member.Roles.Where(r => !KnownRoles.Contains(r, StringComparer.OrdinalIgnoreCase)))
                yield return $"Cases:Team:{member.Id}: unknown role '{role}'. Known roles: {string.Join(", ", KnownRoles)}.";
        }
        foreach (var (list, name) in new[] { (options.OnCall.Primary, "Primary"), (options.OnCall.Secondary, "Secondary"), (options.OnCall.Managers, "Managers") })
            foreach (var id in list.Where(id => !ids.Contains(id)))
                yield return $"Cases:OnCall:{name}: '{id}' is not on the team (Cases:Team).";
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone ?? "", out _))
            yield return $"Cases:TimeZone '{options.TimeZone}' is not a time zone id this machine knows (e.g. UTC, America/New_York, Europe/Berlin).";
        foreach (var skill in options.RestrictedSkills.Where(s => !RestrictableSkills.Contains(s, StringComparer.OrdinalIgnoreCase)))
            yield return $"Cases:RestrictedSkills: '{skill}' cannot restrict cases. Restrictable: {string.Join(", ", RestrictableSkills)}.";
        if (options.OnCall.RotationDays < 1) yield return $"Cases:OnCall:RotationDays must be at least 1 (is {options.OnCall.RotationDays}).";
    }
}
