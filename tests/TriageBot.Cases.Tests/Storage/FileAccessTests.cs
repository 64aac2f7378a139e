using TriageBot.Cases.Storage;

namespace TriageBot.Cases.Tests.Storage;

public class FileAccessTests
{
    private const string InUseMessage = "is in use by another process (another triagebot?). Stop it, or point Cases:DatabasePath at another file.";
    private const int StoreError = 3;

    [Fact]
    public async Task A_second_process_is_refused_a_database_in_use_with_a_clear_message_and_can_open_it_once_released()
    {
        using var temp = new TempCaseStore();
        await temp.Store.CreateAsync(SampleCases.Draft(), "alice");

        var (refused, message) = await ProbeProcess.RunAsync(["open", temp.Path]);
        Assert.Equal(StoreError, refused);
        Assert.Contains($"The case database {temp.Path} {InUseMessage}", message);

        temp.Store.Dispose();
        var (opened, output) = await ProbeProcess.RunAsync(["open", temp.Path]);
        Assert.Equal((0, "opened"), (opened, output.Trim()));
    }

    [Fact]
    public async Task This_process_is_refused_a_database_another_process_holds()
    {
        using var temp = new TempCaseStore();
        temp.Store.Dispose();
        using var holder = ProbeProcess.Start(["hold", temp.Path]);
        Assert.Equal("holding", await holder.ReadLineAsync());

        var e = Assert.Throws<CaseStoreException>(() => LiteDbCaseStore.Open(temp.Path, null, null, TimeProvider.System));
        Assert.Contains(InUseMessage, e.Message);

        holder.Process.StandardInput.Close();
        await holder.Process.WaitForExitAsync();
        temp.Reopen();
    }

    [Fact]
    public async Task Deleting_the_old_lock_file_does_not_let_a_second_process_or_a_plain_LiteDB_open_in()
    {
        using var temp = new TempCaseStore();
        temp.Store.Dispose();
        using var holder = ProbeProcess.Start(["hold", temp.Path]);
        Assert.Equal("holding", await holder.ReadLineAsync());

        // The lock is the open database file itself: no sidecar whose deletion frees it.
        File.Delete(temp.Path + ".lock");
        var (refused, message) = await ProbeProcess.RunAsync(["write", temp.Path, "1"]);
        var plain = Assert.ThrowsAny<IOException>(() =>
        {
            using var raw = new LiteDB.LiteDatabase($"Filename={temp.Path};Connection=Direct");
            raw.GetCollection("cases").Count();
        });

        Assert.Equal(StoreError, refused);
        Assert.Contains(InUseMessage, message);
        Assert.NotNull(plain);
        holder.Process.StandardInput.Close();
        await holder.Process.WaitForExitAsync();
        Assert.Equal(0, (await ProbeProcess.RunAsync(["write", temp.Path, "1"])).ExitCode);
    }

    [Fact]
    public void A_second_open_in_the_same_process_is_refused()
    {
        using var temp = new TempCaseStore();

        var e = Assert.Throws<CaseStoreException>(() => LiteDbCaseStore.Open(temp.Path, null, null, TimeProvider.System));

        Assert.Contains(InUseMessage, e.Message);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("From: someone\nSubject: not a database\n\nPlease preserve the following accounts ...")]
    public void A_file_that_is_not_a_case_database_is_refused_and_left_unchanged(string content)
    {
        var folder = Directory.CreateTempSubdirectory("triagebot-cases-");
        try
        {
            var path = Path.Combine(folder.FullName, "request.txt");
            File.WriteAllText(path, content);

            var e = Assert.Throws<CaseStoreException>(() => LiteDbCaseStore.Open(path, null, null, TimeProvider.System));

            Assert.Contains("is not a TriageBot case database", e.Message);
            Assert.Equal(content, File.ReadAllText(path));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task An_empty_file_left_by_an_interrupted_first_start_becomes_a_new_database()
    {
        var folder = Directory.CreateTempSubdirectory("triagebot-cases-");
        try
        {
            var path = Path.Combine(folder.FullName, "cases.db");
            File.WriteAllBytes(path, []);

            using var store = LiteDbCaseStore.Open(path, null, null, TimeProvider.System);

            Assert.Equal("LE-2026-00001", (await store.CreateAsync(SampleCases.Draft(), "alice")).Id);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("Pacific/Kiritimati")]
    [InlineData("America/New_York")]
    public async Task Times_read_back_as_the_same_utc_values_in_a_process_with_another_time_zone(string zone)
    {
        using var temp = new TempCaseStore();
        var created = await temp.Store.CreateAsync(SampleCases.Full(), "alice");
        temp.Store.Dispose();

        var (exit, output) = await ProbeProcess.RunAsync(["dump", temp.Path, created.Id], new Dictionary<string, string> { ["TZ"] = zone });

        Assert.Equal(0, exit);
        var expected = typeof(Model.CaseRecord).GetProperties()
            .Select(p => (p.Name, Value: p.GetValue(created)))
            .Where(p => p.Value is DateTime)
            .Select(p => $"{p.Name} {(DateTime)p.Value!:O} Utc");
        Assert.Equal(expected, output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
