using System.Text.Json;
using System.Text.Json.Nodes;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Messages;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Flows;

/// <summary>
/// What happens when a request is pasted while the intake waits for an answer. Ask rather than guess: it may be
/// a new request or the rest of this one. An urgent new request is opened and paged at once; only the fate of the
/// intake in progress waits for the answer. "Yes" drops the intake in progress and starts one for the new request
/// (completing the case it opened, if urgent); "no" adds the text to the request in progress, or, when the paste
/// opened its own case, keeps both. The paste waits in the intake's own state, so a restart keeps the question.
/// </summary>
internal sealed class NewRequestInterruption(IntakeServices services, IntakeDialog intake, DialogRunner runner)
{
    private const string Key = "newRequest";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly UrgentOpening _urgent = new(services);

    /// <summary>A pasted request and what became of it so far: the engine's reading, and the case it opened
    /// when urgent.</summary>
    private sealed record PendingRequest(RequestInput Input, string? CaseId = null, TriageResult? Reading = null, DateTime? ReadAt = null);

    /// <summary>Whether the question "a new request?" waits for its answer.</summary>
    public bool IsAsking(DialogState state) => Pending(state) is not null;

    public Reply Question(DialogState state, string? expected = null) => DialogRunner.Render(
        PromptSpec.Confirm(Pending(state)?.CaseId is { } opened
            ? $"Go on with {opened} now (its questions complete it) and drop the intake in progress? (No keeps the intake in progress; {opened} stays open and paged.)"
            : "This looks like a new request. Start a new intake and drop the current one? (No adds it to the request in progress.)"), expected);

    /// <summary>Keeps the paste, opens and pages it when urgent, and asks.</summary>
    public async Task PastedAsync(RequestInput input, DialogState state, TurnScope scope, CancellationToken cancellationToken)
    {
        var reading = services.Engine.Triage(input.ToDocument());
        var pending = new PendingRequest(input, Reading: reading, ReadAt: scope.Now);
        // One that reads as a follow-up ("further to my request above") is more of a request already here.
        if (reading.FollowUpOf is null
            && await _urgent.OpenAsync(input, reading, scope.Turn.User.Channel, scope.Actor.Id, cancellationToken).ConfigureAwait(false) is { Case: var opened, Paging: var paging })
        {
            pending = pending with { CaseId = opened.Id };
            scope.Replies.Add(Reply.WithCard($"This new request reads as {opened.Priority}, so I opened {opened.Id} and paged before asking anything. {paging}",
                IntakeCards.Case(opened, services, scope.Now, paging)));
        }
        Keep(state, pending);
        scope.Replies.Add(Question(state));
    }

    /// <summary>The answer to the question; anything but yes or no asks again.</summary>
    public async Task AnswerAsync(string answer, DialogState state, TurnScope scope, CancellationToken cancellationToken)
    {
        var pending = Pending(state) ?? throw new InvalidOperationException("No new request waits for an answer.");
        switch (PromptValidation.Validate(PromptSpec.Confirm(""), answer))
        {
            case PromptValidation.Check.Valid { Result: PromptResult.Answered { Value: "yes" } }:
                scope.Replies.Add(Reply.Say($"Dropped {runner.NameOf(state)} in progress; {(pending.CaseId is null ? "starting a new one" : $"the questions now complete {pending.CaseId}")}."));
                state.Stack.Clear();
                await BeginAsync(state, pending.Input, scope, cancellationToken, pending.CaseId, pending.Reading, pending.ReadAt).ConfigureAwait(false);
                break;
            case PromptValidation.Check.Valid when pending.CaseId is { } standsAlone:
                // The urgent paste is its own case already; it is not added to the request in progress.
                Keep(state, null);
                scope.Replies.Add(Reply.Say($"Kept {runner.NameOf(state)} in progress; {standsAlone} stays open and paged."));
                if (runner.Reprompt(state) is { } again) scope.Replies.Add(again);
                break;
            case PromptValidation.Check.Valid:
                Keep(state, null);
                intake.AddToRequest(state.Stack[0].Values, pending.Input, scope.Now, scope.Replies);
                await runner.ContinueAtAsync(state, IntakeDialog.AskMissingStep, scope, cancellationToken).ConfigureAwait(false);
                break;
            default:
                scope.Replies.Add(Question(state, "Please answer yes or no."));
                break;
        }
    }

    /// <summary>A new intake for <paramref name="input"/> (the conversation's only dialog).</summary>
    public Task BeginAsync(DialogState state, RequestInput input, TurnScope scope, CancellationToken cancellationToken,
        string? openedCaseId = null, TriageResult? reading = null, DateTime? readAt = null)
    {
        state.StartedAt = scope.Now;
        return runner.BeginAsync(state, IntakeDialog.DialogId, intake.Start(input, openedCaseId, reading, readAt), scope, cancellationToken);
    }

    /// <summary>
    /// State saved before the intake kept the paste itself had it at the top level (<c>replacement</c>,
    /// <c>replacementCaseId</c>): it moves into the intake's values, so a question asked before an upgrade is
    /// still answered after it. Anything else is returned as it is.
    /// </summary>
    public static string Upgrade(string json)
    {
        try
        {
            if (JsonNode.Parse(json) is not JsonObject root || !root.ContainsKey("replacement")) return json;
            var input = root["replacement"]?.Deserialize<RequestInput>(Json);
            var caseId = root["replacementCaseId"]?.GetValue<string>();
            root.Remove("replacement");
            root.Remove("replacementCaseId");
            if (input is not null && root["stack"] is JsonArray { Count: > 0 } stack && stack[0] is JsonObject frame)
            {
                if (frame["values"] is not JsonObject values) frame["values"] = values = [];
                values[Key] = JsonSerializer.SerializeToNode(new PendingRequest(input, caseId), Json);
            }
            return root.ToJsonString();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return json; // unreadable: the conversation starts afresh, as for any state it cannot read
        }
    }

    private static PendingRequest? Pending(DialogState state) =>
        state.Stack.Count > 0 ? state.Stack[0].Values[Key]?.Deserialize<PendingRequest>(Json) : null;

    private static void Keep(DialogState state, PendingRequest? pending)
    {
        if (state.Stack.Count == 0) return;
        if (pending is null) state.Stack[0].Values.Remove(Key);
        else state.Stack[0].Values[Key] = JsonSerializer.SerializeToNode(pending, Json);
    }
}
