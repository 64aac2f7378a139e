namespace TriageBot.Triage.Model;

/// <summary>
/// One incoming request as the engine sees it: the readable text of everything that arrived (body, forwarded
/// messages, text of attachments) plus the e-mail envelope when there was one. Channels and file readers build it;
/// the engine never touches files or the network.
/// </summary>
public sealed record RequestDocument
{
    /// <summary>All readable text, in reading order. Forwarded messages and attachment texts are appended with
    /// their own header lines (From:, Reply-To:, Subject:) so the engine can see who originally sent what.</summary>
    public required string Text { get; init; }

    /// <summary>Envelope of the original request when it arrived as e-mail (the innermost forwarded message
    /// when a colleague forwarded it); null for a paste.</summary>
    public EmailEnvelope? Envelope { get; init; }

    /// <summary>Names of documents that came with the request (PDF of the warrant, attached .eml, ...).</summary>
    public IReadOnlyList<string> AttachmentNames { get; init; } = [];

    public static RequestDocument FromText(string text) => new() { Text = text };
}

/// <summary>Header facts of an e-mail. Addresses are bare (<c>name@domain</c>), lower-cased.</summary>
public sealed record EmailEnvelope(
    string? From,
    string? FromName,
    string? ReplyTo,
    string? Subject,
    DateTimeOffset? Date)
{
    /// <summary>Where the message was sent: the provider's own mailbox, so a quoted message from it is ours.</summary>
    public IReadOnlyList<string> To { get; init; } = [];
}
