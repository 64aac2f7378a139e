namespace TriageBot.Mailbox.Imap;

/// <summary>A mailbox could not be reached or used; the message is one line, safe to show and log (no secrets).</summary>
/// <param name="isConfiguration">True when retrying cannot help until someone changes the configuration or the
/// environment (a missing password variable), as opposed to a server that is down.</param>
public sealed class MailboxException(string message, bool isConfiguration = false, Exception? inner = null) : Exception(message, inner)
{
    public bool IsConfiguration { get; } = isConfiguration;
}
