using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TriageBot.Cases.Model;
using TriageBot.Cases.Storage;
using TriageBot.Dialogs.Access;
using TriageBot.Dialogs.Commands;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Flows;
using TriageBot.Dialogs.Messages;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs;

/// <summary>How conversations behave; the defaults suit Teams and Slack.</summary>
public sealed record DialogOptions
{
    /// <summary>A dialog nobody answered for this long is dropped, with a note, on the next turn.</summary>
    public TimeSpan Expiry { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Unusable answers to one prompt before the dialog moves on without one.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Text longer than this (or any file) is taken as a pasted request, not as a command or an answer.</summary>
    public int RequestLength { get; init; } = 200;

    /// <summary>Conversation state untouched this long is deleted by <see cref="ConversationBot.SweepAsync"/>:
    /// it may hold pasted request text, which should not linger.</summary>
    public TimeSpan RetainState { get; init; } = TimeSpan.FromDays(7);
}

/// <summary>
/// The one entry point of the chat channels: a turn in, the replies out. Strangers are refused; case data is
/// only discussed in private chats. A turn goes, in order: a card button to the waiting prompt (if it asked for
/// one) or else to the commands; text to the running dialog (with <c>help</c>, <c>cancel</c> and a newly
/// pasted request as interruptions); a pasted request (files, or long text) to a new intake; a command; short
/// text the engine reads as a request to a new intake; anything else gets the short help. Dialog state is saved
/// after every turn, so a conversation resumes after a restart. Turns of one conversation run one at a time, in
/// arrival order.
/// </summary>
public sealed class ConversationBot
{
    private static readonly string[] CancelWords = ["cancel", "stop", "abort", "quit", "exit"];
    private static readonly string[] HelpWords = ["help", "?", "what can you do"];

    private readonly ITeamDirectory _directory;
    private readonly ICommandRouter _commands;
    private readonly IConversationStateStore _conversations;
    private readonly IntakeServices _intake;
    private readonly TimeProvider _time;
    private readonly DialogOptions _options;
    private readonly DialogRunner _runner;
    private readonly RequestInputReader _inputs;
    private readonly NewRequestInterruption _newRequest;
    private readonly ConversationLocks _locks = new();
    private readonly ILogger _logger;

    /// <summary>Deletes conversation state nobody touched for <see cref="DialogOptions.RetainState"/>; hosts run it
    /// at start-up and then periodically. Returns how many conversations were forgotten.</summary>
    public Task<int> SweepAsync(CancellationToken cancellationToken) =>
        _conversations.DeleteOlderThanAsync(_time.GetUtcNow().UtcDateTime - _options.RetainState, cancellationToken);

    public ConversationBot(ITeamDirectory directory, ICommandRouter commands, IConversationStateStore conversations,
        IntakeServices intake, TimeProvider time, DialogOptions? options = null, ILogger<ConversationBot>? logger = null)
    {
        _logger = logger ?? NullLogger<ConversationBot>.Instance;
        _directory = directory ?? throw new ArgumentNullException(nameof(directory));
        _commands = commands ?? throw new ArgumentNullException(nameof(commands));
        _conversations = conversations ?? throw new ArgumentNullException(nameof(conversations));
        _intake = intake ?? throw new ArgumentNullException(nameof(intake));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _options = options ?? new DialogOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxAttempts, 1, nameof(options));
        var intakeDialog = new IntakeDialog(intake);
        _runner = new DialogRunner([intakeDialog], _options.MaxAttempts);
        _inputs = new RequestInputReader(intake.Reader);
        _newRequest = new NewRequestInterruption(intake, intakeDialog, _runner);
    }

    public async Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (_directory.Find(turn.User) is not { } actor)
            return [Reply.Say("Sorry, I can only help members of the legal team, and I don't recognise you. If you need access, ask your TriageBot administrator to add you to the team roster.")];
        if (!turn.IsPrivate)
            return [Reply.Say("I only discuss cases in a private chat. Message me directly and I'll help you there.")];

        using var _ = await _locks.EnterAsync(turn.ConversationId, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow().UtcDateTime;
        var replies = new List<Reply>();
        var saved = await _conversations.GetAsync(turn.ConversationId, cancellationToken).ConfigureAwait(false);
        var state = saved is null || saved.Unreadable ? null : DialogState.FromJson(NewRequestInterruption.Upgrade(saved.Json));
        if (saved is not null && state is null)
        {
            replies.Add(await SetAsideAsync(saved, cancellationToken).ConfigureAwait(false));
            saved = null; // moved away: this turn starts the conversation afresh
        }
        state ??= new DialogState();
        if (state.IsActive && now - state.LastActiveAt > _options.Expiry)
        {
            replies.Add(Reply.Say($"I dropped {_runner.NameOf(state)} you started {Ago(now - state.StartedAt)} ago: it had no answer for over {Hours(_options.Expiry)}."));
            state = new DialogState();
        }

        await RouteAsync(turn, actor, state, new TurnScope(turn, actor, now, replies), cancellationToken).ConfigureAwait(false);

        if (state.IsActive)
        {
            state.LastActiveAt = now;
            var stored = await _conversations.SaveAsync(turn.ConversationId, state.ToJson(), saved?.Version ?? 0, cancellationToken).ConfigureAwait(false);
            // Only another process on the same conversation gets here (turns in this one are queued).
            if (stored is null) replies.Add(Reply.Say("Another session changed this conversation at the same moment; please repeat your last answer."));
        }
        else if (saved is not null)
        {
            await _conversations.DeleteAsync(turn.ConversationId, cancellationToken).ConfigureAwait(false);
        }
        return replies;
    }

    /// <summary>Saved state that cannot be read at all (damaged, or sealed under another key) is kept aside, not
    /// dropped: the person is told, and the turn they just sent is still handled, on a fresh conversation.</summary>
    private async Task<Reply> SetAsideAsync(ConversationState saved, CancellationToken cancellationToken)
    {
        var reason = saved.Unreadable ? "the stored text could not be decrypted" : "the saved dialog is not readable JSON";
        var reference = await _conversations.SetAsideAsync(saved.ConversationId, reason, cancellationToken).ConfigureAwait(false);
        // No conversation id and no contents: the reference finds the sealed copy.
        _logger.LogWarning("Saved conversation state could not be read ({Reason}); kept aside as {Reference}; the conversation starts afresh.", reason, reference);
        return Reply.Say(
            "I couldn't read where we were in this conversation (its saved state is damaged), so we are starting afresh. " +
            $"Nothing was deleted: the saved state is kept aside for {Days(_options.RetainState)} (reference {reference}) for your TriageBot administrator. " +
            "Cases already opened are not affected: `mine` or `queue` shows them. If you were in the middle of an intake, paste the request again.");
    }

    private static string Days(TimeSpan span) => span.TotalDays >= 2 ? $"{(int)span.TotalDays} days" : $"{(int)Math.Max(1, span.TotalHours)} hours";

    private async Task RouteAsync(Turn turn, Actor actor, DialogState state, TurnScope scope, CancellationToken cancellationToken)
    {
        var replies = scope.Replies;
        if (turn.Action is { } action)
        {
            // A free-text prompt takes a button only from the "is that your answer?" question below.
            var waiting = _newRequest.IsAsking(state) || state.Top?.Prompt?.ExpectsAction == true
                || (state.Top?.Prompt is not null && action.Data.ContainsKey(FreeAnswerKey));
            if (action.Verb == DialogVerbs.Submit)
            {
                // Checked like any button: what a form fills in is an intake answer.
                if (!Permissions.Allows(actor, Permission.Intake)) replies.Add(Reply.Say(Permissions.Refusal(Permission.Intake)));
                else if (_newRequest.IsAsking(state)) replies.Add(_newRequest.Question(state, "First, about the request you pasted:"));
                else await _runner.SubmitAsync(state, action.Data, scope, cancellationToken).ConfigureAwait(false);
                return;
            }
            if (action.Verb == DialogVerbs.Answer)
            {
                if (waiting && action.Data.TryGetValue("value", out var value))
                    await AnswerAsync(value, state, scope, cancellationToken).ConfigureAwait(false);
                else if (waiting && Question(state) is { } question)
                    replies.Add(question); // the pick list's button pressed without a pick: a form asks for the question again
                else
                    replies.Add(Reply.Say("That question is no longer open."));
                return;
            }
            replies.AddRange(await _commands.TryHandleAsync(turn, actor, cancellationToken).ConfigureAwait(false) ?? [_commands.Help(actor)]);
            return;
        }

        var text = turn.Text.Trim();
        var word = text.TrimEnd('.', '!').ToLowerInvariant();
        var command = turn.Files.Count > 0 ? null : CommandGrammar.Parse(text);
        // A long note is a command, not a pasted request.
        var pastedRequest = turn.Files.Count > 0 || (command is null && text.Length > _options.RequestLength);

        if (state.IsActive)
        {
            if (CancelWords.Contains(word))
            {
                // An urgent request was opened and paged before the questions: cancelling stops only the questions.
                var opened = state.Stack.Count > 0 ? IntakeDialog.OpenedCaseOf(state.Stack[0].Values) : null;
                replies.Add(Reply.Say(opened is null
                    ? $"Cancelled {_runner.NameOf(state)}; nothing was saved."
                    : $"Stopped the questions; {opened} stays open and paged. Correct it with the case card if it is not an emergency."));
                state.Stack.Clear();
                return;
            }
            if (HelpWords.Contains(word))
            {
                replies.Add(_commands.Help(actor));
                replies.Add(Reply.Say("Type `cancel` to stop the intake. Where we were:"));
                if (Question(state) is { } again) replies.Add(again);
                return;
            }
            // Several lines the engine reads as a request are a new request too, however short.
            if (!pastedRequest && command is null && text.Contains('\n') && _intake.Engine.Triage(text).ProcessType != LegalProcessType.Other)
                pastedRequest = true;
            if (command is not null)
            {
                if (IsBareCaseNumber(command, text) && state.Top?.Prompt is { Kind: PromptKind.Text })
                {
                    replies.Add(AnswerOrCommandQuestion(text, command));
                    return;
                }
                if (await _commands.TryHandleAsync(turn, actor, cancellationToken).ConfigureAwait(false) is { } answered)
                {
                    // A command mid-intake runs as a command; the question stays open.
                    replies.AddRange(answered);
                    if (_newRequest.IsAsking(state)) replies.Add(_newRequest.Question(state));
                    else if (_runner.Reprompt(state) is { } still) replies.Add(still with { Text = still.Text.Length > 0 ? $"Still open: {still.Text}" : "" });
                    return;
                }
            }
            if (pastedRequest)
            {
                // Ask rather than guess: the paste may be a new request or the rest of this one.
                var (input, problems) = await _inputs.ReadAsync(turn, cancellationToken).ConfigureAwait(false);
                replies.AddRange(problems.Select(Reply.Say));
                if (input is null)
                {
                    if (_runner.Reprompt(state) is { } again) replies.Add(again);
                    return;
                }
                await _newRequest.PastedAsync(input, state, scope, cancellationToken).ConfigureAwait(false);
                return;
            }
            await AnswerAsync(text, state, scope, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (pastedRequest)
        {
            await StartIntakeAsync(turn, state, scope, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (await _commands.TryHandleAsync(turn, actor, cancellationToken).ConfigureAwait(false) is { } handled)
        {
            replies.AddRange(handled);
            return;
        }
        if (text.Length > 0 && _intake.Engine.Triage(text).ProcessType != LegalProcessType.Other)
        {
            await StartIntakeAsync(turn, state, scope, cancellationToken).ConfigureAwait(false);
            return;
        }
        replies.Add(_commands.Help(actor));
    }

    /// <summary>An answer to whatever is waiting: the "new intake?" question, or the running dialog's prompt.</summary>
    private Task AnswerAsync(string answer, DialogState state, TurnScope scope, CancellationToken cancellationToken) =>
        _newRequest.IsAsking(state)
            ? _newRequest.AnswerAsync(answer, state, scope, cancellationToken)
            : _runner.AnswerAsync(state, answer, scope, cancellationToken);

    /// <summary>What waits for an answer, asked again.</summary>
    private Reply? Question(DialogState state) => _newRequest.IsAsking(state) ? _newRequest.Question(state) : _runner.Reprompt(state);

    private async Task StartIntakeAsync(Turn turn, DialogState state, TurnScope scope, CancellationToken cancellationToken)
    {
        var (input, problems) = await _inputs.ReadAsync(turn, cancellationToken).ConfigureAwait(false);
        scope.Replies.AddRange(problems.Select(Reply.Say));
        if (input is null) return;
        await _newRequest.BeginAsync(state, input, scope, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The key on the "use it as my answer" button of <see cref="AnswerOrCommandQuestion"/>.</summary>
    private const string FreeAnswerKey = "free";

    /// <summary>"2026-42" alone may be an answer (an agency reference) or a case to open.</summary>
    private static bool IsBareCaseNumber(CommandRequest command, string text) =>
        command.Name == CommandNames.Case && CaseNumber.TryParse(text.Trim().TrimEnd('.', '?', '!'), out _);

    private static Reply AnswerOrCommandQuestion(string text, CommandRequest command) => new("",
    [
        new Card($"Is “{text}” your answer to my question, or do you want to open case {command.Arg("case")}?", [], [],
        [
            new CardAction("It's my answer", DialogVerbs.Answer, new Dictionary<string, string> { ["value"] = text, [FreeAnswerKey] = "1" }),
            new CardAction($"Open case {command.Arg("case")}", CaseVerbs.Show, new Dictionary<string, string> { [CaseVerbs.CaseKey] = command.Arg("case")! }),
        ]),
    ]);

    private static string Hours(TimeSpan span) => span.TotalHours >= 1 ? $"{span.TotalHours:0} h" : $"{span.TotalMinutes:0} min";

    private static string Ago(TimeSpan span) => span.TotalDays >= 2 ? $"{span.TotalDays:0} days" : Hours(span);
}
