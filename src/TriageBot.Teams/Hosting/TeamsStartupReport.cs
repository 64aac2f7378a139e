using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TriageBot.Teams.Authentication;

namespace TriageBot.Teams.Hosting;

/// <summary>Says at start-up how the Teams endpoint serves, so an unauthenticated or switched-off channel is
/// seen before anyone writes to it; with an app id, starts fetching the OpenID metadata so the first activity
/// does not wait for it.</summary>
internal sealed class TeamsStartupReport(TeamsOptions options, OpenIdMetadataCache metadata, ILogger<TeamsStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        switch (options.Mode)
        {
            case TeamsMode.Local:
                logger.LogWarning("TEAMS LOCAL MODE (Teams:LocalMode): activities from loopback are accepted WITHOUT AUTHENTICATION. Never expose this host or run it behind a proxy.");
                break;
            case TeamsMode.Off:
                logger.LogWarning("Teams channel off: /api/messages answers 503. Set Teams:AppId (and the app password) to serve Teams, or Teams:LocalMode for local testing.");
                break;
            default:
                _ = metadata.GetAsync(CancellationToken.None);
                break;
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
