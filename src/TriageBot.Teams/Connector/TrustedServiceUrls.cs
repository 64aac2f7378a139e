using System.Collections.Concurrent;

namespace TriageBot.Teams.Connector;

/// <summary>The service URLs that arrived on authenticated activities. The connector client posts only to these,
/// so a forged reference can't make the bot send its token (or case data) to another host.</summary>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> _urls = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string serviceUrl)
    {
        if (Normalize(serviceUrl) is { } url) _urls.TryAdd(url, 0);
    }

    public bool Contains(string serviceUrl) => Normalize(serviceUrl) is { } url && _urls.ContainsKey(url);

    private static string? Normalize(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/')
            : null;
}
