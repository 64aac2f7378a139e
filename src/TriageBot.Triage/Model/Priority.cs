namespace TriageBot.Triage.Model;

/// <summary>How fast a human must look: P0 emergency, P1 child safety, P2 near deadline, P3 routine.</summary>
public enum Priority { P0, P1, P2, P3 }

public enum Severity { Info, Warning, Blocker }
