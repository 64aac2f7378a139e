using LiteDB;
using TriageBot.Cases.Model;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Storage;

namespace TriageBot.Cases.Tests.Storage;

public class RoundTripTests
{
    [Fact]
    public async Task Every_case_member_reads_back_as_written()
    {
        using var temp = new TempCaseStore();
        var draft = SampleCases.Full();

        var created = await temp.Store.CreateAsync(draft, "alice");
        var read = await temp.Reopen().GetAsync(created.Id);

        var expected = draft with { Id = "LE-2026-00001", Year = 2026, Sequence = 1, Version = 1 };
        CaseAssert.Same(expected, created);
        Assert.NotNull(read);
        CaseAssert.Same(expected, read);
    }

    [Fact]
    public async Task Times_keep_every_tick_and_read_back_as_utc()
    {
        using var temp = new TempCaseStore();
        var received = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc).AddTicks(1_234_567);

        var created = await temp.Store.CreateAsync(SampleCases.Draft(received) with { AcknowledgedAt = received.AddTicks(1) }, "alice");
        var read = (await temp.Reopen().GetAsync(created.Id))!;

        Assert.Equal(received.Ticks, read.ReceivedAt.Ticks);
        Assert.Equal(DateTimeKind.Utc, read.ReceivedAt.Kind);
        Assert.Equal(received.AddTicks(1), read.AcknowledgedAt);
        Assert.Equal(DateTimeKind.Utc, read.AcknowledgedAt!.Value.Kind);
    }

    [Fact]
    public async Task A_local_time_is_stored_as_the_same_instant_in_utc()
    {
        using var temp = new TempCaseStore();
        var utc = new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Utc);

        var created = await temp.Store.CreateAsync(SampleCases.Draft(utc) with { AssignedAt = utc.ToLocalTime() }, "alice");
        var read = (await temp.Store.GetAsync(created.Id))!;

        Assert.Equal(utc, read.AssignedAt);
        Assert.Equal(DateTimeKind.Utc, read.AssignedAt!.Value.Kind);
    }

    [Fact]
    public async Task Strings_are_stored_exactly_with_whitespace_empty_and_null_kept_apart()
    {
        using var temp = new TempCaseStore();
        var draft = SampleCases.Draft() with { SubmittedBy = "  padded  ", Assignee = "", AgencyReference = null, Tags = ["", " x "], OriginalText = "\n\tbody\n" };

        var read = (await temp.Store.GetAsync((await temp.Store.CreateAsync(draft, "alice")).Id))!;

        Assert.Equal("  padded  ", read.SubmittedBy);
        Assert.Equal("", read.Assignee);
        Assert.Null(read.AgencyReference);
        Assert.Equal(["", " x "], read.Tags);
        Assert.Equal("\n\tbody\n", read.OriginalText);
    }

    [Fact]
    public async Task A_text_of_several_megabytes_round_trips_encrypted()
    {
        using var temp = new TempCaseStore(dataKey: new byte[32]);
        var text = string.Concat(Enumerable.Range(0, 60_000).Select(i => $"line {i} of a long production\n"));

        var created = await temp.Store.CreateAsync(SampleCases.Draft(text: text), "alice");

        Assert.True(text.Length > 1_500_000);
        Assert.Equal(text, (await temp.Reopen().GetAsync(created.Id))!.OriginalText);
    }

    [Fact]
    public async Task A_case_too_large_for_the_database_is_refused_clearly_and_nothing_is_written()
    {
        using var temp = new TempCaseStore();

        var e = await Assert.ThrowsAsync<CaseStoreException>(() => temp.Store.CreateAsync(SampleCases.Draft(text: new string('x', 17 * 1024 * 1024)), "alice"));

        Assert.Contains("refused the change", e.Message);
        Assert.Equal("LE-2026-00001", (await temp.Store.CreateAsync(SampleCases.Draft(), "alice")).Id);
    }

    [Fact]
    public async Task Enums_are_stored_by_name()
    {
        using var temp = new TempCaseStore();
        var created = await temp.Store.CreateAsync(SampleCases.Full(), "alice");

        temp.Store.Dispose();
        using var raw = new LiteDatabase($"Filename={temp.Path};Connection=Direct");
        var doc = raw.GetCollection("cases").FindById(created.Id);

        Assert.Equal(("Subpoena", "P1", "InReview", "NonContentProduced"),
            (doc["ProcessType"].AsString, doc["Priority"].AsString, doc["Status"].AsString, doc["Outcome"].AsString));
    }

    [Fact]
    public async Task On_call_overrides_are_saved_listed_by_start_and_replaced_by_id()
    {
        using var temp = new TempCaseStore();
        var from = new DateTime(2026, 11, 21, 9, 0, 0, DateTimeKind.Utc).AddTicks(5);
        var later = new OnCallOverride("o2", OnCallRole.Secondary, "bob", from.AddDays(1), from.AddDays(2), "manager", from);
        var first = new OnCallOverride("o1", OnCallRole.Primary, "alice", from, from.AddDays(1), "manager", from.AddHours(-1));

        await temp.Store.SaveOnCallOverrideAsync(later);
        await temp.Store.SaveOnCallOverrideAsync(first with { Member = "carol" });
        await temp.Store.SaveOnCallOverrideAsync(first);
        var listed = await temp.Reopen().GetOnCallOverridesAsync();

        Assert.Equal([first, later], listed);
        Assert.All(listed, o => Assert.Equal(DateTimeKind.Utc, o.From.Kind));
    }
}
