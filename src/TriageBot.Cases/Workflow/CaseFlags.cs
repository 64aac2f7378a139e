using TriageBot.Triage.Model;

namespace TriageBot.Cases.Workflow;

/// <summary>The flag names cases carry (the engine's <see cref="TriageFlags.Names"/>).</summary>
public static class CaseFlags
{
    public const string Emergency = "emergency";
    public const string Ncmec = "ncmec";
    public const string NonUs = "nonUs";
    public const string SuspiciousSender = "suspiciousSender";
    public const string NonDisclosureOrder = "nonDisclosureOrder";
    public const string ContentRequested = "contentRequested";
}
