using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TriageBot.Channels;

namespace TriageBot.Slack.Inbound;

/// <summary>
/// Reads a request's raw body through the channels' bounded reader (Content-Type, size, UTF-8) and checks its
/// Slack signature before anything else looks at it. The signing secret is read from the environment on each
/// request so a rotation needs no restart.
/// </summary>
internal sealed class SlackRequestReader(SlackOptions options, TimeProvider time, ILogger<SlackRequestReader> logger)
{
    public const string Json = "application/json";
    public const string Form = "application/x-www-form-urlencoded";

    public async Task<(byte[]? Body, IResult? Refusal)> ReadVerifiedAsync(HttpRequest request, string mediaType, CancellationToken cancellationToken)
    {
        if (options.ReadSecret(options.SigningSecretVariable) is not { Length: > 0 } secret)
        {
            logger.LogError("Slack request refused: the signing secret variable {Variable} is not set", options.SigningSecretVariable);
            return (null, SlackEndpoints.Problem(StatusCodes.Status503ServiceUnavailable, "slack not configured"));
        }
        // The signature is over the raw bytes, so UTF-8 is checked after it: a signed body that is not UTF-8 came
        // from Slack's signer but cannot be read (400 with the reason), an unsigned one is simply refused (401).
        var read = await BoundedBody.ReadAsync(request, options.MaxRequestBytes, [mediaType], checkUtf8: false, cancellationToken).ConfigureAwait(false);
        if (!read.Ok)
        {
            logger.LogWarning("Slack request refused: {Problem}", read.Problem);
            return (null, SlackEndpoints.Problem(read.Status, read.Problem!));
        }
        var check = new SlackSignature(secret, time).Verify(
            request.Headers[SlackSignature.TimestampHeader].ToString(), request.Headers[SlackSignature.SignatureHeader].ToString(), read.Body);
        if (check != SignatureCheck.Valid)
        {
            // The reason helps an operator tell a clock skew from a wrong secret; the body is never logged.
            logger.LogWarning("Slack request refused: signature {Check}", check);
            return (null, SlackEndpoints.Problem(StatusCodes.Status401Unauthorized, "invalid signature"));
        }
        if (!System.Text.Unicode.Utf8.IsValid(read.Body))
        {
            logger.LogWarning("Slack request refused: a signed body is not valid UTF-8");
            return (null, SlackEndpoints.Problem(StatusCodes.Status400BadRequest, "the body is not valid UTF-8"));
        }
        return (read.Body, null);
    }
}
