namespace TriageBot.Teams;

/// <summary>How the Teams channel authenticates and talks to the Bot Connector. Bound from the <c>Teams</c>
/// configuration section; the secret itself comes from the environment variable the host names.</summary>
public sealed record TeamsOptions
{
    public const string BotFrameworkOpenIdMetadata = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>The bot's Microsoft app id (the token audience). Empty means local mode: no authentication, and
    /// only loopback callers are served.</summary>
    public string? AppId { get; init; }

    /// <summary>The app's client secret, resolved by the host from <c>Teams:AppPasswordVariable</c>.</summary>
    public string? AppPassword { get; init; }

    /// <summary>Set for a single-tenant app registration: tokens from that tenant are accepted, and outbound
    /// tokens are requested from that tenant instead of botframework.com.</summary>
    public string? TenantId { get; init; }

    public string OpenIdMetadataUrl { get; init; } = BotFrameworkOpenIdMetadata;

    /// <summary>Only tests serving metadata from loopback turn this off.</summary>
    public bool RequireHttpsMetadata { get; init; } = true;

    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Activities are small; anything bigger is refused before it is parsed.</summary>
    public long MaxActivityBytes { get; init; } = 256 * 1024;

    /// <summary>Files shared in personal chat larger than this are refused with a reply, not downloaded.</summary>
    public long MaxFileBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>File download URLs must be https; only tests serving files from loopback over http turn this on.</summary>
    public bool AllowLoopbackHttpFiles { get; init; }

    /// <summary>Where outbound tokens come from; null means Microsoft Entra for <see cref="TenantId"/> or botframework.com.</summary>
    public string? TokenEndpoint { get; init; }

    public string TokenScope { get; init; } = "https://api.botframework.com/.default";

    public bool IsLocalMode => string.IsNullOrWhiteSpace(AppId);

    public string ResolvedTokenEndpoint => TokenEndpoint
        ?? $"https://login.microsoftonline.com/{(string.IsNullOrWhiteSpace(TenantId) ? "botframework.com" : TenantId)}/oauth2/v2.0/token";

    /// <summary>The Bot Connector's own issuer always; a single-tenant registration also accepts its tenant's
    /// Entra issuers (v1 and v2 tokens).</summary>
    public IReadOnlyList<string> ValidIssuers => string.IsNullOrWhiteSpace(TenantId)
        ? [BotFrameworkIssuer]
        : [BotFrameworkIssuer, $"https://sts.windows.net/{TenantId}/", $"https://login.microsoftonline.com/{TenantId}/v2.0"];
}
