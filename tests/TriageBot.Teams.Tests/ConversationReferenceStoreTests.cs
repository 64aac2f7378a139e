using LiteDB;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Cases.Storage;
using TriageBot.Teams.References;

namespace TriageBot.Teams.Tests;

public class ConversationReferenceStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private static ConversationReferenceRecord Personal(string user = "AAD-DANA", string conversation = "a:1on1") =>
        new("msteams", user, "29:dana", ServiceUrl, conversation, "personal", "tenant-1", "28:bot");

    private static ConversationReferenceRecord InChannel(string user = "aad-dana") =>
        new("msteams", user, "29:dana", ServiceUrl, "19:channel@thread.tacv2", "channel", "tenant-1", "28:bot");

    [Fact]
    public async Task A_personal_activity_is_found_by_user_and_by_conversation_with_the_store_time()
    {
        using var temp = new TempDatabase(new FakeTimeProvider(Now));
        var store = temp.References;

        await store.RefreshAsync(Personal());

        var byUser = await store.FindByUserAsync("msteams", "aad-dana");
        var byConversation = await store.FindByConversationAsync("msteams", "a:1on1");
        Assert.Equal(Personal() with { UpdatedAt = Now.UtcDateTime }, byUser);
        Assert.Equal(byUser, byConversation);
        Assert.Equal(DateTimeKind.Utc, byUser!.UpdatedAt.Kind);
    }

    [Fact]
    public async Task A_channel_message_refreshes_the_user_but_keeps_their_personal_chat()
    {
        var time = new FakeTimeProvider(Now);
        using var temp = new TempDatabase(time);
        var store = temp.References;
        await store.RefreshAsync(Personal());
        time.Advance(TimeSpan.FromHours(1));

        await store.RefreshAsync(InChannel() with { ServiceUrl = "https://smba.trafficmanager.net/amer/" });

        var user = await store.FindByUserAsync("msteams", "aad-dana");
        Assert.Equal(("a:1on1", "https://smba.trafficmanager.net/amer/"), (user!.ConversationId, user.ServiceUrl));
        Assert.Equal(time.GetUtcNow().UtcDateTime, user.UpdatedAt);
        Assert.NotNull(await store.FindByConversationAsync("msteams", "19:channel@thread.tacv2"));
    }

    [Fact]
    public async Task A_user_first_seen_in_a_channel_has_no_personal_conversation_yet()
    {
        using var temp = new TempDatabase(new FakeTimeProvider(Now));
        var store = temp.References;

        await store.RefreshAsync(InChannel());

        var user = await store.FindByUserAsync("msteams", "aad-dana");
        Assert.Null(user!.ConversationId);
        Assert.Equal("29:dana", user.UserAccountId);
    }

    [Fact]
    public async Task Marking_a_conversation_stale_marks_the_users_reference_to_it_and_a_new_activity_clears_it()
    {
        using var temp = new TempDatabase(new FakeTimeProvider(Now));
        var store = temp.References;
        await store.RefreshAsync(Personal());

        var marked = await store.MarkStaleAsync("msteams", "a:1on1", "403 BotNotInConversationRoster");

        Assert.Equal(2, marked);
        var stale = await store.FindByUserAsync("msteams", "aad-dana");
        Assert.True(stale!.IsStale);
        Assert.Equal("403 BotNotInConversationRoster", stale.StaleReason);
        await store.RefreshAsync(Personal());
        Assert.False((await store.FindByUserAsync("msteams", "aad-dana"))!.IsStale);
    }

    [Fact]
    public async Task References_and_their_service_urls_survive_a_restart()
    {
        using var temp = new TempDatabase(new FakeTimeProvider(Now));
        await temp.References.RefreshAsync(Personal());
        await temp.References.RefreshAsync(Personal("aad-lee", "a:lee") with { ServiceUrl = ServiceUrl.ToUpperInvariant() });

        var reopened = temp.Reopen();

        Assert.Equal("a:1on1", (await reopened.FindByUserAsync("msteams", "aad-dana"))!.ConversationId);
        Assert.Equal([ServiceUrl], await reopened.ServiceUrlsAsync());
    }

    [Fact]
    public async Task An_unknown_user_has_no_reference()
    {
        using var temp = new TempDatabase(new FakeTimeProvider(Now));

        Assert.Null(await temp.References.FindByUserAsync("msteams", "nobody"));
    }

    [Fact]
    public async Task References_the_case_store_saved_before_the_channel_owned_them_are_read()
    {
        using var temp = new TempDatabase(new FakeTimeProvider(Now));
        var path = temp.Store.Path;
        temp.Store.Dispose();
        // The documents exactly as the case store wrote them (user and conversation kinds, times as UTC ticks).
        using (var raw = new LiteDatabase($"Filename={path};Connection=direct"))
        {
            var old = raw.GetCollection("conversation_references");
            foreach (var id in new[] { "user|msteams|aad-dana", "conversation|msteams|a:1on1" })
                old.Insert(new BsonDocument
                {
                    ["_id"] = id, ["ChannelId"] = "msteams", ["UserId"] = "aad-dana", ["UserAccountId"] = "29:dana",
                    ["ServiceUrl"] = ServiceUrl, ["ConversationId"] = "a:1on1", ["ConversationType"] = "personal",
                    ["TenantId"] = "tenant-1", ["BotId"] = "28:bot", ["UpdatedAt"] = new BsonValue(Now.UtcTicks),
                    ["StaleSince"] = BsonValue.Null, ["StaleReason"] = BsonValue.Null,
                });
        }

        // The check below can fail: before the migration, the file holds the references in the clear.
        Assert.Throws<Xunit.Sdk.TrueException>(() => AssertNotOnDisk(path, "aad-dana"));
        var references = temp.Reopen();

        var expected = Personal("aad-dana") with { UpdatedAt = Now.UtcDateTime };
        Assert.Equal(expected, await references.FindByUserAsync("msteams", "AAD-Dana"));
        Assert.Equal(expected, await references.FindByConversationAsync("msteams", "a:1on1"));
        Assert.Equal(2, await references.MarkStaleAsync("msteams", "a:1on1", "404 ConversationNotFound"));
        Assert.Equal([ServiceUrl], await references.ServiceUrlsAsync());
        temp.Reopen(); // a second open finds nothing left to seal
        temp.Store.Dispose();
        AssertNotOnDisk(path, "aad-dana", "29:dana", "a:1on1", "tenant-1", ServiceUrl, "smba.trafficmanager");
    }

    [Fact]
    public async Task References_are_unreadable_in_the_raw_database_file_and_still_found_after_a_restart()
    {
        const string user = "00000000-0000-0000-0000-00000000c0de";
        const string serviceUrl = "https://smba.trafficmanager.net/known-tenant-region/";
        using var temp = new TempDatabase(new FakeTimeProvider(Now));
        await temp.References.RefreshAsync(Personal(user, "a:known-personal-chat") with { ServiceUrl = serviceUrl, TenantId = "tenant-known-7" });
        await temp.References.MarkStaleAsync("msteams", "a:known-personal-chat", "403 BotNotInConversationRoster");

        var reopened = temp.Reopen();
        var found = await reopened.FindByUserAsync("msteams", user);
        temp.Store.Dispose();

        Assert.Equal(("a:known-personal-chat", serviceUrl, "tenant-known-7", true), (found!.ConversationId, found.ServiceUrl, found.TenantId, found.IsStale));
        AssertNotOnDisk(temp.Path, user, "a:known-personal-chat", serviceUrl, "known-tenant-region", "tenant-known-7", "BotNotInConversationRoster");
    }

    [Fact]
    public async Task A_reference_that_cannot_be_opened_leaves_the_other_service_urls_to_start_with()
    {
        const string otherUrl = "https://smba.trafficmanager.net/amer/";
        using var temp = new TempDatabase(new FakeTimeProvider(Now));
        await temp.References.RefreshAsync(Personal("aad-dana", "a:dana"));
        await temp.References.RefreshAsync(Personal("aad-eli", "a:eli") with { ServiceUrl = otherUrl });
        var path = temp.Store.Path;
        temp.Store.Dispose();
        // One document's sealed contents copied onto all the others: they no longer open ("belongs to another
        // record"), as a document torn or altered on disk would not.
        using (var raw = new LiteDatabase($"Filename={path};Connection=direct"))
        {
            var references = raw.GetCollection("conversation_references");
            var all = references.FindAll().ToList();
            Assert.Equal(4, all.Count); // each user and each conversation
            foreach (var doc in all.Skip(1))
            {
                doc[CaseDatabaseCollection.SealedField] = all[0][CaseDatabaseCollection.SealedField];
                references.Update(doc);
            }
        }

        var reopened = temp.Reopen();

        var urls = await reopened.ServiceUrlsAsync();
        Assert.Single(urls);
        Assert.Contains(urls[0], new[] { ServiceUrl, otherUrl });
    }

    [Fact]
    public async Task A_reference_that_does_not_open_is_not_found_not_marked_and_counted_until_the_next_activity_stores_it_afresh()
    {
        using var temp = new TempDatabase(new FakeTimeProvider(Now));
        await temp.References.RefreshAsync(Personal("aad-dana", "a:dana"));
        var danas = temp.Store.Collection(LiteDbConversationReferenceStore.CollectionName).Read(c => c.FindAll().Select(d => d["_id"]).ToList());
        await temp.References.RefreshAsync(Personal("aad-eli", "a:eli"));
        var path = temp.Store.Path;
        temp.Store.Dispose();
        // Dana's two documents (her user and her chat) get Eli's sealed contents: bound to Eli's ids, they do not open.
        using (var raw = new LiteDatabase($"Filename={path};Connection=direct"))
        {
            var references = raw.GetCollection(LiteDbConversationReferenceStore.CollectionName);
            var all = references.FindAll().ToList();
            var elis = all.First(d => !danas.Contains(d["_id"]))[CaseDatabaseCollection.SealedField];
            foreach (var doc in all.Where(d => danas.Contains(d["_id"])))
            {
                doc[CaseDatabaseCollection.SealedField] = elis;
                references.Update(doc);
            }
        }

        var reopened = temp.Reopen();

        Assert.Null(await reopened.FindByUserAsync("msteams", "aad-dana"));
        Assert.Null(await reopened.FindByConversationAsync("msteams", "a:dana"));
        Assert.Equal(0, await reopened.MarkStaleAsync("msteams", "a:dana", "ConversationNotFound"));
        Assert.NotNull(await reopened.FindByUserAsync("msteams", "aad-eli"));
        Assert.Equal(2, temp.Store.Unreadable.Counts[LiteDbConversationReferenceStore.CollectionName]);

        await reopened.RefreshAsync(Personal("aad-dana", "a:dana"));

        Assert.Equal("a:dana", (await reopened.FindByUserAsync("msteams", "aad-dana"))!.ConversationId);
        Assert.NotNull(await reopened.FindByConversationAsync("msteams", "a:dana"));
        Assert.Equal(0, temp.Store.Unreadable.Total);
    }

    /// <summary>Neither the database file nor its log holds any of <paramref name="values"/> (as UTF-8, LiteDB's
    /// encoding of strings, or UTF-16).</summary>
    private static void AssertNotOnDisk(string path, params string[] values)
    {
        foreach (var file in new[] { path, System.IO.Path.ChangeExtension(path, null) + "-log.db" }.Where(File.Exists))
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var value in values)
            {
                Assert.True(bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(value)) < 0, $"{System.IO.Path.GetFileName(file)} holds '{value}' in the clear");
                Assert.True(bytes.AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes(value)) < 0, $"{System.IO.Path.GetFileName(file)} holds '{value}' in UTF-16");
            }
        }
    }

    [Fact]
    public void The_case_store_refuses_to_hand_out_one_of_its_own_collections()
    {
        using var temp = new TempDatabase(new FakeTimeProvider(Now));

        foreach (var name in new[] { "cases", "AUDIT", "case_keys", "inbox", "escalations", "$cols", "_system" })
            Assert.Throws<ArgumentException>(() => temp.Store.Collection(name));
    }
}
