using System.Security.Cryptography;
using System.Text;

namespace TriageBot.Cases.Storage.Keys;

/// <summary>
/// Keyed hashes (HMAC-SHA256 under a key derived from the store key) of values that are encrypted but must be
/// looked up by equality: the content hash and "agency reference from this e-mail" for duplicate detection.
/// Without the key a hash says nothing, not even whether a guessed request was received.
/// </summary>
internal sealed class BlindIndex(byte[] storeKey)
{
    private readonly byte[] _key = HMACSHA256.HashData(storeKey, Encoding.ASCII.GetBytes("triagebot blind index"));

    public string Of(string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(value)), 0, 20);
}
