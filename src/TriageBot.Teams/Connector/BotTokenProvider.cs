using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace TriageBot.Teams.Connector;

/// <summary>
/// The bot's own token for calling the Bot Connector (OAuth client credentials), cached until shortly before it
/// expires. In local mode there is no token and requests go out unauthenticated (only to loopback service URLs).
/// </summary>
public sealed class BotTokenProvider(HttpClient http, TeamsOptions options, TimeProvider time)
{
    /// <summary>Renew this long before expiry so a token never dies in flight.</summary>
    public static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _renewAt;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (options.Mode == TeamsMode.Local) return null;
        if (options.Mode == TeamsMode.Off) throw new ConnectorException("the Teams channel is off (no Teams:AppId)", ConnectorException.ChannelOff);
        if (_token is { } cached && time.GetUtcNow() < _renewAt) return cached;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_token is { } fresh && time.GetUtcNow() < _renewAt) return fresh;
            using var request = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = options.AppId!,
                ["client_secret"] = options.AppPassword ?? throw new InvalidOperationException("Teams:AppPasswordVariable names no set environment variable; the bot cannot sign in."),
                ["scope"] = options.TokenScope,
            });
            using var response = await http.PostAsync(options.ResolvedTokenEndpoint, request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
                throw new ConnectorException($"token endpoint answered {(int)response.StatusCode}", (int)response.StatusCode);
            var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken).ConfigureAwait(false);
            if (token?.AccessToken is not { Length: > 0 } access) throw new ConnectorException("token endpoint sent no access_token", 0);
            _token = access;
            _renewAt = time.GetUtcNow() + TimeSpan.FromSeconds(Math.Max(0, token.ExpiresIn)) - RenewBefore;
            return access;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}

/// <summary>A Bot Connector call that failed for good; <see cref="StatusCode"/> tells a stale reference (403/404)
/// from an outage.</summary>
public sealed class ConnectorException(string message, int statusCode) : Exception(message)
{
    /// <summary>The <see cref="StatusCode"/> when nothing was sent because Teams is not configured: no retry helps.</summary>
    public const int ChannelOff = -1;

    public int StatusCode { get; } = statusCode;
}
