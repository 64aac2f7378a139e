using System.Security.Cryptography;
using TriageBot.Cases.Storage;

namespace TriageBot.Cases.Tests.Storage;

public class TextProtectorTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    [Theory]
    [InlineData("")]
    [InlineData("plain request text")]
    [InlineData("enc:v2:looks like ciphertext")]
    [InlineData("txt:looks escaped")]
    [InlineData("Ünïcödé ✓ 中文")]
    public void Protected_text_reads_back_unchanged_and_is_never_stored_in_the_clear(string text)
    {
        using var keyed = TextProtector.Create(Key);

        var stored = keyed.Protect(text, "conversation:1");

        Assert.StartsWith("enc:v2:", stored);
        Assert.DoesNotContain(text.Length > 0 ? text : "\u0001", stored);
        Assert.Equal(text, keyed.Unprotect(stored, "conversation:1"));
    }

    [Fact]
    public void Encrypted_text_has_the_versioned_prefix_and_a_fresh_nonce_each_time()
    {
        using var keyed = TextProtector.Create(Key);

        var once = keyed.Protect("same text", "conversation:1");
        var twice = keyed.Protect("same text", "conversation:1");

        Assert.StartsWith("enc:v2:", once);
        Assert.NotEqual(once, twice);
    }

    [Fact]
    public void A_protector_without_a_key_cannot_be_made()
    {
        Assert.Throws<ArgumentNullException>(() => TextProtector.Create(null!));
        Assert.Throws<CaseStoreException>(() => TextProtector.Create(new byte[16]));
    }

    [Fact]
    public void Ciphertext_moved_to_another_record_tampered_with_or_read_with_another_key_is_an_error_not_garbage()
    {
        using var keyed = TextProtector.Create(Key);
        using var otherKey = TextProtector.Create(RandomNumberGenerator.GetBytes(32));
        var stored = keyed.Protect("request", "conversation:1");
        var blob = Convert.FromBase64String(stored["enc:v2:".Length..]);
        blob[^1] ^= 1;
        var tampered = "enc:v2:" + Convert.ToBase64String(blob);

        Assert.Throws<CaseStoreException>(() => keyed.Unprotect(stored, "conversation:2"));
        Assert.Throws<CaseStoreException>(() => keyed.Unprotect(tampered, "conversation:1"));
        Assert.Throws<CaseStoreException>(() => otherKey.Unprotect(stored, "conversation:1"));
        Assert.Throws<CaseStoreException>(() => keyed.Unprotect("enc:v2:%%%", "conversation:1"));
        Assert.Throws<CaseStoreException>(() => keyed.Unprotect("enc:v2:AAAA", "conversation:1"));
    }

    /// <summary>The root cause of a conversation reference that never opened: one cipher shared by threads. The turn
    /// inbox opens payloads outside the store's lock while writers seal under it; every value sealed meanwhile
    /// must open, and every value opened meanwhile must read back.</summary>
    [Fact]
    public async Task Every_value_sealed_while_other_threads_open_values_with_the_same_protector_opens_afterwards()
    {
        using var shared = TextProtector.Create(Key);
        var payload = "a queued turn " + new string('p', 300);
        var queued = shared.Protect(payload, "inbox turn 1");
        var sealedValues = new List<(string Context, string Plain, string Stored)>();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested) Assert.Equal(payload, shared.Unprotect(queued, "inbox turn 1"));
        })).ToList();
        try
        {
            for (var i = 0; i < 20_000; i++)
            {
                var plain = $"reference {i} " + new string('r', 200);
                sealedValues.Add(($"collection:conversation_references:{i}", plain, shared.Protect(plain, $"collection:conversation_references:{i}")));
            }
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(readers);
        }

        using var afterRestart = TextProtector.Create(Key);
        Assert.All(sealedValues, v => Assert.Equal(v.Plain, afterRestart.Unprotect(v.Stored, v.Context)));
    }
}
