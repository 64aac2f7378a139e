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
        Assert.False(Contains(bytes, "darkfox99"));

        var read = await temp.Reopen().GetAsync(created.Id);
        Assert.Equal(Secret + " (corrected)", read!.OriginalText);
        Assert.Equal(Secret + " (corrected)", (await temp.Store.QueryAsync(new CaseQuery()))[0].OriginalText);
    }

    [Fact]
    public async Task A_wrong_or_missing_data_key_is_refused_at_open_naming_the_key_it_needs()
    {
        using var temp = new TempCaseStore(dataKey: Key);
        await temp.Store.CreateAsync(SampleCases.Draft(text: Secret), "alice");
        temp.Store.Dispose();
        var needed = TriageBot.Cases.Storage.Keys.DataKey.From(Key).Id;

        var wrong = Assert.Throws<CaseStoreException>(() => LiteDbCaseStore.Open(temp.Path, null, RandomNumberGenerator.GetBytes(32), TimeProvider.System));
        // No key given: a key file is generated beside it, which is not the key the data was written with.
        var missing = Assert.Throws<CaseStoreException>(() => LiteDbCaseStore.Open(temp.Path, null, null, TimeProvider.System));

        Assert.Contains($"was encrypted under data key {needed}, which is not configured", wrong.Message);
        Assert.Contains($"was encrypted under data key {needed}, which is not configured", missing.Message);
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
