namespace TriageBot.Cases.Storage;

/// <summary>The case database cannot be used as asked: in use elsewhere, wrong password or data key, not a
/// LiteDB file, written by a newer version. The message says what to do; it is meant for the operator.</summary>
public sealed class CaseStoreException : Exception
{
    public CaseStoreException(string message)
        : base(message)
    {
    }

    public CaseStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
