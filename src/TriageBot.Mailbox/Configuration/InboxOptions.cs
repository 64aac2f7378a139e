namespace TriageBot.Mailbox.Configuration;

/// <summary>The <c>Inbox</c> section: the mailboxes watched for e-mailed requests and where their summaries go.</summary>
public sealed class InboxOptions
{
    public const string SectionName = "Inbox";

    public List<MailboxOptions> Mailboxes { get; set; } = [];

    /// <summary>How often a server without IDLE is asked for new mail; also how often IDLE is renewed at the latest.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The first wait after a mailbox could not be reached; doubled after each failure up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest wait for a server to answer one command (connect, login, fetch).</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Slack channel id (C…) the summary card of each e-mailed request is posted to; empty: none.</summary>
    public string SlackChannel { get; set; } = "";

    /// <summary>Teams channel conversation id (<c>19:…@thread.tacv2</c>) the summary card is posted to; empty: none.
    /// The bot must have been added to the team and mentioned there once, so its address is known.</summary>
    public string TeamsChannel { get; set; } = "";

    public bool Enabled => Mailboxes.Count > 0;
}

/// <summary>One watched mailbox.</summary>
public sealed class MailboxOptions
{
    /// <summary>A short name used in logs, status and the case's source (<c>legal</c>).</summary>
    public string Name { get; set; } = "";
    public string Host { get; set; } = "";
    /// <summary>0: the usual port for the security (993 for ssl, 143 otherwise).</summary>
    public int Port { get; set; }
    /// <summary><c>ssl</c> (TLS from the start, port 993), <c>starttls</c> (upgrade on 143), or <c>none</c> (loopback or test servers only).</summary>
    public string Security { get; set; } = "ssl";
    public string User { get; set; } = "";
    /// <summary><c>password</c> (LOGIN / PLAIN) or <c>xoauth2</c> (Microsoft 365, Gmail).</summary>
    public string Auth { get; set; } = "password";
    /// <summary>Environment variable holding the password (Auth = password).</summary>
    public string PasswordVariable { get; set; } = "";
    /// <summary>Environment variable holding an OAuth2 access token (Auth = xoauth2).</summary>
    public string TokenVariable { get; set; } = "";
    /// <summary>A command printing a fresh OAuth2 access token on its standard output, run before each login (Auth = xoauth2).</summary>
    public string TokenCommand { get; set; } = "";
    public string Folder { get; set; } = "INBOX";
    public string ProcessedFolder { get; set; } = "Processed";
    public string QuarantineFolder { get; set; } = "Quarantine";

    public MailboxSecurity SecurityMode => Security.Trim().ToLowerInvariant() switch
    {
        "none" => MailboxSecurity.None,
        "starttls" => MailboxSecurity.StartTls,
        _ => MailboxSecurity.Ssl,
    };

    public bool UsesOAuth => string.Equals(Auth.Trim(), "xoauth2", StringComparison.OrdinalIgnoreCase);

    public int EffectivePort => Port > 0 ? Port : SecurityMode == MailboxSecurity.Ssl ? 993 : 143;
}

public enum MailboxSecurity
{
    None,
    Ssl,
    StartTls,
}
