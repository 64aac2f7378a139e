using Microsoft.Extensions.Time.Testing;
using TriageBot.Cases.Storage;

namespace TriageBot.Cases.Tests.Storage;

public class ConversationReferenceStoreTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private static ConversationReferenceRecord Personal(string user = "AAD-DANA", string conversation = "a:1on1") =>
        new("msteams", user, "29:dana", ServiceUrl, conversation, "personal", "tenant-1", "28:bot");

    private static ConversationReferenceRecord InChannel(string user = "aad-dana") =>
        new("msteams", user, "29:dana", ServiceUrl, "19:channel@thread.tacv2", "channel", "tenant-1", "28:bot");

    [Fact]
    public async Task A_personal_activity_is_found_by_user_and_by_conversation_with_the_store_time()
    {
        using var temp = new TempCaseStore();
        var store = temp.Store.ConversationReferences;

        await store.RefreshAsync(Personal());

        var byUser = await store.FindByUserAsync("msteams", "aad-dana");
        var byConversation = await store.FindByConversationAsync("msteams", "a:1on1");
        Assert.Equal(Personal() with { UpdatedAt = TempCaseStore.DefaultNow.UtcDateTime }, byUser);
        Assert.Equal(byUser, byConversation);
        Assert.Equal(DateTimeKind.Utc, byUser!.UpdatedAt.Kind);
    }

    [Fact]
    public async Task A_channel_message_refreshes_the_user_but_keeps_their_personal_chat()
    {
        var time = new FakeTimeProvider(TempCaseStore.DefaultNow);
        using var temp = new TempCaseStore(time);
        var store = temp.Store.ConversationReferences;
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
        using var temp = new TempCaseStore();
        var store = temp.Store.ConversationReferences;

        await store.RefreshAsync(InChannel());

        var user = await store.FindByUserAsync("msteams", "aad-dana");
        Assert.Null(user!.ConversationId);
        Assert.Equal("29:dana", user.UserAccountId);
    }

    [Fact]
    public async Task Marking_a_conversation_stale_marks_the_users_reference_to_it_and_a_new_activity_clears_it()
    {
        using var temp = new TempCaseStore();
        var store = temp.Store.ConversationReferences;
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
        using var temp = new TempCaseStore();
        await temp.Store.ConversationReferences.RefreshAsync(Personal());
        await temp.Store.ConversationReferences.RefreshAsync(Personal("aad-lee", "a:lee") with { ServiceUrl = ServiceUrl.ToUpperInvariant() });

        var reopened = temp.Reopen().ConversationReferences;

        Assert.Equal("a:1on1", (await reopened.FindByUserAsync("msteams", "aad-dana"))!.ConversationId);
        Assert.Equal([ServiceUrl], await reopened.ServiceUrlsAsync());
    }

    [Fact]
    public async Task An_unknown_user_has_no_reference()
    {
        using var temp = new TempCaseStore();

        Assert.Null(await temp.Store.ConversationReferences.FindByUserAsync("msteams", "nobody"));
    }
}
