using LiteDB;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Cases.Storage;

namespace TriageBot.Cases.Tests.Storage;

public class ConversationStateTests
{
    [Fact]
    public async Task A_saved_state_reads_back_with_version_one_and_the_store_time()
    {
        using var temp = new TempCaseStore();

        var saved = await temp.Store.Conversations.SaveAsync("teams:1", """{"stack":[]}""", expectedVersion: 0);
        var read = await temp.Store.Conversations.GetAsync("teams:1");

        Assert.NotNull(saved);
        Assert.Equal(saved, read);
        Assert.Equal(1, read!.Version);
        Assert.Equal(TempCaseStore.DefaultNow.UtcDateTime, read.UpdatedAt);
        Assert.Equal(DateTimeKind.Utc, read.UpdatedAt.Kind);
    }

    [Fact]
    public async Task State_saved_under_a_clear_conversation_id_by_an_earlier_version_moves_to_a_keyed_id_and_still_resumes()
    {
        using var temp = new TempCaseStore();
        await temp.Store.Conversations.SaveAsync("slack:T1:D0NEW", """{"stack":[]}""", 0);
        temp.Store.Dispose();
        using (var raw = new LiteDatabase($"Filename={temp.Path};Connection=Direct"))
            raw.GetCollection("conversations").Insert(new BsonDocument { ["_id"] = "teams:a:legacy-conv-77", ["Json"] = """{"stack":[],"draft":"x"}""", ["UpdatedAt"] = TempCaseStore.DefaultNow.UtcDateTime.Ticks, ["Version"] = 2 });

        var store = temp.Reopen();
        var read = await store.Conversations.GetAsync("teams:a:legacy-conv-77");

        Assert.Equal(("""{"stack":[],"draft":"x"}""", 2), (read!.Json, read.Version));
        Assert.NotNull(await store.Conversations.SaveAsync("teams:a:legacy-conv-77", """{"stack":[]}""", 2));
        Assert.NotNull(await store.Conversations.GetAsync("slack:T1:D0NEW"));
        store.Dispose();
        using (var raw = new LiteDatabase($"Filename={temp.Path};Connection=Direct;ReadOnly=true"))
            Assert.All(raw.GetCollection("conversations").FindAll().Select(d => d["_id"].AsString), id => Assert.StartsWith("b:", id));
    }

    [Fact]
    public async Task An_unknown_conversation_has_no_state()
    {
        using var temp = new TempCaseStore();

        Assert.Null(await temp.Store.Conversations.GetAsync("slack:nobody"));
    }

    [Fact]
    public async Task A_save_with_a_stale_version_is_refused_and_changes_nothing()
    {
        using var temp = new TempCaseStore();
        var conversations = temp.Store.Conversations;
        await conversations.SaveAsync("c", "\"first\"", 0);
        await conversations.SaveAsync("c", "\"second\"", 1);

        var stale = await conversations.SaveAsync("c", "\"late\"", 1);
        var duplicateCreate = await conversations.SaveAsync("c", "\"late\"", 0);

        Assert.Null(stale);
        Assert.Null(duplicateCreate);
        var current = await conversations.GetAsync("c");
        Assert.Equal("\"second\"", current!.Json);
        Assert.Equal(2, current.Version);
    }

    [Fact]
    public async Task A_deleted_state_is_gone_and_deleting_again_says_so()
    {
        using var temp = new TempCaseStore();
        await temp.Store.Conversations.SaveAsync("c", "{}", 0);

        Assert.True(await temp.Store.Conversations.DeleteAsync("c"));
        Assert.False(await temp.Store.Conversations.DeleteAsync("c"));
        Assert.Null(await temp.Store.Conversations.GetAsync("c"));
    }

    [Fact]
    public async Task Deleting_older_than_a_cutoff_keeps_the_recent_conversations()
    {
        var time = new FakeTimeProvider(TempCaseStore.DefaultNow);
        using var temp = new TempCaseStore(time);
        await temp.Store.Conversations.SaveAsync("old", "{}", 0);
        time.Advance(TimeSpan.FromHours(30));
        await temp.Store.Conversations.SaveAsync("recent", "{}", 0);

        var deleted = await temp.Store.Conversations.DeleteOlderThanAsync(time.GetUtcNow().UtcDateTime - TimeSpan.FromHours(24));

        Assert.Equal(1, deleted);
        Assert.Null(await temp.Store.Conversations.GetAsync("old"));
        Assert.NotNull(await temp.Store.Conversations.GetAsync("recent"));
    }

    [Fact]
    public async Task State_survives_a_restart_of_the_store()
    {
        using var temp = new TempCaseStore();
        await temp.Store.Conversations.SaveAsync("c", """{"step":2}""", 0);

        temp.Reopen();

        Assert.Equal("""{"step":2}""", (await temp.Store.Conversations.GetAsync("c"))!.Json);
    }

    [Fact]
    public async Task With_a_data_key_the_state_is_encrypted_on_disk()
    {
        var key = new byte[32];
        key[0] = 7;
        using var temp = new TempCaseStore(dataKey: key);
        await temp.Store.Conversations.SaveAsync("c", """{"text":"CyberTipline Report 123456789"}""", 0);

        Assert.Contains("123456789", (await temp.Store.Conversations.GetAsync("c"))!.Json);
        var bytes = temp.CloseAndReadFileBytes();
        Assert.DoesNotContain("123456789", System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void The_conversations_collection_is_indexed_by_last_save()
    {
        using var temp = new TempCaseStore();
        temp.Store.Dispose();

        using var raw = new LiteDatabase($"Filename={temp.Path};Connection=Direct");
        var indexes = raw.GetCollection("$indexes").FindAll().Select(d => $"{d["collection"].AsString}.{d["name"].AsString}").ToList();

        Assert.Contains("conversations.UpdatedAt", indexes);
        Assert.NotNull(raw.GetCollection("meta").FindById("migration-0002"));
    }

    [Fact]
    public async Task Saves_from_many_threads_each_land_once()
    {
        using var temp = new TempCaseStore();
        var conversations = temp.Store.Conversations;

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => conversations.SaveAsync($"c{i}", "{}", 0))));

        for (var i = 0; i < 20; i++)
            Assert.Equal(1, (await conversations.GetAsync($"c{i}"))!.Version);
    }
}
