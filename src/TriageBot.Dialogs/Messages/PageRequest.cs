namespace TriageBot.Dialogs.Messages;

/// <summary>
/// An emergency or child-safety case that must reach the on-call reviewer now. The dialogs raise it; a channel
/// that pages (Slack) delivers it and escalates. It carries no request contents.
/// </summary>
public sealed record PageRequest(string CaseId, string Priority, string ProcessType, DateTime ReceivedAt, DateTime DueAt, IReadOnlyList<string> Missing, string? OnCallPrimary);

/// <summary>Where pages go. The local chat prints them; the Slack channel sends them.</summary>
public interface IPageSink
{
    Task PageAsync(PageRequest page, CancellationToken cancellationToken);
}
