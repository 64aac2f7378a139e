using LiteDB;
using TriageBot.Cases.Model;
using TriageBot.Cases.Storage;

namespace TriageBot.Cases.Tests.Storage;

/// <summary>
/// One sealed document that does not open (here: another document's sealed contents copied onto it, which are bound
/// to the other id) costs only itself on every read path: left out of lists, dead-lettered, refused by number with a
/// message, or started afresh; never an exception that stops a list, a worker or the host; and counted for the
/// operator (<see cref="LiteDbCaseStore.Unreadable"/>, shown in <c>GET /ready</c>).
/// </summary>
public class UnreadableDocumentTests
{
    private static readonly DateTime Now = TempCaseStore.DefaultNow.UtcDateTime;

    [Fact]
    public async Task A_queued_turn_that_does_not_open_is_dead_lettered_and_counted_and_the_others_still_run()
    {
        using var temp = new TempCaseStore();
        var ids = new List<long>();
        for (var n = 1; n <= 3; n++) ids.Add((await temp.Store.Inbox.AcceptAsync(new InboxDraft("teams", "c" + n, "payload " + n)))!.Value);
        temp.Store.Dispose();
        CopySealed(temp.Path, SchemaMigrations.InboxCollection, "Payload", from: ids[0], onto: ids[1]);

        var store = temp.Reopen();

        Assert.Equal([ids[0], ids[2]], (await store.Inbox.PendingAsync(10)).Select(t => t.Id));
        var dead = Assert.Single(await store.Inbox.ListAsync(InboxTurnState.Dead, 10));
        Assert.Equal((ids[1], true, ""), (dead.Id, dead.Unreadable, dead.Payload));
        Assert.StartsWith("unreadable", dead.LastError, StringComparison.Ordinal);
        Assert.Equal(InboxTurnState.Dead, (await store.Inbox.GetAsync(ids[1]))!.State);
        Assert.Equal(new InboxCounts(2, 1), await store.Inbox.CountAsync());
        Assert.Equal(1, store.Unreadable.Counts[SchemaMigrations.InboxCollection]);
    }

    [Fact]
    public async Task A_lost_turn_keeps_its_way_back_sealed_apart_from_the_payload_and_is_handed_out_once_to_tell_its_sender()
    {
        using var temp = new TempCaseStore();
        var first = (await temp.Store.Inbox.AcceptAsync(new InboxDraft("slack", "c1", "payload 1") { Route = "back-to-chat-one" }))!.Value;
        var lost = (await temp.Store.Inbox.AcceptAsync(new InboxDraft("slack", "c2", "payload 2") { Route = "back-to-chat-two" }))!.Value;
        temp.Store.Dispose();
        Assert.DoesNotContain("back-to-chat", System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(temp.Path)), StringComparison.Ordinal);
        CopySealed(temp.Path, SchemaMigrations.InboxCollection, "Payload", from: first, onto: lost);

        var store = temp.Reopen();

        Assert.Equal([first], (await store.Inbox.PendingAsync(10)).Select(t => t.Id));
        var untold = Assert.Single(await store.Inbox.LostUntoldAsync());
        Assert.Equal((lost, true, "back-to-chat-two", ""), (untold.Id, untold.Unreadable, untold.Route, untold.Payload));
        Assert.False(await store.Inbox.RetryAsync(lost)); // running it again cannot help
        await store.Inbox.RecordLostNoticeAsync(lost, "sender told");
        Assert.Empty(await store.Inbox.LostUntoldAsync());
        Assert.Equal("sender told", (await store.Inbox.GetAsync(lost))!.LostNotice);
    }

    [Fact]
    public async Task A_case_that_does_not_open_is_left_out_of_the_queue_and_refused_by_number_with_a_message()
    {
        using var temp = new TempCaseStore();
        var cases = new List<CaseRecord>();
        for (var n = 0; n < 3; n++) cases.Add(await temp.Store.CreateAsync(SampleCases.Draft(received: Now.AddMinutes(n), contentHash: "hash-" + n), "dana"));
        temp.Store.Dispose();
        CopySealed(temp.Path, SchemaMigrations.CasesCollection, CaseDocuments.Sealed, from: cases[0].Id, onto: cases[1].Id);

        var store = temp.Reopen();

        Assert.Equal([cases[0].Id, cases[2].Id], (await store.QueryAsync(new CaseQuery())).Select(c => c.Id));
        Assert.Empty(await store.FindDuplicatesAsync("hash-1", null, null));
        var refused = await Assert.ThrowsAsync<CaseStoreException>(() => store.GetAsync(cases[1].Id));
        Assert.Contains(cases[1].Id, refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, store.Unreadable.Counts[SchemaMigrations.CasesCollection]);
    }

    [Fact]
    public async Task An_audit_entry_that_does_not_open_stays_in_its_place_in_the_trail_marked_unreadable_and_counted()
    {
        using var temp = new TempCaseStore();
        var opened = await temp.Store.CreateAsync(SampleCases.Draft(), "dana");
        var note = await temp.Store.AppendAuditAsync(new AuditEntry { CaseId = opened.Id, Actor = "dana", Action = "note", Reason = "called the agency" });
        var other = await temp.Store.CreateAsync(SampleCases.Draft(received: Now.AddMinutes(1)), "dana");
        var otherOpened = Assert.Single(await temp.Store.GetAuditAsync(other.Id));
        temp.Store.Dispose();
        CopySealed(temp.Path, SchemaMigrations.AuditCollection, "Sealed", from: otherOpened.Id, onto: note.Id);

        var store = temp.Reopen();

        var trail = await store.GetAuditAsync(opened.Id);
        Assert.Equal([("opened", false), ("note", true)], trail.Select(e => (e.Action, e.Unreadable)));
        var unreadable = trail[1];
        Assert.Equal((note.Id, note.At, "dana", (string?)null), (unreadable.Id, unreadable.At, unreadable.Actor, unreadable.Reason));
        Assert.Equal(1, store.Unreadable.Counts[SchemaMigrations.AuditCollection]);
    }

    [Fact]
    public async Task An_escalation_that_does_not_open_is_passed_over_by_the_clock_and_paging_the_case_again_starts_it_afresh()
    {
        using var temp = new TempCaseStore();
        await temp.Store.Escalations.StartAsync(Escalation("LE-2026-00001"));
        await temp.Store.Escalations.StartAsync(Escalation("LE-2026-00002"));
        temp.Store.Dispose();
        CopySealed(temp.Path, SchemaMigrations.EscalationsCollection, "Sealed", from: "LE-2026-00001", onto: "LE-2026-00002");

        var store = temp.Reopen();

        Assert.Equal(["LE-2026-00001"], (await store.Escalations.DueAsync(Now.AddHours(1))).Select(e => e.CaseId));
        Assert.Null(await store.Escalations.GetAsync("LE-2026-00002"));
        Assert.Equal(1, store.Unreadable.Total);
        var restarted = await store.Escalations.StartAsync(Escalation("LE-2026-00002"));
        Assert.Equal(1, restarted.Version);
        Assert.NotNull(await store.Escalations.GetAsync("LE-2026-00002"));
        Assert.Equal(0, store.Unreadable.Total);
    }

    [Fact]
    public async Task Dialog_state_that_does_not_open_is_counted_until_it_is_set_aside()
    {
        using var temp = new TempCaseStore();
        await temp.Store.Conversations.SaveAsync("chat-a", "{\"a\":1}", 0);
        await temp.Store.Conversations.SaveAsync("chat-b", "{\"b\":1}", 0);
        temp.Store.Dispose();
        using (var raw = new LiteDatabase($"Filename={temp.Path};Connection=direct"))
        {
            var conversations = raw.GetCollection(SchemaMigrations.ConversationsCollection);
            var all = conversations.FindAll().ToList();
            all[1]["Json"] = all[0]["Json"];
            conversations.Update(all[1]);
        }

        var store = temp.Reopen();

        var states = new[] { await store.Conversations.GetAsync("chat-a"), await store.Conversations.GetAsync("chat-b") };
        var unreadable = Assert.Single(states, s => s!.Unreadable)!;
        Assert.Equal(1, store.Unreadable.Counts[SchemaMigrations.ConversationsCollection]);
        Assert.NotNull(await store.Conversations.SetAsideAsync(unreadable.ConversationId, "test"));
        Assert.Equal(0, store.Unreadable.Total);
    }

    [Fact]
    public async Task A_case_number_handed_out_again_after_a_failed_import_opens_after_a_restart()
    {
        using var temp = new TempCaseStore();
        // The second draft has no received time: the whole batch is rolled back, the first case's new key with it.
        await Assert.ThrowsAsync<ArgumentException>(() => temp.Store.ImportAsync([SampleCases.Draft(), SampleCases.Draft() with { ReceivedAt = default }], "import"));
        var created = await temp.Store.CreateAsync(SampleCases.Draft(text: "the request after the failed import"), "dana");

        var store = temp.Reopen();

        Assert.Equal("the request after the failed import", (await store.GetAsync(created.Id))!.OriginalText);
        Assert.Equal(0, store.Unreadable.Total);
    }

    private static Escalation Escalation(string caseId) =>
        new(caseId, "P0", "emergency", Now.AddMinutes(-1), Now.AddMinutes(14), ["personAtRisk"], ["dana", "sam"], Now) { NextPageAt = Now, NextCheckAt = Now };

    /// <summary>Copies one document's sealed field onto another, with the store closed: the copy is bound to the
    /// first document's id, so it does not open where it now is (as a damaged value would not).</summary>
    private static void CopySealed(string path, string collection, string field, BsonValue from, BsonValue onto)
    {
        using var raw = new LiteDatabase($"Filename={path};Connection=direct");
        var documents = raw.GetCollection(collection);
        var target = documents.FindById(onto);
        target[field] = documents.FindById(from)[field];
        Assert.True(documents.Update(target));
    }
}
