using TriageBot.Triage.Model;

namespace TriageBot.Intake;

/// <summary>What reading one incoming file gave: the request document, or why it could not be read.</summary>
public abstract record IntakeResult
{
    private IntakeResult()
    {
    }

    public sealed record Success(RequestDocument Document) : IntakeResult;

    /// <summary>A one-line, user-facing reason. It never quotes the request's contents.</summary>
    public sealed record Failure(string Message) : IntakeResult;
}
