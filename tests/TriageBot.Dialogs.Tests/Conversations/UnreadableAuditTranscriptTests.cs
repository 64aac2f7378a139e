using LiteDB;

namespace TriageBot.Dialogs.Tests.Conversations;

/// <summary>An audit entry whose sealed details no longer open stands in its place in the case's history, with its
/// time and record number and what it was, and says it cannot be read: a lawyer reading the trail sees a line, not
/// a gap, and never an exception.</summary>
public class UnreadableAuditTranscriptTests
{
    private static readonly string MissingChild = Transcript.SampleText("20-emergency-missing-child.txt");

    [Fact]
    public async Task A_note_whose_details_do_not_open_reads_as_entry_unreadable_in_its_place_in_the_case_history()
    {
        using var t = new Transcript();
        await t.Say(MissingChild); // opens LE-2026-00001
        await t.Say("cancel");
        await t.Say("note LE-2026-00001 called the duty sergeant on 555-0142", user: "dana", conversation: "chat:dana");
        await t.Say("take LE-2026-00001", user: "dana", conversation: "chat:dana");

        long noteId = 0;
        t.Restart(path =>
        {
            // The note's sealed details damaged on disk; its time, actor and action are outside the seal.
            using var raw = new LiteDatabase($"Filename={path};Connection=Direct");
            var audit = raw.GetCollection("audit");
            var note = audit.FindAll().Single(d => d["Action"].AsString == "note");
            noteId = note["_id"].AsInt64;
            var bytes = note["Sealed"].AsBinary;
            bytes[^1] ^= 0x5A;
            note["Sealed"] = bytes;
            Assert.True(audit.Update(note));
        });

        var reply = await t.Say("case LE-2026-00001", user: "dana", conversation: "chat:dana");

        var lines = reply.Split('\n').Select(l => l.Trim()).ToList();
        var unreadable = lines.FindIndex(l => l.Contains("entry unreadable", StringComparison.Ordinal));
        Assert.True(unreadable >= 0, reply);
        Assert.True(lines[unreadable].Contains($"(record {noteId}) does not open", StringComparison.Ordinal), lines[unreadable]);
        Assert.Contains("an administrator can restore them from a backup", lines[unreadable], StringComparison.Ordinal);
        Assert.Contains("took the case", lines[unreadable + 1], StringComparison.Ordinal); // in its place: before the later entry
        Assert.DoesNotContain("555-0142", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", reply, StringComparison.Ordinal);
        Assert.Equal(1, t.Store.Unreadable.Counts["audit"]);
    }
}
