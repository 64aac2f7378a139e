using System.Globalization;
using TriageBot.Cases.Storage;
using TriageBot.Cases.StoreProbe;

namespace TriageBot.Cases.Tests.Storage;

/// <summary>
/// Every sealed collection (conversation references, queued turns, dialog state, cases and their audit trail,
/// escalations) written at once by a real second process, as the host does in a burst, which is killed (SIGKILL)
/// at a different point each round and then reopened on the same file: everything it acknowledged is there and
/// opens, and no document of any collection fails to open.
/// </summary>
public class SealedCollectionCrashTests
{
    private const string References = "conversation_references";

    private sealed record Ack(string Kind, string Key, string Value);

    [Fact]
    public async Task Every_write_acknowledged_on_every_sealed_collection_opens_after_the_writer_is_killed_mid_burst_again_and_again()
    {
        var folder = Directory.CreateTempSubdirectory("triagebot-sealed-");
        try
        {
            var path = Path.Combine(folder.FullName, "cases.db");
            var acks = new List<Ack>();
            // Acknowledgements seen before each kill (at least): from the first writes of a fresh file to a long burst.
            int[] killAfter = [4, 60, 150, 20, 100];
            for (var round = 0; round < killAfter.Length; round++)
            {
                acks.AddRange(await RunAndKillAsync(path, round, killAfter[round]));

                using var store = LiteDbCaseStore.Open(path, null, null, TimeProvider.System);
                await AssertAcknowledgedWritesOpenAsync(store, acks);
                await ReadEverySealedDocumentAsync(store, acks);
                Assert.Empty(store.Unreadable.Counts);
            }
            Assert.Contains(acks, a => a.Kind == "reference");
            Assert.Contains(acks, a => a.Kind == "turn");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Runs the churning writer until it printed <paramref name="killAfter"/> acknowledgements, kills it,
    /// and returns every acknowledgement it printed (those already in the pipe too).</summary>
    private static async Task<List<Ack>> RunAndKillAsync(string path, int round, int killAfter)
    {
        var lines = new List<string>();
        using var writer = ProbeProcess.Start(["churn", path, round.ToString(CultureInfo.InvariantCulture)]);
        // The first round is killed among the first writes of a fresh file, whatever they were. Later rounds are
        // killed only once they also acknowledged a turn and a case: the four reference writers can hold the lock
        // for a thousand writes before the others get it, and a round killed before then would prove nothing
        // about turns or cases (the acknowledgement count alone made this test pass or fail with the machine's pace).
        var needEveryKind = round > 0;
        while (lines.Count < killAfter || (needEveryKind && !(lines.Any(l => l.StartsWith("ack turn ", StringComparison.Ordinal)) && lines.Any(l => l.StartsWith("ack case ", StringComparison.Ordinal)))))
        {
            if (lines.Count > 200_000) throw new InvalidOperationException("The writer acknowledged 200,000 writes without a turn and a case among them.");
            lines.Add(await writer.ReadLineAsync() ?? throw new InvalidOperationException("The writer stopped early: " + await writer.Process.StandardError.ReadToEndAsync()));
        }
        writer.Process.Kill(entireProcessTree: true);
        await writer.Process.WaitForExitAsync();
        lines.AddRange((await writer.Process.StandardOutput.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        return lines.Select(l => l.Split(' ')).Where(p => p.Length == 4 && p[0] == "ack").Select(p => new Ack(p[1], p[2], p[3])).ToList();
    }

    private static async Task AssertAcknowledgedWritesOpenAsync(LiteDbCaseStore store, List<Ack> acks)
    {
        foreach (var ack in acks)
        {
            switch (ack.Kind)
            {
                case "turn":
                    var turn = await store.Inbox.GetAsync(long.Parse(ack.Key, CultureInfo.InvariantCulture));
                    Assert.True(turn is not null, $"turn {ack.Key} was acknowledged but is missing");
                    Assert.False(turn.Unreadable, $"turn {ack.Key} was acknowledged but does not open");
                    var parts = ack.Value.Split('-');
                    if (turn.State != InboxTurnState.Done)
                        Assert.Equal(Churn.TurnPayload(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture)), turn.Payload);
                    break;
                case "conversation":
                    var state = await store.Conversations.GetAsync(ack.Key);
                    Assert.True(state is not null, $"the dialog state of {ack.Key} was acknowledged but is missing");
                    Assert.False(state.Unreadable, $"the dialog state of {ack.Key} was acknowledged but does not open");
                    Assert.True(state.Version >= int.Parse(ack.Value, CultureInfo.InvariantCulture), $"{ack.Key} went back to version {state.Version}");
                    Assert.Equal(Churn.ConversationJson(ack.Key, state.Version), state.Json);
                    break;
                case "case":
                    var found = await store.GetAsync(ack.Key);
                    Assert.True(found is not null, $"{ack.Key} was acknowledged but is missing");
                    Assert.Equal(ProbeCases.Draft(int.Parse(ack.Value, CultureInfo.InvariantCulture)).OriginalText, found.OriginalText);
                    break;
                case "note":
                    Assert.Contains(await store.GetAuditAsync(ack.Key), e => e.Action == "note");
                    break;
                case "escalation":
                    var escalation = await store.Escalations.GetAsync(ack.Key);
                    Assert.True(escalation is not null, $"the escalation of {ack.Key} was acknowledged but is missing or unreadable");
                    Assert.True(escalation.Version >= int.Parse(ack.Value, CultureInfo.InvariantCulture));
                    break;
                case "reference":
                    break; // with every reference below
                default:
                    throw new InvalidOperationException("unknown acknowledgement " + ack.Kind);
            }
        }
    }

    /// <summary>Opens every document of every sealed collection through the store's read paths (which report one
    /// that does not open) and checks each acknowledged conversation reference is among them.</summary>
    private static async Task ReadEverySealedDocumentAsync(LiteDbCaseStore store, List<Ack> acks)
    {
        foreach (var turn in await store.Inbox.ListAsync(null, int.MaxValue)) Assert.False(turn.Unreadable, $"turn {turn.Id} does not open");
        foreach (var found in await store.QueryAsync(new CaseQuery())) await store.GetAuditAsync(found.Id);
        await store.Escalations.DueAsync(DateTime.UtcNow.AddYears(1));
        for (var n = 0; n < Churn.Conversations; n++) await store.Conversations.GetAsync("chat-" + n);

        var references = store.Collection(References);
        var opened = references.Read(c => c.FindAll().ToList()).Select(references.TryOpen).ToList();
        Assert.All(opened, Assert.NotNull);
        var conversations = opened.Select(d => d!["ConversationId"]).Where(v => v.IsString).Select(v => v.AsString).ToHashSet(StringComparer.Ordinal);
        Assert.All(acks.Where(a => a.Kind == "reference"), a => Assert.Contains(a.Key, conversations));
    }
}
