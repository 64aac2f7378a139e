using System.Text.Json.Nodes;
using TriageBot.Dialogs.Access;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Engine;

/// <summary>
/// A waterfall: steps run in order; a step that asks a prompt stops the turn, and the next step receives the
/// answer (<see cref="DialogContext.Result"/>) on a later turn, possibly in another process. Everything a dialog
/// remembers lives in <see cref="DialogContext.Values"/>, which is saved with the conversation; the dialog
/// object itself holds no per-conversation state.
/// </summary>
public abstract class Dialog
{
    /// <summary>Stable id, saved in conversation state: renaming it drops conversations in progress.</summary>
    public abstract string Id { get; }

    /// <summary>Words for notes to the user: "the intake".</summary>
    public abstract string Name { get; }

    /// <summary>The steps in order. Their names are saved in conversation state (where a dialog waits), so
    /// renaming one drops conversations waiting at it; adding steps is safe.</summary>
    public abstract IReadOnlyList<WaterfallStep> Steps { get; }

    /// <summary>Where a conversation saved at a step this version no longer has (renamed or removed) carries on:
    /// a step that tells the person, keeps what they had given and offers to start over. Null: the dialog ends
    /// with a note saying so.</summary>
    public virtual string? ResumeStep => null;
}

public delegate Task<StepResult> DialogStep(DialogContext context, CancellationToken cancellationToken);

/// <summary>A step and its name: dialogs move between steps by name, never by position.</summary>
public sealed record WaterfallStep(string Name, DialogStep Run)
{
    /// <summary>A step that does no I/O.</summary>
    public static WaterfallStep Of(string name, Func<DialogContext, StepResult> run) =>
        new(name, (context, _) => Task.FromResult(run(context)));
}

/// <summary>What a step decided.</summary>
public abstract record StepResult
{
    private StepResult()
    {
    }

    public static readonly StepResult Next = new NextStep();
    public static readonly StepResult End = new EndDialog();

    public static StepResult Ask(PromptSpec prompt) => new AskPrompt(prompt);

    /// <summary>Continue at the named step (loops, such as one question per missing field).</summary>
    public static StepResult GoTo(string step) => new GoToStep(step);

    internal sealed record NextStep : StepResult;

    internal sealed record EndDialog : StepResult;

    internal sealed record AskPrompt(PromptSpec Prompt) : StepResult;

    internal sealed record GoToStep(string Step) : StepResult;
}

/// <summary>What a step sees: the turn, who acts, the dialog's saved values, the answer to the last prompt;
/// and where it says things.</summary>
public sealed class DialogContext
{
    private readonly List<Reply> _replies;

    internal DialogContext(Turn turn, Actor actor, JsonObject values, PromptResult? result, DateTime now, List<Reply> replies)
    {
        Turn = turn;
        Actor = actor;
        Values = values;
        Result = result;
        Now = now;
        _replies = replies;
    }

    public Turn Turn { get; }

    public Actor Actor { get; }

    /// <summary>The dialog's memory, saved with the conversation after every turn.</summary>
    public JsonObject Values { get; }

    /// <summary>The answer to the prompt the previous step asked; null when it asked none.</summary>
    public PromptResult? Result { get; }

    public DateTime Now { get; }

    public void Say(string text) => _replies.Add(Reply.Say(text));

    public void Send(Reply reply) => _replies.Add(reply);
}
