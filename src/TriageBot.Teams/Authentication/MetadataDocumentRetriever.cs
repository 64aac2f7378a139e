using Microsoft.IdentityModel.Protocols;

namespace TriageBot.Teams.Authentication;

/// <summary>Fetches the OpenID document and key set, honouring cancellation all the way down: the library's
/// retriever let a server that accepts and never answers hold a fetch until the client's own timeout.</summary>
internal sealed class MetadataDocumentRetriever(HttpClient http, bool requireHttps) : IDocumentRetriever
{
    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri)) throw new ArgumentException($"not an absolute URL: {address}", nameof(address));
        if (requireHttps && uri.Scheme != Uri.UriSchemeHttps) throw new ArgumentException($"metadata must come over https: {uri.Authority}", nameof(address));
        using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode) throw new IOException($"{uri.Authority}{uri.AbsolutePath} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
    }
}
