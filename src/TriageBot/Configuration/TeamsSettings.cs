namespace TriageBot.Configuration;

/// <summary>The <c>Teams</c> section. An empty <see cref="AppId"/> means local mode: unauthenticated, loopback
/// callers only (for the Agents Playground), and the log says so loudly.</summary>
public sealed class TeamsSettings
{
    public const string SectionName = "Teams";

    public string AppId { get; set; } = "";
    /// <summary>Environment variable holding the app registration's client secret.</summary>
    public string AppPasswordVariable { get; set; } = "TRIAGEBOT_TEAMS_APP_PASSWORD";
    /// <summary>Empty for a multi-tenant registration.</summary>
    public string TenantId { get; set; } = "";
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";
}
