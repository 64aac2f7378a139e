using TriageBot.Triage;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Flows;

/// <summary>
/// Which missing fields the intake asks for before opening a case: who to answer (contact person, official
/// e-mail) and the extra fields the policy requires for the request's type and flags (an emergency's person at
/// risk and necessity, a subpoena's issuing authority, a child-safety matter's NCMEC report number). The rest of
/// the seed list (agency address, postal code, ...) goes into the missing-information request instead of
/// holding up intake.
/// </summary>
public static class CriticalFields
{
    private static readonly string[] Always = ["contactPerson", "email"];

    /// <summary>The critical fields for a type and flags, in asking order.</summary>
    public static IReadOnlyList<string> For(TriagePolicy policy, LegalProcessType type, TriageFlags flags)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var fields = new List<string>(Always);
        if (policy.RequiredFieldsByType.TryGetValue(type.ToWireName(), out var byType))
            fields.AddRange(byType.Where(f => !f.StartsWith('-')));
        foreach (var flag in flags.Raised())
        {
            if (policy.RequiredFieldsByFlag.TryGetValue(flag, out var byFlag)) fields.AddRange(byFlag);
        }
        return [.. fields.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The critical fields the request does not carry.</summary>
    public static IReadOnlyList<string> MissingFrom(TriagePolicy policy, TriageResult result) =>
        [.. For(policy, result.ProcessType, result.Flags).Where(f => !RequestFieldNames.IsPresent(result.Fields, f))];
}
