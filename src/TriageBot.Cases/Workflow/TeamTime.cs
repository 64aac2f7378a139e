namespace TriageBot.Cases.Workflow;

/// <summary>A time a person typed, read by <see cref="TeamClock.Read"/>: the instant, and whether it was read in the
/// team's zone because the text named no offset (replies say so).</summary>
public readonly record struct TeamTime(DateTime Utc, bool InTeamZone);
