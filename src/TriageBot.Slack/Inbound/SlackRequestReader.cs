using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TriageBot.Slack.Inbound;

/// <summary>
/// Reads a request's raw body (bounded) and checks its Slack signature before anything else looks at it. The
/// signing secret is read from the environment on each request so a rotation needs no restart.
/// </summary>
internal sealed class SlackRequestReader(SlackOptions options, TimeProvider time, ILogger<SlackRequestReader> logger)
{
    public async Task<(byte[]? Body, IResult? Refusal)> ReadVerifiedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (options.ReadSecret(options.SigningSecretVariable) is not { Length: > 0 } secret)
        {
            logger.LogError("Slack request refused: the signing secret variable {Variable} is not set", options.SigningSecretVariable);
            return (null, SlackEndpoints.Problem(StatusCodes.Status503ServiceUnavailable, "slack not configured"));
        }
        if (request.ContentLength > options.MaxRequestBytes)
            return (null, SlackEndpoints.Problem(StatusCodes.Status413PayloadTooLarge, "request too large"));

        var body = await ReadBoundedAsync(request.Body, options.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
        if (body is null) return (null, SlackEndpoints.Problem(StatusCodes.Status413PayloadTooLarge, "request too large"));

        var check = new SlackSignature(secret, time).Verify(
            request.Headers[SlackSignature.TimestampHeader].ToString(), request.Headers[SlackSignature.SignatureHeader].ToString(), body);
        if (check != SignatureCheck.Valid)
        {
            // The reason helps an operator tell a clock skew from a wrong secret; the body is never logged.
            logger.LogWarning("Slack request refused: signature {Check}", check);
            return (null, SlackEndpoints.Problem(StatusCodes.Status401Unauthorized, "invalid signature"));
        }
        return (body, null);
    }

    /// <summary>The whole body, or null when it is longer than the limit (a missing Content-Length is no escape).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
