using System.Text.Json.Nodes;
using TriageBot.Dialogs.Access;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Engine;

/// <summary>One turn's surroundings: who, when, and where the replies go.</summary>
internal sealed record TurnScope(Turn Turn, Actor Actor, DateTime Now, List<Reply> Replies);

/// <summary>
/// Runs the dialogs of one conversation's <see cref="DialogState"/>: starts them, feeds answers to the waiting
/// prompt (checked, re-asked with what is expected, given up after <c>maxAttempts</c>), and walks the steps
/// until one asks something or the stack is empty. Stateless itself: one instance serves every conversation.
/// </summary>
internal sealed class DialogRunner
{
    // A dialog whose steps loop without ever asking would otherwise hang the turn.
    private const int MaxStepsPerTurn = 200;

    private readonly Dictionary<string, Dialog> _dialogs;
    private readonly int _maxAttempts;

    public DialogRunner(IEnumerable<Dialog> dialogs, int maxAttempts)
    {
        _dialogs = dialogs.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _maxAttempts = maxAttempts;
    }

    public string NameOf(DialogState state) =>
        state.Stack.Count > 0 && _dialogs.TryGetValue(state.Stack[0].DialogId, out var d) ? d.Name : "the conversation";

    public Task BeginAsync(DialogState state, string dialogId, JsonObject values, TurnScope scope, CancellationToken cancellationToken)
    {
        if (!_dialogs.ContainsKey(dialogId)) throw new ArgumentException($"No dialog '{dialogId}' is registered.", nameof(dialogId));
        state.Stack.Add(new DialogFrame { DialogId = dialogId, Values = values });
        return RunAsync(state, null, scope, cancellationToken);
    }

    /// <summary>The running dialog carries on at the named step, the waiting question dropped: a flow that
    /// handled an interruption itself (more of a request pasted) sends its dialog back to where it asks again.</summary>
    public Task ContinueAtAsync(DialogState state, string step, TurnScope scope, CancellationToken cancellationToken)
    {
        var frame = state.Top ?? throw new InvalidOperationException("No dialog is running.");
        frame.At = step;
        frame.Step = null;
        frame.Prompt = null;
        frame.Attempts = 0;
        return RunAsync(state, null, scope, cancellationToken);
    }

    /// <summary>A typed answer (or a button's value) to the waiting prompt.</summary>
    public Task AnswerAsync(DialogState state, string input, TurnScope scope, CancellationToken cancellationToken)
    {
        var frame = state.Top ?? throw new InvalidOperationException("No dialog is running.");
        if (frame.Prompt is not { } prompt) return RunAsync(state, null, scope, cancellationToken);

        switch (PromptValidation.Validate(prompt, input))
        {
            case PromptValidation.Check.Valid valid:
                return DeliverAsync(state, valid.Result, scope, cancellationToken);
            case PromptValidation.Check.Invalid invalid:
                frame.Attempts++;
                if (frame.Attempts >= _maxAttempts)
                {
                    scope.Replies.Add(Reply.Say($"That's {_maxAttempts} answers I could not use, so I'm moving on without one."));
                    return DeliverAsync(state, new PromptResult.GaveUp(), scope, cancellationToken);
                }
                scope.Replies.Add(Render(prompt, invalid.Expected));
                return Task.CompletedTask;
            default:
                throw new InvalidOperationException("Unknown prompt check.");
        }
    }

    /// <summary>A form sent for the waiting prompt: each value checked by its input (one rule for every channel),
    /// the usable ones and the refused ones handed to the waiting step together. A form sent empty is a request
    /// for it (Slack's button that opens it as a modal): the question is asked again, form and all. A form the
    /// waiting prompt does not offer is refused, and the waiting question asked again.</summary>
    public Task SubmitAsync(DialogState state, IReadOnlyDictionary<string, string> data, TurnScope scope, CancellationToken cancellationToken)
    {
        if (state.Top?.Prompt is not { Form.Count: > 0 } prompt)
        {
            scope.Replies.Add(Reply.Say("That form is no longer open."));
            if (Reprompt(state) is { } waiting) scope.Replies.Add(waiting);
            return Task.CompletedTask;
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<FormProblem>();
        foreach (var input in prompt.Form)
        {
            if (!data.TryGetValue(input.Key, out var typed) || string.IsNullOrWhiteSpace(typed)) continue;
            typed = typed.Trim();
            if (input.Problem(typed) is { } problem) problems.Add(new FormProblem(input.Key, typed, problem));
            else values[input.Key] = typed;
        }
        if (values.Count == 0 && problems.Count == 0)
        {
            scope.Replies.Add(Render(prompt, null));
            return Task.CompletedTask;
        }
        return DeliverAsync(state, new PromptResult.Submitted(values, problems), scope, cancellationToken);
    }

    /// <summary>Hands the waiting step a result directly (a skip, more pasted text).</summary>
    public Task DeliverAsync(DialogState state, PromptResult result, TurnScope scope, CancellationToken cancellationToken)
    {
        var frame = state.Top ?? throw new InvalidOperationException("No dialog is running.");
        frame.Prompt = null;
        frame.Attempts = 0;
        return RunAsync(state, result, scope, cancellationToken);
    }

    /// <summary>The waiting question again (after help, or an interruption that changed nothing).</summary>
    public Reply? Reprompt(DialogState state) => state.Top?.Prompt is { } prompt ? Render(prompt, null) : null;

    private async Task RunAsync(DialogState state, PromptResult? result, TurnScope scope, CancellationToken cancellationToken)
    {
        for (var guard = 0; guard < MaxStepsPerTurn; guard++)
        {
            if (state.Top is not { } frame) return;
            if (!_dialogs.TryGetValue(frame.DialogId, out var dialog))
            {
                // Saved by a version that had a dialog this one does not: never end it without a word.
                state.Stack.RemoveAt(state.Stack.Count - 1);
                scope.Replies.Add(Reply.Say(Updated + "what we were doing where it stood. Please start it again; type `help` to see what I can do."));
                result = null;
                continue;
            }
            if (IndexOf(dialog, frame) is not { } index)
            {
                if (IsLost(frame) && dialog.ResumeStep is { } resume && dialog.Steps.Any(s => s.Name == resume))
                {
                    // The dialog decides what to keep and how to start over; the waiting question is void.
                    frame.At = resume;
                    frame.Prompt = null;
                    frame.Attempts = 0;
                    continue; // the answer that arrived goes with it: the dialog shows it back rather than drop it
                }
                if (IsLost(frame)) scope.Replies.Add(Reply.Say(Updated + dialog.Name + " where it stood. Please start it again."));
                state.Stack.RemoveAt(state.Stack.Count - 1);
                result = null;
                continue;
            }

            var context = new DialogContext(scope.Turn, scope.Actor, frame.Values, result, scope.Now, scope.Replies);
            var outcome = await dialog.Steps[index].Run(context, cancellationToken).ConfigureAwait(false);
            result = null;
            switch (outcome)
            {
                case StepResult.AskPrompt ask:
                    frame.At = NameAfter(dialog, index);
                    frame.Prompt = ask.Prompt;
                    frame.Attempts = 0;
                    scope.Replies.Add(Render(ask.Prompt, null));
                    return;
                case StepResult.NextStep:
                    frame.At = NameAfter(dialog, index);
                    break;
                case StepResult.GoToStep go:
                    if (!dialog.Steps.Any(s => s.Name == go.Step))
                        throw new InvalidOperationException($"Dialog '{dialog.Id}' has no step '{go.Step}'.");
                    frame.At = go.Step;
                    break;
                case StepResult.EndDialog:
                    state.Stack.RemoveAt(state.Stack.Count - 1);
                    break;
            }
        }
        throw new InvalidOperationException($"Dialog '{state.Top?.DialogId}' ran {MaxStepsPerTurn} steps without asking anything.");
    }

    /// <summary>Where the frame is: its step's name, or (state saved before steps had names) its position;
    /// null when it is past the end or names a step the dialog no longer has.</summary>
    private static int? IndexOf(Dialog dialog, DialogFrame frame)
    {
        if (frame.At is null && frame.Step is { } legacy)
        {
            frame.At = legacy >= 0 && legacy < dialog.Steps.Count ? dialog.Steps[legacy].Name : End;
            frame.Step = null;
        }
        if (frame.At is null) return dialog.Steps.Count > 0 ? 0 : null;
        for (var i = 0; i < dialog.Steps.Count; i++)
            if (dialog.Steps[i].Name == frame.At) return i;
        return null;
    }

    /// <summary>The start of what a person is told when saved state names what this version does not have.</summary>
    internal const string Updated = "TriageBot was updated since your last message and cannot carry on with ";

    /// <summary>At a step this version does not have (renamed or removed), rather than past the last one.</summary>
    private static bool IsLost(DialogFrame frame) => frame.At is { } at && at != End;

    /// <summary>The marker of a dialog that has run its last step.</summary>
    private const string End = "(end)";

    private static string NameAfter(Dialog dialog, int index) => index + 1 < dialog.Steps.Count ? dialog.Steps[index + 1].Name : End;

    /// <summary>A prompt as a reply. Choice and confirm prompts are a card alone (the question is its title, so
    /// no channel shows it twice): a choice is one pick list with a submit button, plus a "yes" button for the
    /// proposed answer; a confirm is Yes / No. Text prompts are a line of text.</summary>
    internal static Reply Render(PromptSpec prompt, string? expected)
    {
        IReadOnlyList<CardSection> hint = expected is null ? [] : [new CardSection(null, expected)];
        switch (prompt.Kind)
        {
            case PromptKind.Choice:
                var proposed = prompt.Choices.FirstOrDefault(c => c.Value == prompt.Default);
                var choice = new CardChoice(AnswerKey, "Pick one", [.. prompt.Choices.Select(c => new CardOption(c.Value, c.Title))],
                    prompt.Default, new CardAction("Use this one", DialogVerbs.Answer, new Dictionary<string, string>())) { InForm = true };
                return new Reply("", [new Card(prompt.Question, [], hint, proposed is null ? [] : [Button($"Yes, {proposed.Title}", proposed.Value)]) { Choice = choice }]);
            case PromptKind.Confirm:
                return new Reply("", [new Card(prompt.Question, [], hint, [Button("Yes", "yes"), Button("No", "no")])]);
            default:
                var text = expected is null ? prompt.Question : $"{expected}\n{prompt.Question}";
                if (prompt.AllowSkip) text += " (or `skip`)";
                if (prompt.Form.Count == 0) return Reply.Say(text);
                var form = new CardForm(prompt.Form, new CardAction("Save these", DialogVerbs.Submit, new Dictionary<string, string>())) { InCard = true, OpenTitle = "Fill them in…" };
                return new Reply(text, [new Card(prompt.FormTitle ?? "Fill in what you have", [], [], []) { Form = form }]);
        }
    }

    /// <summary>The data key an answer button or pick list carries its value under.</summary>
    public const string AnswerKey = "value";

    private static CardAction Button(string title, string value) =>
        new(title, DialogVerbs.Answer, new Dictionary<string, string> { [AnswerKey] = value });
}
