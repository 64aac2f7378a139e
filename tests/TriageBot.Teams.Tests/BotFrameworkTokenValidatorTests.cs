using Microsoft.Extensions.Time.Testing;
using TriageBot.Teams.Authentication;

namespace TriageBot.Teams.Tests;

public sealed class BotFrameworkTokenValidatorTests : IAsyncLifetime
{
    private FakeBotFrameworkIdentity _identity = null!;
    private readonly FakeTimeProvider _time = new(FakeBotFrameworkIdentity.Now);

    public async Task InitializeAsync() => _identity = await FakeBotFrameworkIdentity.StartAsync();

    public async Task DisposeAsync() => await _identity.DisposeAsync();

    private Task<BotAuthentication> Validate(string? header, string channelId = "msteams", string serviceUrl = FakeBotFrameworkIdentity.ServiceUrl, string? tenantId = null) =>
        new BotFrameworkTokenValidator(_identity.Options(tenantId), _time).ValidateAsync(header, channelId, serviceUrl, CancellationToken.None);

    [Fact]
    public async Task A_token_signed_by_a_published_key_for_our_app_and_this_service_url_is_accepted()
    {
        var result = await Validate(_identity.Bearer());
        Assert.True(result.IsAuthenticated, result.Failure);
        Assert.Equal(FakeBotFrameworkIdentity.ServiceUrl, result.ServiceUrl);
    }

    [Fact]
    public async Task A_token_for_another_app_is_refused()
    {
        var result = await Validate(_identity.Bearer(_identity.Token(audience: "someone-elses-bot")));
        Assert.False(result.IsAuthenticated);
        Assert.Equal("wrong audience", result.Failure);
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_refused()
    {
        var result = await Validate(_identity.Bearer(_identity.Token(issuer: "https://evil.example.com")));
        Assert.Equal("wrong issuer", result.Failure);
    }

    [Fact]
    public async Task A_single_tenant_app_accepts_its_tenants_issuer_but_a_multi_tenant_app_does_not()
    {
        var tenant = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
        var header = _identity.Bearer(_identity.Token(issuer: $"https://sts.windows.net/{tenant}/"));
        Assert.True((await Validate(header, tenantId: tenant)).IsAuthenticated);
        Assert.Equal("wrong issuer", (await Validate(header)).Failure);
    }

    [Fact]
    public async Task An_expired_token_is_refused_beyond_the_clock_skew()
    {
        var header = _identity.Bearer(_identity.Token(expires: FakeBotFrameworkIdentity.Now.AddMinutes(-3)));
        Assert.True((await Validate(header)).IsAuthenticated); // within the 5-minute skew
        _time.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal("token outside its lifetime", (await Validate(header)).Failure);
    }

    [Fact]
    public async Task A_token_minted_for_another_service_url_is_refused()
    {
        var result = await Validate(_identity.Bearer(), serviceUrl: "https://attacker.example.com/");
        Assert.Equal("serviceUrl does not match the token", result.Failure);
    }

    [Fact]
    public async Task A_token_without_a_service_url_claim_is_refused()
    {
        var result = await Validate(_identity.Bearer(_identity.Token(serviceUrl: null)));
        Assert.Equal("serviceUrl does not match the token", result.Failure);
    }

    [Fact]
    public async Task A_token_signed_by_a_key_not_in_the_published_set_is_refused()
    {
        var result = await Validate(_identity.Bearer(_identity.Token(unpublishedKey: true)));
        Assert.Equal("unknown signing key", result.Failure);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer not-a-jwt")]
    public async Task A_missing_or_malformed_header_is_refused(string? header)
    {
        var result = await Validate(header);
        Assert.False(result.IsAuthenticated);
    }

    [Fact]
    public async Task A_key_not_endorsed_for_the_activitys_channel_is_refused()
    {
        var result = await Validate(_identity.Bearer(), channelId: "slack");
        Assert.Equal("signing key not endorsed for the channel", result.Failure);
    }
}
