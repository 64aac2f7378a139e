using System.Security.Cryptography;
using TriageBot.Cases.Storage;

namespace TriageBot.Cases.Tests.Storage;

public class TextProtectorTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    [Theory]
    [InlineData("")]
    [InlineData("plain request text")]
    [InlineData("enc:v1:looks like ciphertext")]
    [InlineData("txt:looks escaped")]
    [InlineData("Ünïcödé ✓ 中文")]
    public void Protected_text_reads_back_unchanged_with_and_without_a_key(string text)
    {
        using var keyed = TextProtector.Create(Key);
        using var plain = TextProtector.Create(null);

        Assert.Equal(text, keyed.Unprotect(keyed.Protect(text, "LE-2026-00001"), "LE-2026-00001"));
        Assert.Equal(text, plain.Unprotect(plain.Protect(text, "LE-2026-00001"), "LE-2026-00001"));
        Assert.Equal(text, keyed.Unprotect(plain.Protect(text, "LE-2026-00001"), "LE-2026-00001"));
    }

    [Fact]
    public void Encrypted_text_has_the_versioned_prefix_and_a_fresh_nonce_each_time()
    {
        using var keyed = TextProtector.Create(Key);

        var once = keyed.Protect("same text", "LE-2026-00001");
        var twice = keyed.Protect("same text", "LE-2026-00001");

        Assert.StartsWith("enc:v1:", once);
        Assert.NotEqual(once, twice);
    }

    [Fact]
    public void Ciphertext_moved_to_another_case_tampered_with_or_read_with_another_key_is_an_error_not_garbage()
    {
        using var keyed = TextProtector.Create(Key);
        using var otherKey = TextProtector.Create(RandomNumberGenerator.GetBytes(32));
        using var noKey = TextProtector.Create(null);
        var stored = keyed.Protect("request", "LE-2026-00001");
        var blob = Convert.FromBase64String(stored["enc:v1:".Length..]);
        blob[^1] ^= 1;
        var tampered = "enc:v1:" + Convert.ToBase64String(blob);

        Assert.Throws<CaseStoreException>(() => keyed.Unprotect(stored, "LE-2026-00002"));
        Assert.Throws<CaseStoreException>(() => keyed.Unprotect(tampered, "LE-2026-00001"));
        Assert.Throws<CaseStoreException>(() => otherKey.Unprotect(stored, "LE-2026-00001"));
        Assert.Throws<CaseStoreException>(() => noKey.Unprotect(stored, "LE-2026-00001"));
        Assert.Throws<CaseStoreException>(() => keyed.Unprotect("enc:v1:%%%", "LE-2026-00001"));
        Assert.Throws<CaseStoreException>(() => keyed.Unprotect("enc:v1:AAAA", "LE-2026-00001"));
    }
}
