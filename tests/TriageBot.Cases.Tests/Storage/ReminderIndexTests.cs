using TriageBot.Cases.Workflow;
using LiteDB;
using TriageBot.Cases.Model;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Storage;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Tests.Storage;

/// <summary>Reminders read through the reminder indexes give the same answer as reading every case.</summary>
public sealed class ReminderIndexTests
{
    private static readonly DateTime Now = TempCaseStore.DefaultNow.UtcDateTime;
    private static readonly CasesOptions Options = new()
    {
        OnCall = new OnCallOptions { Primary = ["ana"], Secondary = ["ben"], Managers = ["mo"], RotationStart = new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc) },
    };
    private static readonly TimeSpan Warning = TimeSpan.FromDays(Options.ExpiryWarningDays);

    /// <summary>Cases of every status, priority and kind of date, received over the 60 days before now.</summary>
    private static IEnumerable<CaseRecord> Seeded(int count, int seed)
    {
        var random = new Random(seed);
        DateTime? Maybe(DateTime around, int days) => random.Next(3) == 0 ? around.AddHours(random.Next(-24 * days, 24 * days)) : null;
        for (var i = 0; i < count; i++)
        {
            var received = Now.AddMinutes(-random.Next(0, 60 * 24 * 60));
            var priority = (Priority)random.Next(4);
            var status = (CaseStatus)random.Next(Enum.GetValues<CaseStatus>().Length);
            yield return new CaseRecord
            {
                Id = "",
                ReceivedAt = received,
                ProcessType = (LegalProcessType)random.Next(11),
                Priority = priority,
                Status = status,
                Assignee = random.Next(3) == 0 ? null : $"m{random.Next(5)}",
                AcknowledgedAt = random.Next(2) == 0 ? received.AddMinutes(5) : null,
                DueAt = received.AddHours(random.Next(1, 24 * 6)),
                LegalDeadline = Maybe(Now, 5),
                PreservationExpiresAt = Maybe(Now, 30),
                PreservationExtendedAt = random.Next(4) == 0 ? received : null,
                NonDisclosureUntil = Maybe(Now, 30),
                OriginalText = $"request {i}",
            };
        }
    }

    /// <summary>The answer before the indexes: every case read in full and judged by the rules.</summary>
    private static async Task<List<Reminder>> FullScanAsync(ICaseStore store, DateTime at)
    {
        var primary = (await new OnCallSchedule(store, Options, TimeProvider.System).WhoIsOnCallAsync(at)).Primary;
        var all = await store.QueryAsync(new CaseQuery { Order = CaseOrder.DueSoonestFirst });
        return [.. all.SelectMany(c => ReminderRules.DueAt(ReminderFacts.Of(c), at, Warning, c.Assignee ?? primary, TeamClock.Utc))
            .OrderBy(r => r.DueAt).ThenBy(r => r.CaseId, StringComparer.Ordinal).ThenBy(r => r.Kind)];
    }

    [Fact]
    public async Task What_is_due_read_through_the_indexes_equals_a_full_scan_at_every_moment()
    {
        using var temp = new TempCaseStore();
        await temp.Store.ImportAsync(Seeded(600, 7), "seed");
        var finder = new ReminderFinder(temp.Store, new OnCallSchedule(temp.Store, Options, TimeProvider.System), Options);

        var compared = 0;
        for (var at = Now.AddDays(-20); at <= Now.AddDays(20); at = at.AddHours(7))
        {
            var expected = await FullScanAsync(temp.Store, at);
            Assert.Equal(expected, await finder.DueAtAsync(at));
            Assert.Equal(expected, await finder.UnsentAtAsync(at));   // nothing was sent yet
            compared += expected.Count;
        }
        Assert.True(compared > 1000, $"only {compared} reminders compared: the seed no longer exercises the rules");
    }

    [Fact]
    public async Task What_was_sent_today_drops_out_of_the_sweep_until_the_next_day_and_survives_later_edits()
    {
        using var temp = new TempCaseStore();
        var cases = await temp.Store.ImportAsync(Seeded(300, 11), "seed");
        var finder = new ReminderFinder(temp.Store, new OnCallSchedule(temp.Store, Options, TimeProvider.System), Options);
        var due = await finder.UnsentAtAsync(Now);
        Assert.True(due.Select(r => r.CaseId).Distinct().Count() > 100, "fewer cases due than one transaction records: the batches are not exercised");

        await temp.Store.RecordRemindersSentAsync([.. due.Select(r => new SentReminder(r.CaseId, r.Kind, r.Notify ?? "ana", Now, "test", Now.Date.AddDays(1)))]);
        // An edit rewrites the case document; what was sent today must stay recorded.
        var edited = cases.First(c => due.Any(r => r.CaseId == c.Id));
        var current = (await temp.Store.GetAsync(edited.Id))!;
        Assert.IsType<UpdateOutcome.Updated>(await temp.Store.UpdateAsync(current with { Assignee = current.Assignee }, current.Version, []));
        temp.Reopen();
        finder = new ReminderFinder(temp.Store, new OnCallSchedule(temp.Store, Options, TimeProvider.System), Options);

        Assert.Empty(await finder.UnsentAtAsync(Now.AddHours(1)));
        Assert.Equal(await finder.DueAtAsync(Now.AddHours(1)), await FullScanAsync(temp.Store, Now.AddHours(1)));
        var tomorrow = Now.Date.AddDays(1).AddMinutes(1);
        Assert.Equal(await FullScanAsync(temp.Store, tomorrow), await finder.UnsentAtAsync(tomorrow));
    }

    [Fact]
    public async Task Reminders_are_found_without_opening_any_case_s_sealed_data()
    {
        using var temp = new TempCaseStore();
        await temp.Store.ImportAsync(Seeded(100, 3), "seed");
        var expected = await FullScanAsync(temp.Store, Now);
        temp.Store.Dispose();
        using (var raw = new LiteDatabase($"Filename={temp.Path};Connection=Direct"))
        {
            // Every sealed part replaced by garbage: reading any case in full now fails.
            var cases = raw.GetCollection("cases");
            foreach (var doc in cases.FindAll().ToList())
            {
                doc["Sealed"] = new byte[64];
                cases.Update(doc);
            }
        }
        var store = temp.Reopen();
        var finder = new ReminderFinder(store, new OnCallSchedule(store, Options, TimeProvider.System), Options);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, await finder.DueAtAsync(Now));
        await Assert.ThrowsAsync<CaseStoreException>(() => store.GetAsync(expected[0].CaseId));
    }

    [Fact]
    public async Task The_migration_fills_the_reminders_of_cases_stored_before_it()
    {
        using var temp = new TempCaseStore();
        await temp.Store.ImportAsync(Seeded(200, 5), "seed");
        var expected = await FullScanAsync(temp.Store, Now);
        temp.Store.Dispose();
        using (var raw = new LiteDatabase($"Filename={temp.Path};Connection=Direct"))
        {
            // As schema 6 left them: no reminder fields, no reminder collection or indexes.
            raw.DropCollection("reminders");
            raw.UserVersion = 6;
        }

        var store = temp.Reopen();
        var finder = new ReminderFinder(store, new OnCallSchedule(store, Options, TimeProvider.System), Options);
        Assert.Equal(expected, await finder.DueAtAsync(Now));
        Assert.Equal(expected, await finder.UnsentAtAsync(Now));
        store.Dispose();

        using var after = new LiteDatabase($"Filename={temp.Path};Connection=Direct");
        Assert.Equal(SchemaMigrations.Latest, after.UserVersion);
        var indexes = after.GetCollection("$indexes").FindAll().Select(d => $"{d["collection"].AsString}.{d["name"].AsString}").ToHashSet();
        foreach (var index in new[] { "AwaitsFrom", "RemindAt", "PreservationExpiresAt", "NonDisclosureUntil" })
        {
            Assert.Contains("reminders." + index, indexes);
            Assert.DoesNotContain("cases." + index, indexes);
        }
    }

    [Fact]
    public async Task A_database_of_schema_7_keeps_what_it_sent_today_and_its_reminders_move_off_the_case_documents()
    {
        using var temp = new TempCaseStore();
        await temp.Store.ImportAsync(Seeded(200, 13), "seed");
        var expected = await FullScanAsync(temp.Store, Now);
        var sentBefore = expected.Where(r => r.Kind == ReminderKind.SlaBreach).Take(10).ToList();
        Assert.Equal(10, sentBefore.Count);
        temp.Store.Dispose();
        using (var raw = new LiteDatabase($"Filename={temp.Path};Connection=Direct"))
        {
            // As schema 7 left them: the keys and the UTC day sent on the case documents, indexed there.
            raw.DropCollection("reminders");
            var cases = raw.GetCollection("cases");
            foreach (var doc in cases.FindAll().ToList())
            {
                var reminded = new BsonDocument();
                if (sentBefore.Any(r => r.CaseId == doc["_id"].AsString)) reminded["SlaBreach"] = DateOnly.FromDateTime(Now).DayNumber;
                doc["Reminded"] = reminded;
                doc["AwaitsFrom"] = 0L;
                doc["RemindAt"] = 0L;
                cases.Update(doc);
            }
            foreach (var index in new[] { "AwaitsFrom", "RemindAt", "PreservationExpiresAt", "NonDisclosureUntil" }) cases.EnsureIndex(index, "$." + index);
            raw.UserVersion = 7;
        }

        var store = temp.Reopen();
        var finder = new ReminderFinder(store, new OnCallSchedule(store, Options, TimeProvider.System), Options);
        Assert.Equal(expected, await finder.DueAtAsync(Now));
        Assert.Equal(expected.Except(sentBefore), await finder.UnsentAtAsync(Now));
        var tomorrow = Now.Date.AddDays(1).AddMinutes(1);
        Assert.Equal(await FullScanAsync(store, tomorrow), await finder.UnsentAtAsync(tomorrow));
        // The case documents keep no say: their stale keys are not read.
        Assert.Equal(await FullScanAsync(store, Now.AddDays(-30)), await finder.DueAtAsync(Now.AddDays(-30)));
    }

    [Fact]
    public async Task Schema_7_reminder_fields_are_removed_from_every_case_document_once_and_a_second_run_changes_nothing()
    {
        using var temp = new TempCaseStore();
        await temp.Store.ImportAsync(Seeded(300, 19), "seed");
        var before = await temp.Store.QueryAsync(new CaseQuery());
        temp.Store.Dispose();
        using (var raw = new LiteDatabase($"Filename={temp.Path};Connection=Direct"))
        {
            var cases = raw.GetCollection("cases");
            foreach (var doc in cases.FindAll().ToList())
            {
                doc["Reminded"] = new BsonDocument { ["SlaBreach"] = 740000 };
                doc["AwaitsFrom"] = 0L;
                doc["RemindAt"] = 0L;
                cases.Update(doc);
            }
            cases.EnsureIndex("AwaitsFrom", "$.AwaitsFrom");
            raw.UserVersion = 8; // as a database migrated to 8 with cases not saved since schema 7
        }

        temp.Reopen().Dispose();
        var firstRun = CaseDocumentsAsWritten(temp.Path, setVersion: 8);
        var store = temp.Reopen(); // migration 9 again, as after a kill before the version was written
        var after = await store.QueryAsync(new CaseQuery());
        store.Dispose();
        var secondRun = CaseDocumentsAsWritten(temp.Path, setVersion: null);

        Assert.Equal(300, firstRun.Count);
        Assert.All(firstRun.Values, json => Assert.DoesNotContain(LiteDB.JsonSerializer.Deserialize(json).AsDocument.Keys, k => k is "AwaitsFrom" or "RemindAt" or "Reminded"));
        Assert.Equal(firstRun, secondRun);
        Assert.Equal(before.Select(c => c.Id), after.Select(c => c.Id));
        Assert.Equal(before.Select(c => c.OriginalText), after.Select(c => c.OriginalText)); // sealed contents intact
    }

    /// <summary>Every case document as it is in the file (JSON by id) and whether an index over a removed field
    /// is left; optionally winds the schema version back so the next open runs the later steps again.</summary>
    private static Dictionary<string, string> CaseDocumentsAsWritten(string path, int? setVersion)
    {
        using var raw = new LiteDatabase($"Filename={path};Connection=Direct");
        using var reader = raw.Execute("SELECT $ FROM $indexes WHERE collection = 'cases'");
        var indexes = new List<string>();
        while (reader.Read()) indexes.Add(reader.Current["name"].AsString);
        Assert.DoesNotContain("AwaitsFrom", indexes);
        var docs = raw.GetCollection("cases").FindAll().ToDictionary(d => d["_id"].AsString, d => LiteDB.JsonSerializer.Serialize(d));
        if (setVersion is { } version) raw.UserVersion = version;
        return docs;
    }

    [Fact]
    public async Task A_reminder_sent_about_a_case_closed_meanwhile_is_still_audited()
    {
        using var temp = new TempCaseStore();
        await temp.Store.ImportAsync(Seeded(100, 17), "seed");
        var finder = new ReminderFinder(temp.Store, new OnCallSchedule(temp.Store, Options, TimeProvider.System), Options);
        var sent = (await finder.UnsentAtAsync(Now)).First(r => r.Kind == ReminderKind.SlaBreach);
        var current = (await temp.Store.GetAsync(sent.CaseId))!;
        Assert.IsType<UpdateOutcome.Updated>(await temp.Store.UpdateAsync(current with { Status = CaseStatus.Closed, ClosedAt = Now }, current.Version, []));

        await temp.Store.RecordRemindersSentAsync([new SentReminder(sent.CaseId, sent.Kind, "m1", Now, "test", Now.Date.AddDays(1))]);

        var entry = Assert.Single(await temp.Store.GetAuditAsync(sent.CaseId), e => e.Action == SentReminder.AuditAction);
        Assert.Equal(("sla_breach", "m1"), (entry.Field, entry.NewValue));
        Assert.DoesNotContain(await finder.DueAtAsync(Now), r => r.CaseId == sent.CaseId && r.Kind == ReminderKind.SlaBreach);
    }
}
