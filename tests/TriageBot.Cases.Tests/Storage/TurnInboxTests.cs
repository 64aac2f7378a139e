using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Cases.Storage;

namespace TriageBot.Cases.Tests.Storage;

public sealed class TurnInboxTests
{
    private static InboxDraft Draft(string conversation, string payload, string? key = null) =>
        new("slack", conversation, payload) { DedupeKey = key, RememberFor = TimeSpan.FromHours(1) };

    [Fact]
    public async Task Accepted_turns_survive_a_restart_in_arrival_order_until_they_are_done()
    {
        using var temp = new TempCaseStore();
        var first = await temp.Store.Inbox.AcceptAsync(Draft("c1", "one"));
        var second = await temp.Store.Inbox.AcceptAsync(Draft("c2", "two"));
        await temp.Store.Inbox.AcceptAsync(Draft("c1", "three"));

        var reopened = temp.Reopen();
        await reopened.Inbox.CompleteAsync(second!.Value);

        Assert.Equal(["one", "three"], (await reopened.Inbox.PendingAsync(10)).Select(t => t.Payload));
        Assert.Equal(first, (await reopened.Inbox.PendingAsync(10))[0].Id);
        Assert.Equal(new InboxCounts(2, 0), await reopened.Inbox.CountAsync());
    }

    [Fact]
    public async Task A_dedupe_key_seen_within_its_period_is_refused_even_after_a_restart_and_taken_again_after_it()
    {
        var time = new FakeTimeProvider(TempCaseStore.DefaultNow);
        using var temp = new TempCaseStore(time);
        Assert.NotNull(await temp.Store.Inbox.AcceptAsync(Draft("c1", "hi", key: "slack:Ev1")));

        var reopened = temp.Reopen();
        Assert.Null(await reopened.Inbox.AcceptAsync(Draft("c1", "hi", key: "slack:Ev1")));
        time.Advance(TimeSpan.FromHours(2));
        Assert.NotNull(await reopened.Inbox.AcceptAsync(Draft("c1", "hi", key: "slack:Ev1")));
    }

    [Fact]
    public async Task A_failed_turn_backs_off_then_goes_dead_and_an_admin_retry_makes_it_pending_again()
    {
        using var temp = new TempCaseStore();
        var id = (await temp.Store.Inbox.AcceptAsync(Draft("c1", "boom")))!.Value;
        var later = TempCaseStore.DefaultNow.UtcDateTime.AddSeconds(2);

        var backingOff = await temp.Store.Inbox.FailAsync(id, "InvalidOperationException", later);
        var dead = await temp.Store.Inbox.FailAsync(id, "InvalidOperationException", null);

        Assert.Equal((InboxTurnState.Pending, 1, later), (backingOff!.State, backingOff.Attempts, backingOff.NextAttemptAt));
        Assert.Equal((InboxTurnState.Dead, 2), (dead!.State, dead.Attempts));
        Assert.Equal(new InboxCounts(0, 1), await temp.Store.Inbox.CountAsync());
        Assert.Single(await temp.Store.Inbox.ListAsync(InboxTurnState.Dead, 10));
        Assert.True(await temp.Store.Inbox.RetryAsync(id));
        Assert.False(await temp.Store.Inbox.RetryAsync(id)); // no longer dead
        Assert.Equal((InboxTurnState.Pending, 0), ((await temp.Store.Inbox.GetAsync(id))!.State, (await temp.Store.Inbox.GetAsync(id))!.Attempts));
    }

    [Fact]
    public async Task A_turn_payload_is_encrypted_with_the_data_key_and_dropped_when_the_turn_is_done()
    {
        const string Marker = "Detective-Marker-Zebra-4471";
        using var temp = new TempCaseStore(dataKey: RandomNumberGenerator.GetBytes(32));
        var pending = await temp.Store.Inbox.AcceptAsync(Draft("c1", $"{{\"text\":\"{Marker} pending\"}}"));
        var done = await temp.Store.Inbox.AcceptAsync(Draft("c2", $"{{\"text\":\"{Marker} done\"}}"));
        await temp.Store.Inbox.CompleteAsync(done!.Value);
        Assert.Contains(Marker, (await temp.Store.Inbox.GetAsync(pending!.Value))!.Payload, StringComparison.Ordinal);

        temp.Store.Dispose();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(temp.Path)!))
            Assert.DoesNotContain(Marker, Encoding.Latin1.GetString(File.ReadAllBytes(file)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweeping_removes_old_done_turns_and_expired_keys_but_keeps_pending_and_the_newest()
    {
        var time = new FakeTimeProvider(TempCaseStore.DefaultNow);
        using var temp = new TempCaseStore(time);
        var a = (await temp.Store.Inbox.AcceptAsync(Draft("c1", "a", key: "k1")))!.Value;
        var b = (await temp.Store.Inbox.AcceptAsync(Draft("c1", "b")))!.Value;
        var c = (await temp.Store.Inbox.AcceptAsync(Draft("c1", "c")))!.Value;
        await temp.Store.Inbox.CompleteAsync(a);
        await temp.Store.Inbox.CompleteAsync(c);
        time.Advance(TimeSpan.FromDays(2));

        Assert.Equal(1, await temp.Store.Inbox.SweepAsync(time.GetUtcNow().UtcDateTime.AddDays(-1)));
        Assert.Equal([c, b], (await temp.Store.Inbox.ListAsync(null, 10)).Select(t => t.Id));
        Assert.NotNull(await temp.Store.Inbox.AcceptAsync(Draft("c1", "a again", key: "k1")));
        Assert.True((await temp.Store.Inbox.ListAsync(null, 10))[0].Id > c);
    }
}
