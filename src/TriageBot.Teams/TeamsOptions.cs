namespace TriageBot.Teams;

/// <summary>The <c>Teams</c> configuration section: how the channel authenticates, talks to the Bot Connector and
/// fetches shared files. Bound with the options pattern and checked at start-up by
/// <see cref="TeamsOptionsValidator"/>; the app password comes from the environment variable
/// <see cref="AppPasswordVariable"/> names, never from the file.</summary>
public sealed record TeamsOptions
{
    public const string SectionName = "Teams";
    public const string BotFrameworkOpenIdMetadata = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string DefaultAppPasswordVariable = "TRIAGEBOT_TEAMS_APP_PASSWORD";

    /// <summary>OneDrive for Business: where Teams puts a file shared with a bot in personal chat (its
    /// <c>downloadUrl</c> is a pre-authenticated <c>…-my.sharepoint.com/…/download.aspx</c> link).</summary>
    public static readonly IReadOnlyList<string> DefaultFileHosts = ["*.sharepoint.com"];

    /// <summary>The bot's Microsoft app id (the token audience). Set: every activity must carry a valid Bot
    /// Connector token.</summary>
    public string? AppId { get; set; }

    /// <summary>The environment variable holding the app registration's client secret.</summary>
    public string AppPasswordVariable { get; set; } = DefaultAppPasswordVariable;

    /// <summary>The client secret, read from <see cref="AppPasswordVariable"/> when the options are built.</summary>
    public string? AppPassword { get; set; }

    /// <summary>Without an app id: serve loopback callers without authentication (Agents Playground, local tests).
    /// Off by default: behind a reverse proxy on the same host every caller looks like loopback.</summary>
    public bool LocalMode { get; set; }

    /// <summary>Set for a single-tenant app registration: tokens from that tenant are accepted, and outbound
    /// tokens are requested from that tenant instead of botframework.com.</summary>
    public string? TenantId { get; set; }

    public string OpenIdMetadataUrl { get; set; } = BotFrameworkOpenIdMetadata;

    /// <summary>Only tests serving metadata from loopback turn this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>How long an activity waits for OpenID metadata that is not cached yet before it is answered 503.</summary>
    public TimeSpan MetadataWait { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>One metadata fetch (document and keys) gives up after this; a server that accepts and never
    /// answers must not hold the refresh forever.</summary>
    public TimeSpan MetadataFetchTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Activities are small; anything bigger is refused before it is parsed.</summary>
    public long MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>Conversation id (<c>19:…@thread.tacv2</c>) of a Teams channel for emergency notices without
    /// personal data; the app must be added there (and mentioned once, so TriageBot knows the channel). Empty: none.</summary>
    public string? EmergencyChannel { get; set; }

    /// <summary>Hosts shared files may be downloaded from: exact names or <c>*.</c> for any subdomain. Empty means
    /// <see cref="DefaultFileHosts"/> (configuration lists add to a default list instead of replacing it).</summary>
    public List<string> FileHosts { get; set; } = [];

    /// <summary>Redirects followed when downloading a file; each hop is checked like the first URL.</summary>
    public int MaxFileRedirects { get; set; } = 3;

    /// <summary>Where outbound tokens come from; null means Microsoft Entra for <see cref="TenantId"/> or botframework.com.</summary>
    public string? TokenEndpoint { get; set; }

    public string TokenScope { get; set; } = "https://api.botframework.com/.default";

    public TeamsMode Mode =>
        !string.IsNullOrWhiteSpace(AppId) ? TeamsMode.Authenticated
        : LocalMode ? TeamsMode.Local
        : TeamsMode.Off;

    /// <summary>No token to check or to send: loopback callers only.</summary>
    public bool IsLocalMode => Mode == TeamsMode.Local;

    public IReadOnlyList<string> EffectiveFileHosts => FileHosts.Count == 0 ? DefaultFileHosts : FileHosts;

    public string ResolvedTokenEndpoint => TokenEndpoint
        ?? $"https://login.microsoftonline.com/{(string.IsNullOrWhiteSpace(TenantId) ? "botframework.com" : TenantId)}/oauth2/v2.0/token";

    /// <summary>The Bot Connector's own issuer always; a single-tenant registration also accepts its tenant's
    /// Entra issuers (v1 and v2 tokens).</summary>
    public IReadOnlyList<string> ValidIssuers => string.IsNullOrWhiteSpace(TenantId)
        ? [BotFrameworkIssuer]
        : [BotFrameworkIssuer, $"https://sts.windows.net/{TenantId}/", $"https://login.microsoftonline.com/{TenantId}/v2.0"];
}

/// <summary>How the Teams endpoint serves: with Bot Connector tokens, unauthenticated for loopback only, or not at all.</summary>
public enum TeamsMode
{
    Off,
    Local,
    Authenticated,
}
