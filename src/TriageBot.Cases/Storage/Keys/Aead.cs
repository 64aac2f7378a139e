using System.Security.Cryptography;
using System.Text;

namespace TriageBot.Cases.Storage.Keys;

/// <summary>AES-256-GCM over bytes: nonce | tag | ciphertext, with associated data that binds a value to where
/// it belongs (a case, a field), so a value copied elsewhere fails to open instead of showing the wrong thing.
/// Each call makes its own <see cref="AesGcm"/>: an instance must never be shared between threads (see
/// <see cref="TextProtector"/>).</summary>
internal static class Aead
{
    public const int NonceSize = 12;
    public const int TagSize = 16;

    /// <summary>The sealed value, opened once before it is returned: a value that would not open again fails
    /// here (<see cref="CaseStoreException"/>, the write does not happen) instead of being stored unreadable.</summary>
    public static byte[] Seal(byte[] key, ReadOnlySpan<byte> plain, string associated)
    {
        var blob = new byte[NonceSize + TagSize + plain.Length];
        using (var aes = new AesGcm(key, TagSize))
        {
            var nonce = blob.AsSpan(0, NonceSize);
            RandomNumberGenerator.Fill(nonce);
            aes.Encrypt(nonce, plain, blob.AsSpan(NonceSize + TagSize), blob.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(associated));
        }
        if (Open(key, blob, associated) is not { } check || !check.AsSpan().SequenceEqual(plain))
            throw new CaseStoreException($"A value for {associated} did not seal correctly (it would not open again); nothing was written.");
        return blob;
    }

    /// <summary>Null when the value does not open with this key and associated data (wrong key, moved, altered).</summary>
    public static byte[]? Open(byte[] key, ReadOnlySpan<byte> blob, string associated)
    {
        if (blob.Length < NonceSize + TagSize) return null;
        var plain = new byte[blob.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        try
        {
            aes.Decrypt(blob[..NonceSize], blob[(NonceSize + TagSize)..], blob.Slice(NonceSize, TagSize), plain, Encoding.UTF8.GetBytes(associated));
            return plain;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }
}
