using System.Security.Claims;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace TriageBot.Teams.Authentication;

/// <summary>
/// Checks the <c>Authorization: Bearer</c> token the Bot Connector puts on every activity: signature against the
/// published OpenID keys (cached, refreshed), issuer, audience = our app id, lifetime, and — once the activity is
/// read — that the token was minted for this activity's service URL and that the signing key is endorsed for
/// its channel.
/// </summary>
public sealed class BotFrameworkTokenValidator
{
    public const string ServiceUrlClaim = "serviceurl";
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly TeamsOptions _options;
    private readonly TimeProvider _time;
    private readonly OpenIdMetadataCache _metadata;
    private readonly JsonWebTokenHandler _handler = new();

    public BotFrameworkTokenValidator(TeamsOptions options, TimeProvider time, OpenIdMetadataCache metadata)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));
        if (options.Mode != TeamsMode.Authenticated) throw new ArgumentException("Token validation needs Teams:AppId.", nameof(options));
    }

    public BotFrameworkTokenValidator(TeamsOptions options, TimeProvider time)
        : this(options, time, new OpenIdMetadataCache(options, new HttpClient(), time))
    {
    }

    /// <summary>Token checks plus the activity binding (service URL, channel endorsement) in one call.</summary>
    public async Task<BotAuthentication> ValidateAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        var token = await AuthenticateAsync(authorizationHeader, cancellationToken).ConfigureAwait(false);
        return token.IsAuthenticated ? token.Authorize(channelId, serviceUrl) : token;
    }

    /// <summary>The checks that need only the header; <see cref="BotAuthentication.Authorize"/> does the rest once
    /// the activity is parsed.</summary>
    public async Task<BotAuthentication> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader) || !authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return BotAuthentication.Fail("missing bearer token");
        var raw = authorizationHeader["Bearer ".Length..].Trim();
        if (!_handler.CanReadToken(raw)) return BotAuthentication.Fail("unreadable token");

        // Without the published keys no token can be judged, genuine or forged: the caller answers 503.
        if (await _metadata.GetAsync(cancellationToken).ConfigureAwait(false) is not { } configuration)
            return BotAuthentication.Unavailable("Bot Framework OpenID metadata unavailable");
        var result = await _handler.ValidateTokenAsync(raw, Parameters(configuration)).ConfigureAwait(false);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException
            && await _metadata.RefreshForUnknownKeyAsync(cancellationToken).ConfigureAwait(false) is { } refreshed)
        {
            // Keys rotate: look once more with fresh metadata (refetched at most every few minutes).
            configuration = refreshed;
            result = await _handler.ValidateTokenAsync(raw, Parameters(configuration)).ConfigureAwait(false);
        }
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
            return BotAuthentication.Fail(Describe(result.Exception));

        return BotAuthentication.Succeed(result.ClaimsIdentity, EndorsementsOf(configuration, jwt.Kid));
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration) => new()
    {
        ValidIssuers = _options.ValidIssuers,
        ValidAudience = _options.AppId,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = Algorithms,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = _options.ClockSkew,
        // The handler would read the machine clock; ours comes from the TimeProvider so tests control it.
        LifetimeValidator = (notBefore, expires, _, _) => WithinLifetime(notBefore, expires),
    };

    private bool WithinLifetime(DateTime? notBefore, DateTime? expires)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        if (expires is null || now - _options.ClockSkew >= expires.Value) return false;
        return notBefore is null || now + _options.ClockSkew >= notBefore.Value;
    }

    /// <summary>The channels the signing key is endorsed for; they are published on the JWKS entry, not in the token.</summary>
    private static IReadOnlyList<string> EndorsementsOf(OpenIdConnectConfiguration configuration, string? kid)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value) || value is null) return [];
        var element = value as JsonElement? ?? JsonSerializer.SerializeToElement(value);
        return element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenSignatureKeyNotFoundException => "unknown signing key",
        SecurityTokenInvalidSignatureException => "invalid signature",
        SecurityTokenInvalidAudienceException => "wrong audience",
        SecurityTokenInvalidIssuerException => "wrong issuer",
        SecurityTokenExpiredException or SecurityTokenInvalidLifetimeException or SecurityTokenNotYetValidException or SecurityTokenNoExpirationException => "token outside its lifetime",
        SecurityTokenInvalidAlgorithmException => "signing algorithm not allowed",
        _ => "invalid token",
    };
}

/// <summary>The outcome of checking a Bot Connector token; <see cref="Failure"/> is short and safe to log.</summary>
public sealed record BotAuthentication(bool IsAuthenticated, string? Failure, ClaimsIdentity? Identity, IReadOnlyList<string> Endorsements)
{
    /// <summary>Not refused but not judged: the keys to check it could not be had (answer 503, not 401).</summary>
    public bool IsUnavailable { get; private init; }

    public static BotAuthentication Fail(string reason) => new(false, reason, null, []);

    public static BotAuthentication Unavailable(string reason) => new(false, reason, null, []) { IsUnavailable = true };

    public static BotAuthentication Succeed(ClaimsIdentity identity, IReadOnlyList<string> endorsements) => new(true, null, identity, endorsements);

    public string? ServiceUrl => Identity?.FindFirst(BotFrameworkTokenValidator.ServiceUrlClaim)?.Value;

    /// <summary>Binds the token to the activity: it must name the activity's service URL (else a stolen token
    /// could steer our replies elsewhere) and its key must be endorsed for the activity's channel.</summary>
    public BotAuthentication Authorize(string? channelId, string? serviceUrl)
    {
        if (!IsAuthenticated) return this;
        if (string.IsNullOrEmpty(serviceUrl) || ServiceUrl is not { } claimed || !SameServiceUrl(claimed, serviceUrl))
            return Fail("serviceUrl does not match the token");
        if (string.IsNullOrEmpty(channelId) || !Endorsements.Contains(channelId, StringComparer.OrdinalIgnoreCase))
            return Fail("signing key not endorsed for the channel");
        return this;
    }

    private static bool SameServiceUrl(string a, string b) =>
        string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
