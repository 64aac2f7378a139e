using Microsoft.Extensions.Hosting;
using TriageBot.Cases.Storage;
using TriageBot.Teams.Connector;
using TriageBot.Teams.References;

namespace TriageBot.Teams.Proactive;

/// <summary>At start-up, trusts the service URLs of stored references (each arrived on an authenticated
/// activity), so proactive messages work after a restart before anyone has written to the bot.</summary>
public sealed class TrustedServiceUrlSeeder(TrustedServiceUrls trusted, IConversationReferenceStore? references = null) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (references is null) return;
        foreach (var url in await references.ServiceUrlsAsync(cancellationToken).ConfigureAwait(false)) trusted.Add(url);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
