namespace TriageBot.Teams.Hosting;

/// <summary>One HTTP client for metadata and file downloads; pooled connections are recycled so DNS changes are
/// picked up.</summary>
public sealed class TeamsHttp : IDisposable
{
    public HttpClient Client { get; } = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(30) };

    public void Dispose() => Client.Dispose();
}
