using System.Security.Cryptography;
using System.Text;

namespace TriageBot.Cases.Storage;

/// <summary>
/// Field-level AES-GCM for request texts, independent of LiteDB's own (weak) file encryption. A protected value
/// is <c>enc:v1:</c> + base64(nonce | tag | ciphertext); the prefix tells it from text stored before a key was
/// configured, which therefore stays readable. The case id is bound as associated data, so a ciphertext copied
/// onto another case fails to decrypt instead of showing the wrong request.
/// </summary>
internal sealed class TextProtector : IDisposable
{
    public const int KeySize = 32;
    private const string EncryptedPrefix = "enc:v1:";
    // Plain text that happens to start with a marker is stored behind this one, so it is never mistaken for
    // ciphertext (or have a real "txt:" stripped) when read back.
    private const string EscapedPrefix = "txt:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly AesGcm? _aes;

    private TextProtector(AesGcm? aes) => _aes = aes;

    public bool HasKey => _aes is not null;

    public static TextProtector Create(byte[]? dataKey)
    {
        if (dataKey is null) return new TextProtector(null);
        if (dataKey.Length != KeySize)
            throw new CaseStoreException($"The data key must be {KeySize} bytes (256 bits, base64 in the environment); it has {dataKey.Length}.");
        return new TextProtector(new AesGcm(dataKey, TagSize));
    }

    public static bool IsProtected(string? stored) => stored is not null && stored.StartsWith(EncryptedPrefix, StringComparison.Ordinal);

    public string Protect(string plaintext, string context)
    {
        if (_aes is null)
        {
            return plaintext.StartsWith(EncryptedPrefix, StringComparison.Ordinal) || plaintext.StartsWith(EscapedPrefix, StringComparison.Ordinal)
                ? EscapedPrefix + plaintext
                : plaintext;
        }

        var plain = Encoding.UTF8.GetBytes(plaintext);
        var blob = new byte[NonceSize + TagSize + plain.Length];
        var nonce = blob.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        _aes.Encrypt(nonce, plain, blob.AsSpan(NonceSize + TagSize), blob.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(context));
        return EncryptedPrefix + Convert.ToBase64String(blob);
    }

    /// <summary>The plain text, or a <see cref="CaseStoreException"/> when it cannot be recovered (no key, wrong
    /// key, damaged value): never garbage.</summary>
    public string Unprotect(string stored, string context)
    {
        if (stored.StartsWith(EscapedPrefix, StringComparison.Ordinal)) return stored[EscapedPrefix.Length..];
        if (!IsProtected(stored)) return stored;
        if (_aes is null)
            throw new CaseStoreException($"The request text of {context} is encrypted, but no data key is configured (Cases:DataKeyVariable). Set the key it was written with.");

        byte[] blob;
        try
        {
            blob = Convert.FromBase64String(stored[EncryptedPrefix.Length..]);
        }
        catch (FormatException e)
        {
            throw new CaseStoreException($"The encrypted request text of {context} is damaged (not base64).", e);
        }
        if (blob.Length < NonceSize + TagSize)
            throw new CaseStoreException($"The encrypted request text of {context} is damaged (too short).");

        var plain = new byte[blob.Length - NonceSize - TagSize];
        try
        {
            _aes.Decrypt(blob.AsSpan(0, NonceSize), blob.AsSpan(NonceSize + TagSize), blob.AsSpan(NonceSize, TagSize), plain, Encoding.UTF8.GetBytes(context));
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new CaseStoreException($"The request text of {context} cannot be decrypted: the data key differs from the one it was written with, or the value was altered.", e);
        }
        return Encoding.UTF8.GetString(plain);
    }

    public void Dispose() => _aes?.Dispose();
}
