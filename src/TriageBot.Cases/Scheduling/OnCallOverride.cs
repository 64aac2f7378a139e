namespace TriageBot.Cases.Scheduling;

/// <summary>A manager's run-time change to the rotation: <paramref name="Member"/> covers the role from
/// <paramref name="From"/> until <paramref name="Until"/> (UTC).</summary>
public sealed record OnCallOverride(string Id, OnCallRole Role, string Member, DateTime From, DateTime Until, string SetBy, DateTime SetAt);

public enum OnCallRole { Primary, Secondary }
