namespace TriageBot.Cases.Workflow;

/// <summary>A case service refused a request; the message is written for the person who asked and names what
/// would be allowed instead. Callers show <see cref="Exception.Message"/> as it is.</summary>
public class CaseRuleException : Exception
{
    public CaseRuleException(string caseId, string message) : base(message) => CaseId = caseId;

    public CaseRuleException(string caseId, string message, Exception inner) : base(message, inner) => CaseId = caseId;

    /// <summary>The case the refusal is about, as the caller wrote it when it was not a case number.</summary>
    public string CaseId { get; }
}

/// <summary>No case has that number (or the text is not a case number at all).</summary>
public sealed class CaseNotFoundException : CaseRuleException
{
    public CaseNotFoundException(string caseId) : base(caseId, $"No case {caseId}.")
    {
    }

    public CaseNotFoundException(string caseId, string message) : base(caseId, message)
    {
    }
}

/// <summary>Someone else changed the case while this change was being made, and the change no longer applies
/// (or kept colliding); the message says what changed.</summary>
public sealed class CaseConflictException : CaseRuleException
{
    public CaseConflictException(string caseId, string message) : base(caseId, message)
    {
    }

    public CaseConflictException(string caseId, string message, Exception inner) : base(caseId, message, inner)
    {
    }
}
