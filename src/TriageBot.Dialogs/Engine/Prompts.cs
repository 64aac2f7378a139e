using System.Text.Json.Serialization;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Engine;

/// <summary>What kind of answer a prompt waits for; each kind has its own check and its own re-prompt wording.</summary>
public enum PromptKind { Text, Choice, Confirm }

/// <summary>One option of a choice prompt: the value the dialog receives and the words shown.</summary>
public sealed record PromptChoice(string Value, string Title);

/// <summary>
/// A question a dialog step asks. Saved with the conversation, so it is plain data. Choice and confirm prompts
/// also show buttons (<see cref="DialogVerbs.Answer"/>); every prompt can be answered by typing.
/// </summary>
public sealed record PromptSpec(PromptKind Kind, string Question)
{
    public IReadOnlyList<PromptChoice> Choices { get; init; } = [];

    /// <summary>Whether <c>skip</c> is an answer.</summary>
    public bool AllowSkip { get; init; }

    /// <summary>Choice prompts: the value taken for "yes" / "ok" (confirming what was proposed).</summary>
    public string? Default { get; init; }

    /// <summary>Text prompts: more answers that can be given at once in a form (<see cref="DialogVerbs.Submit"/>)
    /// instead of one at a time; the step that receives the answer then gets <see cref="PromptResult.Submitted"/>.</summary>
    public IReadOnlyList<CardInput> Form { get; init; } = [];

    /// <summary>The form card's title (what the form is for, and that typing still works).</summary>
    public string? FormTitle { get; init; }

    /// <summary>Whether a card button can answer it (the bot routes actions here instead of the commands).</summary>
    [JsonIgnore]
    public bool ExpectsAction => Kind is PromptKind.Choice or PromptKind.Confirm;

    public static PromptSpec Text(string question, bool allowSkip = false) => new(PromptKind.Text, question) { AllowSkip = allowSkip };

    /// <summary>A text question that also offers <paramref name="form"/>, to answer several at once.</summary>
    public static PromptSpec TextOrForm(string question, bool allowSkip, IReadOnlyList<CardInput> form, string formTitle) =>
        Text(question, allowSkip) with { Form = form, FormTitle = formTitle };

    public static PromptSpec Confirm(string question) => new(PromptKind.Confirm, question);

    public static PromptSpec Choice(string question, IReadOnlyList<PromptChoice> choices, string? defaultValue = null) =>
        new(PromptKind.Choice, question) { Choices = choices, Default = defaultValue };
}

/// <summary>The verbs of the buttons the engine itself puts on cards.</summary>
public static class DialogVerbs
{
    /// <summary>A prompt's button; its data carries <c>value</c>.</summary>
    public const string Answer = "dialog.answer";

    /// <summary>A prompt's form sent; its data carries each input's value under the input's key (none: the form
    /// is asked for, as Slack's button that opens it does).</summary>
    public const string Submit = "dialog.submit";
}

/// <summary>A value a form sent that its input's check refused: what was typed, and why it cannot be used.</summary>
public sealed record FormProblem(string Key, string Typed, string Message);

/// <summary>What a dialog step receives for the prompt it asked in the previous step.</summary>
public abstract record PromptResult
{
    private PromptResult()
    {
    }

    /// <summary>A valid answer: the text, the choice value, <c>yes</c>/<c>no</c>.</summary>
    public sealed record Answered(string Value) : PromptResult;

    public sealed record Skipped : PromptResult;

    /// <summary>Three answers could not be used; the dialog carries on without one.</summary>
    public sealed record GaveUp : PromptResult;

    /// <summary>The prompt's form sent: the values that passed their inputs' checks (by key), and those that did
    /// not; inputs left empty are in neither.</summary>
    public sealed record Submitted(IReadOnlyDictionary<string, string> Values, IReadOnlyList<FormProblem> Problems) : PromptResult;
}
