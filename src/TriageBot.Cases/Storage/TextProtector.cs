using System.Security.Cryptography;
using System.Text;
using TriageBot.Cases.Storage.Keys;

namespace TriageBot.Cases.Storage;

/// <summary>
/// AES-GCM for text kept outside a case (conversation state, queued turns), under the store's own key, which
/// the master key wraps (so rotating the master key never re-encrypts these). A protected value is
/// <c>enc:v2:</c> + base64(nonce | tag | ciphertext); <paramref name="context"/> is bound as associated data, so
/// a value copied onto another record fails to decrypt instead of showing the wrong text. There is always a
/// key: nothing is stored in the clear.
/// Safe for concurrent use: each operation has its own cipher. One <see cref="AesGcm"/> shared by threads is not
/// (on Linux it is one OpenSSL context): a value sealed while another thread opened one with the same instance
/// could come back with a tag that never verifies, an acknowledged write unreadable from then on. The turn inbox
/// opens payloads outside the store's lock while writers seal under it, so that happened (a conversation
/// reference that could not be opened after a restart). <see cref="Aead.Seal"/> also opens every sealed value once
/// before it is handed out, so a value that would not open fails the write instead of being stored.
/// </summary>
internal sealed class TextProtector : IDisposable
{
    private const string EncryptedPrefix = "enc:v2:";
    // Written by versions that encrypted with the master key directly (and only when one was configured);
    // read during the migration that re-encrypts them.
    private const string LegacyPrefix = "enc:v1:";
    private const string LegacyEscapedPrefix = "txt:";

    private readonly byte[] _key;
    private readonly DataKeyRing? _legacy;
    private volatile bool _disposed;

    private TextProtector(byte[] key, DataKeyRing? legacy)
    {
        _key = key;
        _legacy = legacy;
    }

    /// <summary>Always true; kept for callers written when a key was optional.</summary>
    public bool HasKey => true;

    /// <param name="key">32 bytes.</param>
    /// <param name="legacy">Master keys that may have written <c>enc:v1:</c> values.</param>
    public static TextProtector Create(byte[] key, DataKeyRing? legacy = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != DataKey.Size)
            throw new CaseStoreException($"The data key must be {DataKey.Size} bytes (256 bits, base64 in the environment); it has {key.Length}.");
        return new TextProtector([.. key], legacy);
    }

    public static bool IsProtected(string? stored) => stored is not null && stored.StartsWith(EncryptedPrefix, StringComparison.Ordinal);

    /// <exception cref="CaseStoreException">The sealed value did not open again (the write must not go on).</exception>
    public string Protect(string plaintext, string context)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return EncryptedPrefix + Convert.ToBase64String(Aead.Seal(_key, Encoding.UTF8.GetBytes(plaintext), context));
    }

    /// <summary>The plain text, or a <see cref="CaseStoreException"/> when it cannot be recovered (wrong key,
    /// damaged or moved value): never garbage.</summary>
    public string Unprotect(string stored, string context)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (stored.StartsWith(EncryptedPrefix, StringComparison.Ordinal))
        {
            var plain = Aead.Open(_key, Decode(stored, EncryptedPrefix, context), context)
                ?? throw new CaseStoreException($"The stored text of {context} cannot be decrypted: it was altered, or belongs to another record or database.");
            return Encoding.UTF8.GetString(plain);
        }
        if (stored.StartsWith(LegacyPrefix, StringComparison.Ordinal))
        {
            var blob = Decode(stored, LegacyPrefix, context);
            foreach (var key in _legacy?.All ?? [])
                if (Aead.Open(key.Material, blob, context) is { } plain) return Encoding.UTF8.GetString(plain);
            throw new CaseStoreException($"The text of {context} was encrypted with a data key that is not configured (Cases:DataKeyVariable or Cases:DataKeyFile). Configure the key it was written with.");
        }
        // Written in the clear by a version without a key; the migration to sealed records re-encrypts it.
        return stored.StartsWith(LegacyEscapedPrefix, StringComparison.Ordinal) ? stored[LegacyEscapedPrefix.Length..] : stored;
    }

    private static byte[] Decode(string stored, string prefix, string context)
    {
        try
        {
            return Convert.FromBase64String(stored[prefix.Length..]);
        }
        catch (FormatException e)
        {
            throw new CaseStoreException($"The encrypted text of {context} is damaged (not base64).", e);
        }
    }

    public void Dispose() => _disposed = true;
}
