using TriageBot.Triage.Model;

namespace TriageBot.Cases.Workflow;

/// <summary>The dates a case runs on: SLA due times per priority, legal deadlines, preservation holds.</summary>
public static class CaseClock
{
    /// <summary>A date the agency gives ("respond by 2026-03-10") lasts until the end of that day in the team's
    /// zone (<c>Cases:TimeZone</c>), the day the cards show it on.</summary>
    public static DateTime EndOfDay(CasesOptions options, DateOnly date) => TeamClock.For(options).EndOfDay(date);

    /// <summary>The SLA for <paramref name="priority"/> counted from <paramref name="from"/>, unless the legal
    /// deadline comes first.</summary>
    public static DateTime DueAt(CasesOptions options, Priority priority, DateTime from, DateTime? legalDeadline)
    {
        if (!options.Sla.TryGetValue(priority.ToString(), out var sla))
            throw new InvalidOperationException($"{CasesOptions.SectionName}:Sla has no entry for {priority}; add one (e.g. \"{priority}\": \"04:00:00\").");
        var due = from + sla;
        return legalDeadline is { } deadline && deadline < due ? deadline : due;
    }

    /// <summary>When a preservation hold ends (<see cref="PreservationHold"/>, the same rule as the triage
    /// finding): through the last day, counted from the request's own date, else from when the case was received.</summary>
    public static DateTime PreservationEndsAt(CasesOptions options, DateOnly? requestDate, DateTime receivedAt, bool ncmec) =>
        EndOfDay(options, PreservationHold.EndsOn(requestDate, TeamClock.For(options).DateOf(receivedAt), options.PreservationDays, ncmec));
}
