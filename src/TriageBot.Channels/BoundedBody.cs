using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace TriageBot.Channels;

/// <summary>A request body read whole, or why it was refused: a status and a short reason safe to send back.</summary>
public sealed record BodyRead(byte[]? Body, int Status, string? Problem)
{
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Body))]
    public bool Ok => Body is not null;

    internal static BodyRead Refused(int status, string problem) => new(null, status, problem);
}

/// <summary>
/// The one way channels read a request body: the Content-Type must be one the endpoint takes, the body at most
/// <c>limit</c> bytes (a missing or lying Content-Length is no escape), and text valid UTF-8 — checked here, so
/// later parsing never meets a broken byte sequence.
/// </summary>
public static class BoundedBody
{
    /// <param name="checkUtf8">Off only where the bytes must be verified first (a signature over the raw body);
    /// the caller then checks UTF-8 itself.</param>
    public static async Task<BodyRead> ReadAsync(HttpRequest request, long limit, IReadOnlyList<string> mediaTypes, bool checkUtf8, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !mediaTypes.Any(m => string.Equals(contentType.MediaType.Value, m, StringComparison.OrdinalIgnoreCase)))
            return BodyRead.Refused(StatusCodes.Status400BadRequest, $"Content-Type must be {string.Join(" or ", mediaTypes)}");
        if (contentType.Charset.HasValue && !string.Equals(contentType.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase))
            return BodyRead.Refused(StatusCodes.Status400BadRequest, "the body must be UTF-8");
        if (request.ContentLength > limit) return BodyRead.Refused(StatusCodes.Status413PayloadTooLarge, "request too large");

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit) return BodyRead.Refused(StatusCodes.Status413PayloadTooLarge, "request too large");
            buffer.Write(chunk, 0, read);
        }
        var body = buffer.ToArray();
        return !checkUtf8 || System.Text.Unicode.Utf8.IsValid(body)
            ? new BodyRead(body, StatusCodes.Status200OK, null)
            : BodyRead.Refused(StatusCodes.Status400BadRequest, "the body is not valid UTF-8");
    }

    /// <summary>Strict UTF-8 (the body was checked by <see cref="ReadAsync"/>).</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
}
