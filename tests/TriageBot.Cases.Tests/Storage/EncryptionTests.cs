using System.Security.Cryptography;
using System.Text;
using TriageBot.Cases.Storage;

namespace TriageBot.Cases.Tests.Storage;

public class EncryptionTests
{
    private const string Secret = "SECRET-REQUEST-TEXT: preserve the account of darkfox99";
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    private static bool Contains(byte[] haystack, string text) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    [Fact]
    public async Task With_a_password_the_file_holds_no_plain_text_and_opens_only_with_that_password()
    {
        using var temp = new TempCaseStore(password: "correct horse");
        var created = await temp.Store.CreateAsync(SampleCases.Draft(text: Secret) with { SubmittedBy = "submitter-in-the-clear" }, "alice");

        var bytes = temp.CloseAndReadFileBytes();
        Assert.False(Contains(bytes, Secret));
        Assert.False(Contains(bytes, "submitter-in-the-clear"));

        var none = Assert.Throws<CaseStoreException>(() => LiteDbCaseStore.Open(temp.Path, null, null, TimeProvider.System));
        Assert.Contains("encrypted and no password was given", none.Message);
        var wrong = Assert.Throws<CaseStoreException>(() => LiteDbCaseStore.Open(temp.Path, "wrong", null, TimeProvider.System));
        Assert.Contains("password", wrong.Message);
        Assert.Contains("wrong", wrong.Message);
        Assert.Equal(Secret, (await temp.Reopen().GetAsync(created.Id))!.OriginalText);
    }

    [Fact]
    public void A_password_for_an_unencrypted_file_is_refused_clearly()
    {
        using var temp = new TempCaseStore();
        temp.Store.Dispose();

        var e = Assert.Throws<CaseStoreException>(() => LiteDbCaseStore.Open(temp.Path, "pw", null, TimeProvider.System));

        Assert.Contains("not encrypted", e.Message);
    }

    [Fact]
    public async Task With_a_data_key_the_request_text_is_not_in_the_file_and_reads_back_decrypted()
    {
        using var temp = new TempCaseStore(dataKey: Key);
        var created = await temp.Store.CreateAsync(SampleCases.Draft(text: Secret), "alice");
        var updated = ((UpdateOutcome.Updated)await temp.Store.UpdateAsync(created with { OriginalText = Secret + " (corrected)" }, 1, [])).Case;

        Assert.Equal(Secret + " (corrected)", updated.OriginalText);
        var bytes = temp.CloseAndReadFileBytes();
        Assert.False(Contains(bytes, "SECRET-REQUEST-TEXT"));
        Assert.True(Contains(bytes, "enc:v1:"));

        var read = await temp.Reopen().GetAsync(created.Id);
        Assert.Equal(Secret + " (corrected)", read!.OriginalText);
        Assert.Equal(Secret + " (corrected)", (await temp.Store.QueryAsync(new CaseQuery()))[0].OriginalText);
    }

    [Fact]
    public async Task A_wrong_or_missing_data_key_is_refused_at_open()
    {
        using var temp = new TempCaseStore(dataKey: Key);
        await temp.Store.CreateAsync(SampleCases.Draft(text: Secret), "alice");
        temp.Store.Dispose();

        var wrong = Assert.Throws<CaseStoreException>(() => LiteDbCaseStore.Open(temp.Path, null, RandomNumberGenerator.GetBytes(32), TimeProvider.System));
        var missing = Assert.Throws<CaseStoreException>(() => LiteDbCaseStore.Open(temp.Path, null, null, TimeProvider.System));

        Assert.Contains("data key does not match", wrong.Message);
        Assert.Contains("no data key was given", missing.Message);
    }

    [Fact]
    public async Task Text_stored_before_a_data_key_was_configured_stays_readable_after()
    {
        using var temp = new TempCaseStore();
        var before = await temp.Store.CreateAsync(SampleCases.Draft(text: "written in the clear"), "alice");
        var markerLike = await temp.Store.CreateAsync(SampleCases.Draft(text: "enc:v1:not really ciphertext"), "alice");
        temp.Store.Dispose();

        using var keyed = LiteDbCaseStore.Open(temp.Path, null, Key, TimeProvider.System);
        var after = await keyed.CreateAsync(SampleCases.Draft(text: "written encrypted"), "alice");

        Assert.Equal("written in the clear", (await keyed.GetAsync(before.Id))!.OriginalText);
        Assert.Equal("enc:v1:not really ciphertext", (await keyed.GetAsync(markerLike.Id))!.OriginalText);
        Assert.Equal("written encrypted", (await keyed.GetAsync(after.Id))!.OriginalText);
    }

    [Fact]
    public void A_data_key_of_the_wrong_length_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("triagebot-cases-");
        try
        {
            var e = Assert.Throws<CaseStoreException>(() => LiteDbCaseStore.Open(Path.Combine(folder.FullName, "c.db"), null, new byte[16], TimeProvider.System));
            Assert.Contains("32 bytes", e.Message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
