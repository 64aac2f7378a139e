using System.Security.Cryptography;
using System.Text;

namespace TriageBot.Cases.Storage.Keys;

/// <summary>AES-256-GCM over bytes: nonce | tag | ciphertext, with associated data that binds a value to where
/// it belongs (a case, a field), so a value copied elsewhere fails to open instead of showing the wrong thing.</summary>
internal static class Aead
{
    public const int NonceSize = 12;
    public const int TagSize = 16;

    public static byte[] Seal(byte[] key, ReadOnlySpan<byte> plain, string associated)
    {
        using var aes = new AesGcm(key, TagSize);
        return Seal(aes, plain, associated);
    }

    public static byte[] Seal(AesGcm aes, ReadOnlySpan<byte> plain, string associated)
    {
        var blob = new byte[NonceSize + TagSize + plain.Length];
        var nonce = blob.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        aes.Encrypt(nonce, plain, blob.AsSpan(NonceSize + TagSize), blob.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(associated));
        return blob;
    }

    /// <summary>Null when the value does not open with this key and associated data (wrong key, moved, altered).</summary>
    public static byte[]? Open(byte[] key, ReadOnlySpan<byte> blob, string associated)
    {
        using var aes = new AesGcm(key, TagSize);
        return Open(aes, blob, associated);
    }

    public static byte[]? Open(AesGcm aes, ReadOnlySpan<byte> blob, string associated)
    {
        if (blob.Length < NonceSize + TagSize) return null;
        var plain = new byte[blob.Length - NonceSize - TagSize];
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
