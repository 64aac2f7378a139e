using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TriageBot.Teams.Tests;

/// <summary>
/// Stands in for login.botframework.com: a loopback web app serving an OpenID document and a JWKS with one
/// RSA key endorsed for msteams, and a token factory signing with that key (or with a key it never published).
/// </summary>
public sealed class FakeBotFrameworkIdentity : IAsyncDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);

    private readonly RSA _key = RSA.Create(2048);
    private readonly RSA _unpublishedKey = RSA.Create(2048);
    private readonly WebApplication _app;
    public const string KeyId = "published-key";

    private FakeBotFrameworkIdentity(WebApplication app) => _app = app;

    public string MetadataUrl { get; private set; } = "";

    public static async Task<FakeBotFrameworkIdentity> StartAsync(params string[] endorsements)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var identity = new FakeBotFrameworkIdentity(app);
        string[] endorsed = endorsements.Length == 0 ? ["msteams", "webchat"] : endorsements;
        app.MapGet("/openid", (HttpContext context) => Results.Text(new JsonObject
        {
            ["issuer"] = TeamsOptions.BotFrameworkIssuer,
            ["jwks_uri"] = $"{context.Request.Scheme}://{context.Request.Host}/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }.ToJsonString(), "application/json"));
        app.MapGet("/keys", () => Results.Text(identity.Jwks(endorsed), "application/json"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        identity.MetadataUrl = address + "/openid";
        return identity;
    }

    public TeamsOptions Options(string? tenantId = null) => new()
    {
        AppId = AppId,
        AppPassword = "test-app-password",
        TenantId = tenantId,
        OpenIdMetadataUrl = MetadataUrl,
        RequireHttpsMetadata = false,
    };

    private string Jwks(string[] endorsements)
    {
        var p = _key.ExportParameters(false);
        var key = new JsonObject
        {
            ["kty"] = "RSA", ["use"] = "sig", ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus), ["e"] = Base64UrlEncoder.Encode(p.Exponent),
            ["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode?)e).ToArray()),
        };
        return new JsonObject { ["keys"] = new JsonArray(key) }.ToJsonString();
    }

    /// <summary>A Bot Connector token; each argument spoils one property for the negative tests.</summary>
    public string Token(string audience = AppId, string issuer = TeamsOptions.BotFrameworkIssuer, string? serviceUrl = ServiceUrl,
        DateTimeOffset? expires = null, bool unpublishedKey = false)
    {
        var signingKey = new RsaSecurityKey(unpublishedKey ? _unpublishedKey : _key) { KeyId = unpublishedKey ? "rotated-away" : KeyId };
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null) claims[BotFrameworkTokenValidatorNames.ServiceUrl] = serviceUrl;
        var expiry = expires ?? Now.AddMinutes(60);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = expiry.AddMinutes(-65).UtcDateTime,
            NotBefore = expiry.AddMinutes(-65).UtcDateTime,
            Expires = expiry.UtcDateTime,
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
        });
    }

    public string Bearer(string? token = null) => "Bearer " + (token ?? Token());

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _key.Dispose();
        _unpublishedKey.Dispose();
    }
}

internal static class BotFrameworkTokenValidatorNames
{
    public const string ServiceUrl = Authentication.BotFrameworkTokenValidator.ServiceUrlClaim;
}
