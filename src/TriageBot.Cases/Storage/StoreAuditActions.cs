namespace TriageBot.Cases.Storage;

/// <summary>The audit actions a case store writes itself, as <see cref="ICaseStore"/> promises; the case services
/// write the others.</summary>
public static class StoreAuditActions
{
    /// <summary>Written with every case created; NewValue is the initial status.</summary>
    public const string Opened = "opened";

    /// <summary>The tombstone a purged case leaves; OldValue is its last status, Reason the retention rule.</summary>
    public const string Purged = "purged";
}
