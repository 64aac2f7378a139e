using System.Text;
using LiteDB;

namespace TriageBot.Dialogs.Tests.Conversations;

/// <summary>Saved conversation state that cannot be read at all: kept aside sealed, the person told what happened
/// and what to do, a warning logged without contents, and the message they just sent still handled.</summary>
public class UnreadableStateTranscriptTests
{
    private static readonly string MissingChild = Transcript.SampleText("20-emergency-missing-child.txt");

    // Words that exist only in the damaged state: they must be nowhere readable in the files or the log.
    private const string Marker = "velvet-heron-4471";

    [Fact]
    public async Task A_saved_conversation_that_is_not_readable_json_is_kept_aside_sealed_and_the_person_is_told_and_answered()
    {
        using var t = new Transcript();
        await t.Say(MissingChild); // opens and pages LE-2026-00001; a question waits
        var saved = await t.Store.Conversations.GetAsync("chat:priya");
        var damaged = $$"""{"stack":[{"dialogId":"intake","at":"askMissing","values":{"note":"{{Marker}}" """; // cut off mid-write
        Assert.NotNull(await t.Store.Conversations.SaveAsync("chat:priya", damaged, saved!.Version));

        var reply = await t.Say("help");

        Assert.Contains("I couldn't read where we were in this conversation (its saved state is damaged), so we are starting afresh.", reply);
        Assert.Contains("Nothing was deleted: the saved state is kept aside for 7 days (reference ", reply);
        Assert.Contains("`mine` or `queue` shows them. If you were in the middle of an intake, paste the request again.", reply);
        Assert.Contains("`mine` — your open cases", reply); // the message sent is still answered: the help follows
        Assert.DoesNotContain("Exception", reply);
        Assert.NotNull(await t.Store.GetAsync("LE-2026-00001")); // the case opened before is untouched
        Assert.Null(await t.Store.Conversations.GetAsync("chat:priya")); // nothing active: help alone starts nothing

        var warning = Assert.Single(t.BotLog, l => l.StartsWith("Warning: Saved conversation state could not be read", StringComparison.Ordinal));
        Assert.Contains("the saved dialog is not readable JSON", warning);
        Assert.Contains(Reference(reply), warning);
        Assert.DoesNotContain(Marker, warning);
        Assert.DoesNotContain("chat:priya", warning);

        // The copy is in the file, sealed: one document, none of its words readable in the database or its log.
        t.Restart(path =>
        {
            using (var raw = new LiteDatabase($"Filename={path};Connection=Direct;ReadOnly=true"))
            {
                var kept = Assert.Single(raw.GetCollection("conversations_unreadable").FindAll().ToList());
                Assert.Equal(Reference(reply), kept["_id"].AsString);
                Assert.Equal("the saved dialog is not readable JSON", kept["Reason"].AsString);
                Assert.True(kept["Sealed"].AsString.Length > 0);
            }
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(path)!))
            {
                var bytes = File.ReadAllBytes(file);
                Assert.False(Contains(bytes, Marker), $"{Path.GetFileName(file)} holds the damaged state's text in the clear");
            }
        });

        // The conversation carries on afresh: a new paste is a new intake.
        var again = await t.Say(MissingChild);
        Assert.Contains("LE-2026-0000", again);
        Assert.DoesNotContain("I couldn't read where we were", again);
    }

    [Fact]
    public async Task A_saved_conversation_whose_sealed_text_is_damaged_is_kept_aside_and_the_turn_is_still_handled()
    {
        using var t = new Transcript();
        await t.Say(MissingChild);

        // Damage the stored ciphertext while the host is stopped, as a disk fault or a bad restore would.
        t.Restart(path =>
        {
            using var raw = new LiteDatabase($"Filename={path};Connection=Direct");
            var conversations = raw.GetCollection("conversations");
            var doc = conversations.FindAll().Single();
            var stored = doc["Json"].AsString;
            doc["Json"] = stored[..^8] + (stored[^8] == 'A' ? "B" : "A") + stored[^7..];
            conversations.Update(doc);
        });

        var reply = await t.Say("cancel");

        Assert.Contains("I couldn't read where we were in this conversation", reply);
        var warning = Assert.Single(t.BotLog, l => l.StartsWith("Warning:", StringComparison.Ordinal));
        Assert.Contains("the stored text could not be decrypted", warning);
        Assert.Null(await t.Store.Conversations.GetAsync("chat:priya"));
        Assert.NotNull(await t.Store.GetAsync("LE-2026-00001"));

        // The next turn is an ordinary one: the damage is reported once.
        var next = await t.Say("help");
        Assert.DoesNotContain("I couldn't read where we were", next);
    }

    private static string Reference(string reply)
    {
        const string before = "(reference ";
        var at = reply.IndexOf(before, StringComparison.Ordinal) + before.Length;
        return reply[at..reply.IndexOf(')', at)];
    }

    private static bool Contains(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0 || haystack.AsSpan().IndexOf(Encoding.Unicode.GetBytes(needle)) >= 0;
}
