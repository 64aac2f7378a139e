using System.Security.Cryptography;
using System.Text;

namespace TriageBot.Cases.Storage.Keys;

/// <summary>
/// A master key: 32 random bytes that wrap the keys inside the database, never the data itself. Its id is a
/// fingerprint of the key (not the key), so a database can say which key it needs and a ring can find it,
/// whether the key came from a file or an environment variable.
/// </summary>
public sealed class DataKey
{
    public const int Size = 32;

    private DataKey(string id, byte[] material)
    {
        Id = id;
        Material = material;
    }

    public string Id { get; }

    internal byte[] Material { get; }

    public static DataKey From(byte[] material)
    {
        ArgumentNullException.ThrowIfNull(material);
        if (material.Length != Size)
            throw new CaseStoreException($"The data key must be {Size} bytes (256 bits, base64 in the environment); it has {material.Length}.");
        return new DataKey(IdOf(material), [.. material]);
    }

    public static DataKey Generate() => From(RandomNumberGenerator.GetBytes(Size));

    /// <summary>A key written as base64 (<c>openssl rand -base64 32</c>); <paramref name="source"/> names where it
    /// came from for the error.</summary>
    public static DataKey Parse(string base64, string source)
    {
        byte[] material;
        try
        {
            material = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            throw new CaseStoreException($"{source} must hold a base64-encoded 32-byte key (e.g. from `openssl rand -base64 32`); it is not base64.");
        }
        if (material.Length != Size)
            throw new CaseStoreException($"{source} must hold a base64-encoded 32-byte key (e.g. from `openssl rand -base64 32`); it has {material.Length} bytes.");
        return From(material);
    }

    public string ToBase64() => Convert.ToBase64String(Material);

    public override string ToString() => $"data key {Id}";

    private static string IdOf(byte[] material)
    {
        var hash = HMACSHA256.HashData(material, Encoding.ASCII.GetBytes("triagebot data key id"));
        return Convert.ToHexStringLower(hash, 0, 6);
    }
}
