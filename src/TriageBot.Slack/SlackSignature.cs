using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TriageBot.Slack;

/// <summary>The outcome of checking a request's Slack signature; anything but <see cref="Valid"/> is refused.</summary>
public enum SignatureCheck
{
    Valid,
    MissingHeaders,
    MalformedTimestamp,
    Stale,
    MalformedSignature,
    Mismatch,
}

/// <summary>
/// Slack's request signing (version <c>v0</c>): HMAC-SHA256 with the app's signing secret over
/// <c>v0:{timestamp}:{raw body}</c>, sent hex-encoded as <c>X-Slack-Signature: v0=…</c>. The timestamp must be
/// within <see cref="Tolerance"/> of now in either direction, so a captured request cannot be replayed later.
/// </summary>
public sealed class SlackSignature(string signingSecret, TimeProvider time)
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private const string Version = "v0";
    private const int HexLength = 64;

    private readonly byte[] _key = string.IsNullOrEmpty(signingSecret)
        ? throw new ArgumentException("A signing secret is required.", nameof(signingSecret))
        : Encoding.UTF8.GetBytes(signingSecret);

    private readonly TimeProvider _time = time ?? throw new ArgumentNullException(nameof(time));

    public SignatureCheck Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature)) return SignatureCheck.MissingHeaders;
        if (timestamp.Length > 12 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return SignatureCheck.MalformedTimestamp;
        var age = _time.GetUtcNow().ToUnixTimeSeconds() - seconds;
        if (Math.Abs(age) > (long)Tolerance.TotalSeconds) return SignatureCheck.Stale;

        if (signature.Length != Version.Length + 1 + HexLength || !signature.StartsWith(Version + "=", StringComparison.Ordinal))
            return SignatureCheck.MalformedSignature;
        Span<byte> presented = stackalloc byte[HexLength / 2];
        if (Convert.FromHexString(signature.AsSpan(Version.Length + 1), presented, out _, out var written) != System.Buffers.OperationStatus.Done || written != presented.Length)
            return SignatureCheck.MalformedSignature;

        Span<byte> expected = stackalloc byte[HexLength / 2];
        Compute(_key, timestamp, body, expected);
        // Constant time, so response timing reveals nothing about how much of a forged signature was right.
        return CryptographicOperations.FixedTimeEquals(presented, expected) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    /// <summary>The <c>X-Slack-Signature</c> value Slack would send; tests and the loopback tools sign with it.</summary>
    public static string Sign(string signingSecret, long timestamp, ReadOnlySpan<byte> body)
    {
        Span<byte> mac = stackalloc byte[HexLength / 2];
        Compute(Encoding.UTF8.GetBytes(signingSecret), timestamp.ToString(CultureInfo.InvariantCulture), body, mac);
        return Version + "=" + Convert.ToHexStringLower(mac);
    }

    private static void Compute(byte[] key, string timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.ASCII.GetBytes($"{Version}:{timestamp}:"));
        hmac.AppendData(body);
        hmac.GetHashAndReset(destination);
    }
}
