using LiteDB;
using TriageBot.Cases.Model;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Storage.Keys;

namespace TriageBot.Cases.Tests.Storage;

public class PrivacyTests
{
    private static readonly DateTime LongAgo = new(2024, 1, 10, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>A case with every marker, an audit note and a status reason naming a relative, and a
    /// conversation holding a pasted draft that names the case.</summary>
    private static async Task<CaseRecord> PlantAsync(LiteDbCaseStore store, CaseStatus status = CaseStatus.New, DateTime? closedAt = null)
    {
        var created = await store.CreateAsync(PlantedMarkers.Case(LongAgo, status, closedAt), "alice");
        await store.AppendAuditAsync(new AuditEntry { CaseId = created.Id, Actor = "alice", Action = "note", NewValue = $"{PlantedMarkers.Note}; called {PlantedMarkers.Relative} on {PlantedMarkers.RelativePhone}" });
        await store.UpdateAsync(created with { Assignee = "bob" }, created.Version,
            [new AuditEntry { CaseId = created.Id, Actor = "alice", Action = "assigned", Field = "assignee", NewValue = "bob", Reason = $"{PlantedMarkers.Relative} asked for {PlantedMarkers.Contact}" }]);
        await store.Conversations.SaveAsync("teams:conv-1", $$"""{"case":"{{created.Id}}","draft":"{{PlantedMarkers.Pasted}} {{PlantedMarkers.Email}}"}""", 0);
        return created;
    }

    [Fact]
    public async Task No_planted_personal_data_is_readable_in_any_file_with_no_key_configured()
    {
        using var temp = new TempCaseStore();
        var created = await PlantAsync(temp.Store);

        temp.Store.Dispose();
        var found = PlantedMarkers.Scan(Path.GetDirectoryName(temp.Path)!);

        Assert.Empty(found);
        var read = await temp.Reopen().GetAsync(created.Id);
        Assert.Equal(PlantedMarkers.Contact, read!.Requester.Contact);
        Assert.Contains(PlantedMarkers.Relative, (await temp.Store.GetAuditAsync(created.Id))[1].NewValue);
        Assert.Contains(PlantedMarkers.Pasted, (await temp.Store.Conversations.GetAsync("teams:conv-1"))!.Json);
        Assert.Single(await temp.Store.FindDuplicatesAsync("C0FFEE" + PlantedMarkers.NcmecId, null, null));
        Assert.Single(await temp.Store.FindDuplicatesAsync("", "OP-HALCYON-2291", PlantedMarkers.Email.ToUpperInvariant()));
    }

    [Fact]
    public async Task A_purged_case_leaves_no_ciphertext_no_key_and_no_details_behind_only_its_tombstone()
    {
        using var temp = new TempCaseStore();
        var purgedCase = await PlantAsync(temp.Store, CaseStatus.Closed, LongAgo.AddDays(3));
        var kept = await temp.Store.CreateAsync(SampleCases.Draft(LongAgo), "alice");
        temp.Store.Dispose();
        var leftovers = new List<byte[]>();
        using (var raw = new LiteDatabase($"Filename={temp.Path};Connection=Direct"))
        {
            leftovers.Add(raw.GetCollection("cases").FindById(purgedCase.Id)["Sealed"].AsBinary);
            leftovers.Add(raw.GetCollection(WrappedKeys.CaseKeysCollection).FindById(purgedCase.Id)["Wrapped"].AsBinary);
            leftovers.AddRange(raw.GetCollection("audit").Find(Query.EQ("CaseId", purgedCase.Id)).Select(d => d["Sealed"].AsBinary));
            leftovers.Add(System.Text.Encoding.UTF8.GetBytes(raw.GetCollection("conversations").FindAll().Single()["Json"].AsString));
        }

        Assert.Equal(1, await temp.Reopen().PurgeAsync(LongAgo.AddDays(10), "retention-job"));
        temp.Store.Dispose();

        var files = Directory.GetFiles(Path.GetDirectoryName(temp.Path)!).Select(File.ReadAllBytes).ToList();
        Assert.Equal(6, leftovers.Count); // case, its key, three audit entries, the conversation
        foreach (var blob in leftovers)
            Assert.DoesNotContain(files, bytes => PlantedMarkers.Contains(bytes, blob.AsSpan(0, 32)));
        Assert.Empty(PlantedMarkers.Scan(Path.GetDirectoryName(temp.Path)!));

        var store = temp.Reopen();
        Assert.Null(await store.GetAsync(purgedCase.Id));
        Assert.Null(await store.Conversations.GetAsync("teams:conv-1"));
        var trail = await store.GetAuditAsync(purgedCase.Id);
        var tombstone = Assert.Single(trail);
        Assert.Equal(("purged", "Closed", "Preservation"), (tombstone.Action, tombstone.OldValue, tombstone.NewValue));
        Assert.Equal("retention: received 2024-01-10, closed 2024-01-13, before the cut-off 2024-01-20", tombstone.Reason);
        Assert.NotNull(await store.GetAsync(kept.Id));
    }

    [Fact]
    public async Task A_process_killed_mid_write_leaves_no_readable_request_data_in_the_database_or_its_log()
    {
        using var temp = new TempCaseStore();
        temp.Store.Dispose();

        var (exit, _) = await ProbeProcess.RunAsync(["write", temp.Path, "20", "7"]);

        Assert.NotEqual(0, exit);
        foreach (var file in new[] { temp.Path, CaseDatabase.LogPathOf(temp.Path) }.Where(File.Exists))
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var marker in new[] { "probe-user-", "Probe Agency", "@probe.example", "Request number" })
                Assert.False(PlantedMarkers.Contains(bytes, System.Text.Encoding.UTF8.GetBytes(marker)), $"{marker} in {Path.GetFileName(file)}");
        }
        Assert.Equal(7, (await temp.Reopen().QueryAsync(new CaseQuery())).Count);
    }

    [Fact]
    public void Database_log_and_key_files_are_created_readable_by_the_owner_only()
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempCaseStore();

        foreach (var file in new[] { temp.Path, CaseDatabase.LogPathOf(temp.Path), temp.Path + ".key" })
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Fact]
    public void A_key_file_is_generated_once_and_then_read_back_unchanged()
    {
        var folder = Directory.CreateTempSubdirectory("triagebot-keys-");
        try
        {
            var path = Path.Combine(folder.FullName, "config", "data.key");

            var first = DataKeyFile.LoadOrCreate(path, out var created);
            var content = File.ReadAllText(path);
            var second = DataKeyFile.LoadOrCreate(path, out var createdAgain);

            Assert.True(created);
            Assert.False(createdAgain);
            Assert.Equal(first.Current.Id, second.Current.Id);
            Assert.Equal(content, File.ReadAllText(path));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Rotation_rewraps_every_key_so_only_the_new_master_key_is_needed_and_data_stays_readable()
    {
        var folder = Directory.CreateTempSubdirectory("triagebot-rotate-");
        try
        {
            var path = Path.Combine(folder.FullName, "cases.db");
            var old = DataKey.Generate();
            var next = DataKey.Generate();
            string id;
            using (var store = LiteDbCaseStore.OpenWithKeys(path, null, new DataKeyRing(old), TimeProvider.System))
                id = (await PlantAsync(store)).Id;

            using (var rotating = LiteDbCaseStore.OpenWithKeys(path, null, new DataKeyRing(next, [old]), TimeProvider.System))
            {
                Assert.Equal([old.Id], rotating.KeyIdsInUse());
                Assert.Equal(2, rotating.RotateKeys()); // the store key and the case's key
                Assert.Equal([next.Id], rotating.KeyIdsInUse());
            }

            using (var store = LiteDbCaseStore.OpenWithKeys(path, null, new DataKeyRing(next), TimeProvider.System))
            {
                Assert.Equal(PlantedMarkers.Email, (await store.GetAsync(id))!.Requester.Email);
                Assert.Contains(PlantedMarkers.RelativePhone, (await store.GetAuditAsync(id))[1].NewValue);
                Assert.Contains(PlantedMarkers.Pasted, (await store.Conversations.GetAsync("teams:conv-1"))!.Json);
            }
            var e = Assert.Throws<CaseStoreException>(() => LiteDbCaseStore.OpenWithKeys(path, null, new DataKeyRing(old), TimeProvider.System));
            Assert.Contains($"encrypted under data key {next.Id}", e.Message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_backup_taken_while_the_store_is_open_is_private_encrypted_and_restores_what_was_committed()
    {
        using var temp = new TempCaseStore();
        var before = await PlantAsync(temp.Store);
        var folder = Path.GetDirectoryName(temp.Path)!;
        var backup = Path.Combine(folder, "backups", "cases-backup.db");
        Directory.CreateDirectory(Path.GetDirectoryName(backup)!);

        var size = temp.Store.BackupTo(backup);
        var after = await temp.Store.CreateAsync(SampleCases.Draft(), "alice");

        Assert.Equal(new FileInfo(backup).Length, size);
        Assert.Empty(PlantedMarkers.FoundIn(File.ReadAllBytes(backup)));
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(backup));

        var held = await Assert.ThrowsAsync<CaseStoreException>(() => CaseBackups.RestoreAsync(backup, temp.Path, null, DataKeyFile.Read(temp.Path + ".key"), TimeProvider.System));
        Assert.Contains("is in use by another process", held.Message);

        temp.Store.Dispose();
        var restored = await CaseBackups.RestoreAsync(backup, temp.Path, null, DataKeyFile.Read(temp.Path + ".key"), TimeProvider.System);

        Assert.Equal(1, restored);
        var store = temp.Reopen();
        Assert.Equal(PlantedMarkers.Contact, (await store.GetAsync(before.Id))!.Requester.Contact);
        Assert.Null(await store.GetAsync(after.Id));
        Assert.Equal(2, (await store.GetAuditAsync(before.Id)).Count(a => a.Action != "opened"));
    }

    [Fact]
    public async Task A_backup_does_not_open_with_another_key()
    {
        using var temp = new TempCaseStore();
        await PlantAsync(temp.Store);
        var backup = temp.Path + ".bak";
        temp.Store.BackupTo(backup);
        temp.Store.Dispose();

        var e = await Assert.ThrowsAsync<CaseStoreException>(() => CaseBackups.RestoreAsync(backup, temp.Path, null, new DataKeyRing(DataKey.Generate()), TimeProvider.System));

        Assert.Contains("which is not configured", e.Message);
    }
}
