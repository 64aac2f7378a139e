using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace TriageBot.Slack.Tests;

public sealed class SlackSignatureTests
{
    // Slack's own worked example from "Verifying requests from Slack" (api.slack.com/authentication/verifying-requests-from-slack).
    private const string ExampleSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const long ExampleTimestamp = 1531420618;
    private const string ExampleSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private const string ExampleBody =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar" +
        "&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com" +
        "%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    private static readonly byte[] Body = Encoding.UTF8.GetBytes(ExampleBody);

    private static SlackSignature At(long unixSeconds, string secret = ExampleSecret) =>
        new(secret, new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    [Fact]
    public void Slacks_documented_example_is_valid()
    {
        Assert.Equal(SignatureCheck.Valid, At(ExampleTimestamp).Verify("1531420618", ExampleSignature, Body));
        Assert.Equal(ExampleSignature, SlackSignature.Sign(ExampleSecret, ExampleTimestamp, Body));
    }

    [Fact]
    public void A_signature_in_upper_case_hex_is_still_recognised() =>
        Assert.Equal(SignatureCheck.Valid, At(ExampleTimestamp).Verify("1531420618", "v0=" + ExampleSignature[3..].ToUpperInvariant(), Body));

    [Fact]
    public void A_tampered_body_is_refused()
    {
        var tampered = Encoding.UTF8.GetBytes(ExampleBody.Replace("text=&", "text=queue&", StringComparison.Ordinal));
        Assert.Equal(SignatureCheck.Mismatch, At(ExampleTimestamp).Verify("1531420618", ExampleSignature, tampered));
    }

    [Fact]
    public void A_wrong_secret_is_refused() =>
        Assert.Equal(SignatureCheck.Mismatch, At(ExampleTimestamp, "another-secret").Verify("1531420618", ExampleSignature, Body));

    [Fact]
    public void A_replay_more_than_five_minutes_later_is_refused()
    {
        Assert.Equal(SignatureCheck.Valid, At(ExampleTimestamp + 300).Verify("1531420618", ExampleSignature, Body));
        Assert.Equal(SignatureCheck.Stale, At(ExampleTimestamp + 301).Verify("1531420618", ExampleSignature, Body));
    }

    [Fact]
    public void A_timestamp_from_the_future_is_refused() =>
        Assert.Equal(SignatureCheck.Stale, At(ExampleTimestamp - 301).Verify("1531420618", ExampleSignature, Body));

    [Fact]
    public void A_changed_timestamp_breaks_the_signature() =>
        Assert.Equal(SignatureCheck.Mismatch, At(ExampleTimestamp).Verify("1531420619", ExampleSignature, Body));

    [Theory]
    [InlineData(null, ExampleSignature, SignatureCheck.MissingHeaders)]
    [InlineData("1531420618", null, SignatureCheck.MissingHeaders)]
    [InlineData("", ExampleSignature, SignatureCheck.MissingHeaders)]
    [InlineData("-1531420618", ExampleSignature, SignatureCheck.MalformedTimestamp)]
    [InlineData("1531420618.5", ExampleSignature, SignatureCheck.MalformedTimestamp)]
    [InlineData("99999999999999999999", ExampleSignature, SignatureCheck.MalformedTimestamp)]
    [InlineData("1531420618", "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureCheck.MalformedSignature)]
    [InlineData("1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b5", SignatureCheck.MalformedSignature)]
    [InlineData("1531420618", "v0=zz114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureCheck.MalformedSignature)]
    [InlineData("1531420618", "a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureCheck.MalformedSignature)]
    public void Missing_or_malformed_headers_are_refused(string? timestamp, string? signature, SignatureCheck expected) =>
        Assert.Equal(expected, At(ExampleTimestamp).Verify(timestamp, signature, Body));
}
