using Microsoft.Extensions.Configuration;

namespace TriageBot.Slack;

/// <summary>
/// How the Slack channel connects. Secrets never live here: only the names of the environment variables that
/// hold them, read at the moment of use so a rotated secret needs no restart.
/// </summary>
public sealed record SlackOptions
{
    /// <summary>Environment variable holding the app's signing secret (Basic Information page of the Slack app).</summary>
    public string SigningSecretVariable { get; init; } = "SLACK_SIGNING_SECRET";

    /// <summary>Environment variable holding the bot token (<c>xoxb-…</c>).</summary>
    public string BotTokenVariable { get; init; } = "SLACK_BOT_TOKEN";

    /// <summary>How Slack reaches the bot: <c>http</c> (Slack calls <c>/slack/*</c> on a public URL) or <c>socket</c>
    /// (Socket Mode: the bot dials out over a WebSocket, so it can run behind a firewall with no public URL).</summary>
    public string Mode { get; init; } = "http";

    /// <summary>Environment variable holding the app-level token (<c>xapp-…</c>, scope <c>connections:write</c>) Socket Mode connects with.</summary>
    public string AppTokenVariable { get; init; } = "SLACK_APP_TOKEN";

    /// <summary>First wait before reconnecting after a dropped Socket Mode connection; doubled per further failure.</summary>
    public TimeSpan SocketReconnectBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between Socket Mode reconnection attempts.</summary>
    public TimeSpan SocketReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>True when <see cref="Mode"/> selects Socket Mode.</summary>
    public bool UsesSocketMode => string.Equals(Mode?.Trim(), "socket", StringComparison.OrdinalIgnoreCase);

    /// <summary>Web API base address; tests point it at a loopback fake.</summary>
    public Uri ApiBaseUrl { get; init; } = new("https://slack.com/api/");

    /// <summary>Slack's own requests are a few kilobytes; anything far larger is not from Slack.</summary>
    public int MaxRequestBytes { get; init; } = 256 * 1024;

    /// <summary>Web API attempts per call (429 and 5xx are retried).</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>First back-off after a 5xx or a network failure; doubled on each further attempt.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A Retry-After above this is not waited for in-line: the call fails with <c>ratelimited</c>.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Channel id (<c>C…</c>) for emergency notices without personal data; empty: no notices. Invite the
    /// bot there. (The acknowledgement timeouts are the case desk's: the <c>Paging</c> section.)</summary>
    public string? EmergencyChannel { get; init; }

    /// <summary>Where secrets are read from; the process environment unless a test supplies its own.</summary>
    public Func<string, string?> ReadSecret { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Options from a configuration section (<c>Slack</c> in appsettings.json); absent keys keep their defaults.</summary>
    public static SlackOptions FromConfiguration(IConfiguration? section)
    {
        var options = new SlackOptions();
        if (section is null) return options;
        section.Bind(options, binder => binder.ErrorOnUnknownConfiguration = false);
        return options;
    }
}
