using TriageBot.Cases.Storage;

namespace TriageBot.Cases.Tests.Storage;

public sealed class EscalationStoreTests
{
    private static readonly DateTime Now = TempCaseStore.DefaultNow.UtcDateTime;

    private static Escalation New(string caseId = "LE-2026-00001", DateTime? nextCheck = null) =>
        new(caseId, "P0", "emergency", Now.AddMinutes(-1), Now.AddMinutes(14), ["personAtRisk"], ["dana", "sam", "morgan"], Now)
        {
            NextPageAt = Now,
            NextCheckAt = nextCheck ?? Now,
        };

    [Fact]
    public async Task A_started_escalation_round_trips_with_its_pages_messages_and_acknowledgement_after_a_restart()
    {
        using var temp = new TempCaseStore();
        var started = await temp.Store.Escalations.StartAsync(New());
        var page = new EscalationPage(0, "dana", Now.AddTicks(7), new MessageHandle("D0DANA\n1700000000.000100"))
        {
            Attempts = [new PageAttempt("slack", Now, new MessageHandle("D0DANA\n1700000000.000100"), null), new PageAttempt("teams", Now, null, "Teams no conversation reference")],
        };
        var skipped = new EscalationPage(1, "sam", Now.AddMinutes(5), null) { Skipped = "no Slack account", Attempts = [new PageAttempt("slack", Now, null, "Slack user_disabled")] };
        var saved = await temp.Store.Escalations.SaveAsync(started with
        {
            Pages = [page, skipped],
            NextPageAt = Now.AddMinutes(10),
            NextCheckAt = null,
            Notices = [new PageAttempt("slack", Now, new MessageHandle("C0ALERTS\n1700000000.000200"), null)],
            Source = "chat paste",
            RequestedBy = "priya",
            Token = "abc123",
            NoticeShowsPages = 2,
            AcknowledgedBy = "dana",
            AcknowledgedAt = Now.AddMinutes(6),
            AcknowledgementShown = true,
        }, started.Version);

        temp.Reopen();
        var read = await temp.Store.Escalations.GetAsync("LE-2026-00001");

        Assert.NotNull(saved);
        Assert.NotNull(read);
        Assert.Equal(2, read.Version);
        Assert.Equal(2, read.Pages.Count);
        Assert.Equal(page.Attempts, read.Pages[0].Attempts);
        Assert.Equal(skipped.Attempts, read.Pages[1].Attempts);
        Assert.Equal(("dana", "sam"), (read.Pages[0].Member, read.Pages[1].Member));
        Assert.Equal("no Slack account", read.Pages[1].Skipped);
        Assert.True(read.Pages[0].Reached);
        Assert.False(read.Pages[1].Reached);
        Assert.Equal(("chat paste", "priya", "abc123"), (read.Source, read.RequestedBy, read.Token));
        Assert.Equal(["dana", "sam", "morgan"], read.Chain);
        Assert.Equal(["personAtRisk"], read.Missing);
        Assert.Equal(Now.AddMinutes(10), read.NextPageAt);
        Assert.Equal(DateTimeKind.Utc, read.NextPageAt.Kind);
        Assert.Null(read.NextCheckAt);
        Assert.Equal(new MessageHandle("C0ALERTS\n1700000000.000200"), Assert.Single(read.Notices).Message);
        Assert.Equal("dana", read.AcknowledgedBy);
        Assert.Equal(Now.AddMinutes(6), read.AcknowledgedAt);
        Assert.True(read.AcknowledgementShown);
        Assert.Equal(2, read.NextStep);
        Assert.Equal(2, read.Messages.Count());
    }

    [Fact]
    public async Task Starting_an_escalation_twice_for_a_case_keeps_the_first()
    {
        using var temp = new TempCaseStore();
        var first = await temp.Store.Escalations.StartAsync(New());
        await temp.Store.Escalations.SaveAsync(first with { Pages = [new EscalationPage(0, "dana", Now, new MessageHandle("teams-conversation|activity-1"))] }, 1);

        var again = await temp.Store.Escalations.StartAsync(New() with { Chain = ["lee"] });

        Assert.Equal(2, again.Version);
        Assert.Equal("dana", Assert.Single(again.Pages).Member);
        Assert.Equal(["dana", "sam", "morgan"], again.Chain);
    }

    [Fact]
    public async Task A_save_with_a_stale_version_is_refused()
    {
        using var temp = new TempCaseStore();
        var started = await temp.Store.Escalations.StartAsync(New());
        Assert.NotNull(await temp.Store.Escalations.SaveAsync(started with { NoticeShowsPages = 1 }, started.Version));

        Assert.Null(await temp.Store.Escalations.SaveAsync(started with { NoticeShowsPages = 2 }, started.Version));
        Assert.Null(await temp.Store.Escalations.SaveAsync(New("LE-2026-00099"), 1));
        Assert.Equal(1, (await temp.Store.Escalations.GetAsync(started.CaseId))!.NoticeShowsPages);
    }

    [Fact]
    public async Task Due_lists_escalations_to_check_by_then_earliest_first_and_never_finished_ones()
    {
        using var temp = new TempCaseStore();
        await temp.Store.Escalations.StartAsync(New("LE-2026-00003", Now.AddMinutes(5)));
        await temp.Store.Escalations.StartAsync(New("LE-2026-00002", Now.AddMinutes(-1)));
        await temp.Store.Escalations.StartAsync(New("LE-2026-00001", Now));
        var finished = await temp.Store.Escalations.StartAsync(New("LE-2026-00004"));
        await temp.Store.Escalations.SaveAsync(finished with { NextCheckAt = null }, finished.Version);

        var due = await temp.Store.Escalations.DueAsync(Now);

        Assert.Equal(["LE-2026-00002", "LE-2026-00001"], due.Select(e => e.CaseId));
    }

    [Fact]
    public async Task The_due_query_uses_the_next_check_index()
    {
        using var temp = new TempCaseStore();
        using var db = new LiteDB.LiteDatabase(new LiteDB.ConnectionString { Filename = temp.Path + ".copy" });
        SchemaMigrations.Run(db, temp.Path, temp.Time);
        var plan = db.GetCollection(SchemaMigrations.EscalationsCollection).Query()
            .Where(LiteDB.BsonExpression.Create("$.NextCheckAt BETWEEN 0 AND @0", 5L)).GetPlan();
        Assert.Contains("NextCheckAt", plan["index"]["name"].AsString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_stored_as_channel_and_ts_before_handles_were_opaque_read_back_as_the_joined_handle_and_the_escalation_is_sealed()
    {
        using var temp = new TempCaseStore();
        var path = temp.Store.Path;
        temp.Store.Dispose();
        using (var raw = new LiteDB.LiteDatabase($"Filename={path};Connection=Direct"))
        {
            // The layout as it was written then, in the clear: each message a { Channel, Ts } document; the oldest kept one notice.
            LiteDB.BsonDocument Pair(string channel, string ts) => new() { ["Channel"] = channel, ["Ts"] = ts };
            raw.GetCollection(SchemaMigrations.EscalationsCollection).Insert(new LiteDB.BsonDocument
            {
                ["_id"] = "LE-2026-00001", ["Priority"] = "P0", ["ProcessType"] = "emergency", ["ReceivedAt"] = Now.AddMinutes(-1).Ticks,
                ["DueAt"] = Now.AddMinutes(14).Ticks, ["Missing"] = new LiteDB.BsonArray(), ["Chain"] = new LiteDB.BsonArray(new LiteDB.BsonValue("dana")),
                ["StartedAt"] = Now.Ticks, ["NextPageAt"] = Now.Ticks, ["NextCheckAt"] = Now.Ticks, ["NoticeShowsPages"] = 1,
                ["AcknowledgementShown"] = false, ["Version"] = 3,
                ["Pages"] = new LiteDB.BsonArray(new LiteDB.BsonDocument
                {
                    ["Step"] = 0, ["Member"] = "dana", ["PagedAt"] = Now.Ticks, ["Message"] = Pair("D0DANA", "1700000000.000100"), ["ChatUserId"] = "U0DANA",
                    ["Attempts"] = new LiteDB.BsonArray(new LiteDB.BsonDocument
                    {
                        ["Via"] = "teams", ["At"] = Now.Ticks, ["Message"] = Pair("a:1on1", "1700000000001"), ["Failure"] = LiteDB.BsonValue.Null,
                    }),
                }),
                ["Notice"] = Pair("C0ALERTS", "1700000000.000200"),
            });
        }

        temp.Reopen();
        var read = (await temp.Store.Escalations.GetAsync("LE-2026-00001"))!;

        Assert.Equal(new MessageHandle("D0DANA\n1700000000.000100"), read.Pages[0].Message);
        Assert.Equal(new PageAttempt("teams", Now, new MessageHandle("a:1on1\n1700000000001"), null), Assert.Single(read.Pages[0].Attempts));
        Assert.Equal(new PageAttempt("slack", Now, new MessageHandle("C0ALERTS\n1700000000.000200"), null), Assert.Single(read.Notices));
        Assert.Equal(3, read.Version);
        Assert.Single(await temp.Store.Escalations.DueAsync(Now));
        temp.Store.Dispose();
        var bytes = File.ReadAllBytes(path);
        foreach (var id in new[] { "D0DANA", "U0DANA", "a:1on1", "C0ALERTS" })
            Assert.True(bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(id)) < 0, $"{id} is readable in the file");
    }
}
