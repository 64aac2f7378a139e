using Microsoft.Extensions.Options;
using TriageBot.Teams.Files;

namespace TriageBot.Teams;

/// <summary>Start-up checks of the <c>Teams</c> section: every problem at once, worded for whoever edits
/// appsettings.json or the environment.</summary>
public sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = Problems(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    public static IEnumerable<string> Problems(TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string S = TeamsOptions.SectionName;
        if (!string.IsNullOrWhiteSpace(options.AppId))
        {
            if (!Guid.TryParse(options.AppId, out _)) yield return $"{S}:AppId must be the bot's Microsoft app id, a GUID (is '{options.AppId}').";
            if (string.IsNullOrWhiteSpace(options.AppPasswordVariable))
                yield return $"{S}:AppPasswordVariable must name the environment variable holding the app password.";
            else if (string.IsNullOrEmpty(options.AppPassword))
                yield return $"{S}:AppId is set but the app password is missing: set the environment variable {options.AppPasswordVariable} (named by {S}:AppPasswordVariable).";
            if (options.LocalMode)
                yield return $"{S}:LocalMode is true but {S}:AppId is set: local mode serves without authentication, so choose one (clear AppId for local testing).";
        }
        if (!string.IsNullOrWhiteSpace(options.TenantId) && !Guid.TryParse(options.TenantId, out _))
            yield return $"{S}:TenantId must be the Entra tenant id, a GUID, or empty for a multi-tenant app (is '{options.TenantId}').";
        if (!Uri.TryCreate(options.OpenIdMetadataUrl, UriKind.Absolute, out var metadata)
            || (options.RequireHttpsMetadata && metadata.Scheme != Uri.UriSchemeHttps))
            yield return $"{S}:OpenIdMetadataUrl must be an absolute https URL (is '{options.OpenIdMetadataUrl}').";
        if (options.TokenEndpoint is { Length: > 0 } token && !Uri.TryCreate(token, UriKind.Absolute, out _))
            yield return $"{S}:TokenEndpoint must be an absolute URL or empty (is '{token}').";
        if (options.MetadataWait <= TimeSpan.Zero || options.MetadataWait > TimeSpan.FromSeconds(10))
            yield return $"{S}:MetadataWait must be between 00:00:00.1 and 00:00:10: Teams gives up on a slow answer (is {options.MetadataWait}).";
        if (options.MetadataFetchTimeout <= TimeSpan.Zero || options.MetadataFetchTimeout > TimeSpan.FromMinutes(2))
            yield return $"{S}:MetadataFetchTimeout must be positive and at most 00:02:00 (is {options.MetadataFetchTimeout}).";
        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(10))
            yield return $"{S}:ClockSkew must be between 00:00:00 and 00:10:00 (is {options.ClockSkew}).";
        if (options.MaxActivityBytes is < 1024 or > 10L * 1024 * 1024)
            yield return $"{S}:MaxActivityBytes must be between 1 KB and 10 MB (is {options.MaxActivityBytes}).";
        if (options.MaxFileRedirects is < 0 or > 10)
            yield return $"{S}:MaxFileRedirects must be between 0 and 10 (is {options.MaxFileRedirects}).";
        foreach (var host in options.FileHosts.Where(h => !FileHostPattern.IsValid(h)))
            yield return $"{S}:FileHosts: '{host}' is not a host name or '*.' followed by one (e.g. *.sharepoint.com); no scheme, port, path or bare '*'.";
    }
}
