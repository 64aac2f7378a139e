using System.Text.Json.Nodes;
using TriageBot.Cases;
using TriageBot.Dialogs.Access;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Tests;

/// <summary>The engine on a dialog of its own (it knows no particular flow): steps found by name, a loop by
/// name, a position saved by an earlier version, and a step name it does not know.</summary>
public class DialogRunnerTests
{
    /// <summary>Asks for words until "done", then says how many it got.</summary>
    private sealed class CountingDialog : Dialog
    {
        public override string Id => "counting";

        public override string Name => "the counting";

        public override IReadOnlyList<WaterfallStep> Steps { get; } =
        [
            WaterfallStep.Of("ask", _ => StepResult.Ask(PromptSpec.Text("A word?"))),
            WaterfallStep.Of("count", context =>
            {
                if (context.Result is PromptResult.Answered { Value: "done" }) return StepResult.Next;
                context.Values["n"] = (context.Values["n"]?.GetValue<int>() ?? 0) + 1;
                return StepResult.GoTo("ask");
            }),
            WaterfallStep.Of("report", context =>
            {
                context.Say($"{context.Values["n"]?.GetValue<int>() ?? 0} words.");
                return StepResult.End;
            }),
        ];
    }

    private sealed class LostDialog : Dialog
    {
        public override string Id => "lost";

        public override string Name => "the lost one";

        public override IReadOnlyList<WaterfallStep> Steps { get; } = [WaterfallStep.Of("only", _ => StepResult.GoTo("nowhere"))];
    }

    private static readonly DialogRunner Runner = new([new CountingDialog(), new LostDialog()], maxAttempts: 3);

    private static TurnScope Scope(List<Reply> replies) => new(
        new Turn { ConversationId = "chat:test", User = new UserIdentity("chat", "test") },
        new Actor(new TeamMember { Id = "test" }, new HashSet<Role> { Role.Staff }), new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc), replies);

    [Fact]
    public async Task Steps_loop_and_carry_on_by_name_and_the_frame_saves_the_name_of_the_waiting_step()
    {
        var state = new DialogState();
        var replies = new List<Reply>();
        await Runner.BeginAsync(state, "counting", [], Scope(replies), CancellationToken.None);
        Assert.Equal("count", state.Top!.At);

        await Runner.AnswerAsync(state, "alpha", Scope(replies), CancellationToken.None);
        var saved = DialogState.FromJson(state.ToJson())!;
        await Runner.AnswerAsync(saved, "beta", Scope(replies), CancellationToken.None);
        await Runner.AnswerAsync(saved, "done", Scope(replies), CancellationToken.None);

        Assert.Equal("2 words.", replies[^1].Text);
        Assert.False(saved.IsActive);
        Assert.DoesNotContain("\"step\"", state.ToJson());
    }

    [Fact]
    public async Task A_position_saved_before_steps_had_names_is_read_as_the_step_at_that_position()
    {
        var state = DialogState.FromJson("""{"stack":[{"dialogId":"counting","step":1,"values":{"n":4},"prompt":{"kind":"Text","question":"A word?"}}]}""")!;
        var replies = new List<Reply>();

        await Runner.AnswerAsync(state, "done", Scope(replies), CancellationToken.None);

        Assert.Equal("4 words.", replies[^1].Text);
    }

    [Fact]
    public async Task A_saved_step_this_version_does_not_have_ends_the_dialog_and_a_jump_to_an_unknown_step_fails_loudly()
    {
        var state = DialogState.FromJson("""{"stack":[{"dialogId":"counting","at":"renamed","values":{},"prompt":{"kind":"Text","question":"A word?"}}]}""")!;
        await Runner.AnswerAsync(state, "alpha", Scope([]), CancellationToken.None);
        Assert.False(state.IsActive);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Runner.BeginAsync(new DialogState(), "lost", [], Scope([]), CancellationToken.None));
        Assert.Equal("Dialog 'lost' has no step 'nowhere'.", error.Message);
    }
}
