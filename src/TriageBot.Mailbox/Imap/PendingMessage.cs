namespace TriageBot.Mailbox.Imap;

/// <summary>A message waiting in the watched folder, as the server describes it before anything is downloaded.</summary>
/// <param name="MessageId">The Message-ID without angle brackets, when it has one.</param>
/// <param name="ArrivedAt">When the server received it (IMAP INTERNALDATE): the case's received time, even if
/// the host was down then.</param>
public sealed record PendingMessage(uint Uid, long? Size, DateTimeOffset? ArrivedAt, string? MessageId);

/// <summary>How many messages each folder of a mailbox holds.</summary>
public sealed record FolderCounts(int Waiting, int Processed, int Quarantined);
