using System.Text.Json.Nodes;
using TriageBot.Cases;
using TriageBot.Cases.Model;
using TriageBot.Cases.Paging;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Messages;
using TriageBot.Intake;
using TriageBot.Triage;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Flows;

/// <summary>What the intake needs from the rest of TriageBot. One set per process.</summary>
public sealed record IntakeServices(
    TriageEngine Engine,
    RequestReader Reader,
    ICaseStore Store,
    CaseIntake Intake,
    CaseWorkflow Workflow,
    OnCallSchedule OnCall,
    IEmergencyPaging Paging,
    CasesOptions Options);

/// <summary>
/// A pasted or forwarded request becomes a case: triage and a summary card; a duplicate is linked and the intake
/// stops; the missing critical fields are asked one at a time (an answer, <c>skip</c>, or more pasted text, which
/// is read again together with the original); the type and the emergency flag are confirmed or corrected; the
/// case is opened, corrections recorded with "corrected at intake", the typed answers kept in a note on the case.
/// The request is read once (and again only when more of it is pasted); the answers are applied on top of that
/// reading, so the case opened is the one the card showed.
/// A request read as P0 or P1 (at the first reading, or after more was pasted) is opened and paged at once, before
/// any question; the questions then complete that case, and a correction to "not an emergency" stands the pages down.
/// </summary>
internal sealed class IntakeDialog : Dialog
{
    public const string DialogId = "intake";
    public const string CorrectionReason = "corrected at intake";

    // Step names are saved with conversations waiting at them.
    private const string ReadStep = "read";
    public const string AskMissingStep = "ask-missing";
    private const string ReceiveMissingStep = "receive-missing";
    private const string AskTypeStep = "ask-type";
    private const string AskEmergencyStep = "ask-emergency";
    private const string OpenStep = "open";
    private const string ResumeAfterUpdateStep = "resume-after-update";
    private const string StartOverStep = "start-over";

    private readonly IntakeServices _services;
    private readonly UrgentOpening _urgent;

    public IntakeDialog(IntakeServices services)
    {
        _services = services;
        _urgent = new UrgentOpening(services);
        // The order is that of the numbered steps of earlier versions, whose saved positions map onto it.
        Steps =
        [
            new(ReadStep, ReadAsync),
            new(AskMissingStep, AskMissingAsync),
            WaterfallStep.Of(ReceiveMissingStep, ReceiveMissing),
            WaterfallStep.Of(AskTypeStep, AskType),
            WaterfallStep.Of(AskEmergencyStep, ReceiveTypeAskEmergency),
            new(OpenStep, OpenCaseAsync),
            // Reached only through ResumeStep (OpenStep always ends): a conversation saved at a renamed step.
            WaterfallStep.Of(ResumeAfterUpdateStep, ResumeAfterUpdate),
            new(StartOverStep, StartOverAsync),
        ];
    }

    public override string Id => DialogId;

    public override string Name => "the intake";

    public override IReadOnlyList<WaterfallStep> Steps { get; }

    public override string? ResumeStep => ResumeAfterUpdateStep;

    /// <summary>The starting values for a request that just came in: with its reading when it was read already,
    /// and the case it opened, when an urgent paste was opened and paged before its intake began.</summary>
    public JsonObject Start(RequestInput input, string? openedCaseId = null, TriageResult? reading = null, DateTime? readAt = null)
    {
        var draft = new IntakeDraft { Input = input, CaseId = openedCaseId };
        return (reading is null ? draft : WithMissing(draft with { Reading = reading, ReadAt = readAt })).SaveTo([]);
    }

    /// <summary>The case an intake in progress opened already (urgent at its reading), if any.</summary>
    public static string? OpenedCaseOf(JsonObject values) => IntakeDraft.From(values)?.CaseId;

    /// <summary>More of the same request: read again together, the summary shown, the missing fields worked out
    /// anew (leaving out those answered or skipped). The dialog then carries on at <see cref="AskMissingStep"/>.</summary>
    public void AddToRequest(JsonObject values, RequestInput more, DateTime now, ICollection<Reply> replies)
    {
        var draft = Load(values, now);
        draft = Read(draft with { Input = draft.Input.MergedWith(more) }, now);
        replies.Add(Reply.WithCard("I added that to the request and read it again.", IntakeCards.Summary(draft.Completed)));
        draft.SaveTo(values);
    }

    private async Task<StepResult> ReadAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var draft = Load(context);
        var result = draft.Reading!;
        context.Send(Reply.WithCard("Here is what I read.", IntakeCards.Summary(result)));

        var submission = new CaseSubmission(result, draft.Input.Text, Source(draft.Input), draft.Input.AttachmentNames, context.Turn.User.Channel, context.Actor.Id);
        // A request opened and paged before its intake began is not a duplicate of itself.
        if (draft.CaseId is null && await _services.Intake.RecordIfDuplicateAsync(submission, cancellationToken).ConfigureAwait(false) is { } duplicate)
        {
            var original = duplicate.Existing;
            context.Send(Reply.WithCard($"This is already {original.Id}; I did not open a new case.",
                IntakeCards.Duplicate(original, $"{duplicate.Message} Received {TeamClock.For(_services.Options).Day(original.ReceivedAt)} via {original.SourceChannel}.", TeamClock.For(_services.Options))));
            return StepResult.End;
        }
        return StepResult.Next;
    }

    /// <summary>Every way back to the questions passes here (the first reading, more pasted), so an urgent
    /// reading opens and pages the case before the next question is asked.</summary>
    private async Task<StepResult> AskMissingAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var draft = await OpenIfUrgentAsync(context, Load(context), cancellationToken).ConfigureAwait(false);
        if (draft.Unanswered.Count == 0) return StepResult.GoTo(AskTypeStep);
        var question = MissingFieldsForm.Question(draft.Unanswered, draft.Refused, _services.Engine.Policy.DefaultRegion);
        if (draft.Refused.Count > 0) (draft with { Refused = [] }).SaveTo(context.Values); // shown once, in the form
        return StepResult.Ask(question);
    }

    private async Task<IntakeDraft> OpenIfUrgentAsync(DialogContext context, IntakeDraft draft, CancellationToken cancellationToken)
    {
        if (draft.CaseId is not null) return draft;
        if (await _urgent.OpenAsync(draft.Input, draft.Completed, context.Turn.User.Channel, context.Actor.Id, cancellationToken).ConfigureAwait(false)
            is not { Case: var opened, Paging: var paging })
            return draft; // not urgent, or a duplicate: the last step says so
        context.Send(Reply.WithCard($"This reads as {opened.Priority}, so I opened {opened.Id} and paged before asking anything. {paging} The questions below complete the case.",
            IntakeCards.Case(opened, _services, context.Now, paging)));
        draft = draft with { CaseId = opened.Id };
        draft.SaveTo(context.Values);
        return draft;
    }

    private StepResult ReceiveMissing(DialogContext context)
    {
        var draft = Load(context);
        if (draft.Unanswered is not [var field, ..]) return StepResult.GoTo(AskMissingStep);
        draft = context.Result switch
        {
            PromptResult.Answered answer when MissingFieldsForm.Problem(field, answer.Value, _services.Engine.Policy.DefaultRegion) is { } problem =>
                Refuse(context, draft, new FormProblem(field, answer.Value.Trim(), problem)),
            PromptResult.Answered answer => draft with { Answers = new(draft.Answers) { [field] = answer.Value } },
            PromptResult.Submitted form => Fill(context, draft, form),
            _ => draft with { Skipped = [.. draft.Skipped, field] },
        };
        draft.SaveTo(context.Values);
        return StepResult.GoTo(AskMissingStep);
    }

    /// <summary>A typed answer that cannot be used: said, with what was wrong and what is accepted, and asked
    /// again with the text as typed in the form, so nothing is lost.</summary>
    private static IntakeDraft Refuse(DialogContext context, IntakeDraft draft, FormProblem problem)
    {
        context.Say($"Not saved: {RequestFieldNames.Describe(problem.Key)}: {problem.Message} Correct it below, or type `skip`.");
        return draft with { Refused = [problem] };
    }

    /// <summary>Every usable value of the form at once, as if typed one by one; a refused one is said, with why,
    /// and offered again as typed.</summary>
    private static IntakeDraft Fill(DialogContext context, IntakeDraft draft, PromptResult.Submitted form)
    {
        var open = draft.Unanswered;
        var answers = new Dictionary<string, string>(draft.Answers);
        foreach (var (field, value) in form.Values)
            if (open.Contains(field)) answers[field] = value;
        var refused = form.Problems.Where(p => open.Contains(p.Key)).ToList();
        var saved = answers.Count - draft.Answers.Count;
        var said = saved == 0 ? "Nothing saved from the form." : $"Saved {saved} answer{(saved == 1 ? "" : "s")} from the form.";
        if (refused.Count > 0)
            said += " Not saved: " + string.Join(" ", refused.Select(r => $"{RequestFieldNames.Describe(r.Key)}: {r.Message}")) + " Correct it below.";
        context.Say(said);
        return draft with { Answers = answers, Refused = refused };
    }

    private StepResult AskType(DialogContext context)
    {
        var result = Load(context).Completed;
        var choices = Enum.GetValues<LegalProcessType>().Select(t => new PromptChoice(t.ToWireName(), t.Describe())).ToList();
        return StepResult.Ask(PromptSpec.Choice(
            $"I read this as: {result.ProcessType.Describe()}. Is that the right type? Answer yes, or pick the right one.",
            choices, result.ProcessType.ToWireName()));
    }

    private StepResult ReceiveTypeAskEmergency(DialogContext context)
    {
        var draft = Load(context);
        if (context.Result is PromptResult.Answered answer) draft = draft with { Type = answer.Value };
        draft.SaveTo(context.Values);
        return StepResult.Ask(PromptSpec.Confirm(draft.Completed.Flags.Emergency
            ? "I think this is an emergency (danger of death or serious physical injury). Is it?"
            : "I do not see an emergency (danger of death or serious physical injury). Is it one?"));
    }

    private async Task<StepResult> OpenCaseAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var draft = Load(context);
        var result = draft.Completed;
        bool? emergency = context.Result is PromptResult.Answered a ? a.Value == "yes" : null;
        var earlier = draft.CaseId is { } openedEarly ? await _services.Store.GetAsync(openedEarly, cancellationToken).ConfigureAwait(false) : null;
        CaseRecord opened;
        if (earlier is not null)
        {
            // Opened at the first reading: the answers complete the stored reading, so the card shows them.
            opened = draft.Answers.Count > 0 || draft.Skipped.Count > 0
                ? await _services.Workflow.CompleteReadingAsync(earlier.Id, Source(draft.Input), result, cancellationToken).ConfigureAwait(false)
                : earlier;
        }
        else
        {
            var submission = new CaseSubmission(result, draft.Input.Text, Source(draft.Input), draft.Input.AttachmentNames,
                context.Turn.User.Channel, context.Actor.Id);
            var outcome = await _services.Intake.OpenAsync(submission, cancellationToken).ConfigureAwait(false);
            if (outcome is IntakeOutcome.Duplicate duplicate)
            {
                context.Send(Reply.WithCard(duplicate.Message, IntakeCards.Duplicate(duplicate.Existing, duplicate.Message, TeamClock.For(_services.Options))));
                return StepResult.End;
            }
            opened = ((IntakeOutcome.Opened)outcome).Case;
        }
        var actor = context.Actor.Id;
        if (draft.Type is { } typeName && LegalProcessTypeNames.TryParse(typeName, out var type) && type != opened.ProcessType)
            opened = await _services.Workflow.CorrectProcessTypeAsync(opened.Id, type, actor, CorrectionReason, cancellationToken).ConfigureAwait(false);
        if (emergency is { } isEmergency && isEmergency != opened.Flags.Contains(CaseFlags.Emergency))
            opened = await _services.Workflow.MarkEmergencyAsync(opened.Id, isEmergency, actor, CorrectionReason, cancellationToken).ConfigureAwait(false);
        if (draft.Answers.Count > 0 || draft.Skipped.Count > 0)
            await _services.Workflow.AddNoteAsync(opened.Id, actor, Note(draft), cancellationToken).ConfigureAwait(false);

        var replies = new List<string> { earlier is null ? $"Opened {opened.Id}." : $"Completed {opened.Id}." };
        string? paging = null;
        if (opened.Priority is Priority.P0 or Priority.P1)
        {
            // Paged already at the first reading: the page stands; else (raised to an emergency by the answer) now.
            paging = await _urgent.PageAsync(opened, Source(draft.Input), actor, cancellationToken).ConfigureAwait(false);
            replies.Add(paging);
        }
        else if (earlier is not null)
        {
            var report = await _services.Paging.StandDownAsync(opened.Id, actor, "not an emergency (corrected at intake)", cancellationToken).ConfigureAwait(false);
            if (report is not null)
            {
                paging = $"{opened.Priority} now: the pages were stood down.";
                replies.Add(paging);
            }
        }
        context.Send(Reply.WithCard(string.Join(" ", replies), IntakeCards.Case(opened, _services, context.Now, paging)));
        return StepResult.End;
    }

    /// <summary>Saved at a step this version does not have: say so, say what is kept (the request, the answers,
    /// the case already opened), and offer to start over from the request with the answers kept.</summary>
    private static StepResult ResumeAfterUpdate(DialogContext context)
    {
        IntakeDraft? draft;
        try
        {
            draft = IntakeDraft.From(context.Values);
        }
        catch (System.Text.Json.JsonException)
        {
            draft = null; // a draft of a shape this version cannot read: said below, not thrown at the person
        }
        if (draft is null || (string.IsNullOrWhiteSpace(draft.Input.Text) && draft.Input.AttachmentNames.Count == 0))
        {
            context.Say(DialogRunner.Updated + "this intake where it stood, and nothing of it was saved to keep. Paste or send the request again to start over.");
            return StepResult.End;
        }
        var kept = new List<string> { "the request you sent" };
        if (draft.Answers.Count > 0) kept.Add(draft.Answers.Count == 1 ? "your answer (" + Describe(draft.Answers) + ")" : $"your {draft.Answers.Count} answers ({Describe(draft.Answers)})");
        if (draft.CaseId is { } id) kept.Add($"case {id}, opened already");
        // The message that arrived was an answer to a question this version does not ask: it is shown back, not used.
        var last = context.Result is PromptResult.Answered { Value: var typed } ? $" Your last message (“{Shorten(typed)}”) was not used; give it again when asked." : "";
        return StepResult.Ask(PromptSpec.Confirm(
            $"{DialogRunner.Updated}this intake where it stood. Kept: {string.Join(", ", kept)}.{last} Start over from the request, with your answers kept?"));

        static string Describe(Dictionary<string, string> answers) => string.Join("; ", answers.Keys.Select(RequestFieldNames.Describe));
        static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
    }

    private async Task<StepResult> StartOverAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var draft = IntakeDraft.From(context.Values)!;
        if (context.Result is PromptResult.Answered { Value: "yes" })
        {
            // Read again, as the current version reads; the answers given stay and are not asked again.
            (draft with { Reading = null, ReadAt = null, Refused = [], Type = null }).SaveTo(context.Values);
            return StepResult.GoTo(ReadStep);
        }
        if (draft.CaseId is { } id && (draft.Answers.Count > 0 || draft.Skipped.Count > 0))
        {
            // The case stays; what was typed for it is not lost with the intake.
            await _services.Workflow.AddNoteAsync(id, context.Actor.Id, Note(draft), cancellationToken).ConfigureAwait(false);
            context.Say($"Stopped. {id} stays open as it is; your answers are kept on it as a note.");
        }
        else
        {
            context.Say(draft.CaseId is { } open ? $"Stopped. {open} stays open as it is." : "Stopped; nothing was opened. Paste the request again any time.");
        }
        return StepResult.End;
    }

    private static string Note(IntakeDraft draft)
    {
        var lines = draft.Answers.Select(a => $"{RequestFieldNames.Describe(a.Key)}: {a.Value}").ToList();
        if (draft.Skipped.Count > 0) lines.Add("Not known at intake: " + string.Join(", ", draft.Skipped.Select(RequestFieldNames.Describe)));
        return "Given at intake:\n" + string.Join("\n", lines);
    }

    private static string Source(RequestInput input) => UrgentOpening.SourceOf(input);

    private IntakeDraft Load(DialogContext context) => Load(context.Values, context.Now);

    /// <summary>The saved draft; one saved before readings were kept is read now, once.</summary>
    private IntakeDraft Load(JsonObject values, DateTime now)
    {
        var draft = IntakeDraft.From(values) ?? throw new InvalidOperationException("The intake lost its draft.");
        if (draft.Reading is not null) return draft;
        draft = Read(draft, now);
        draft.SaveTo(values);
        return draft;
    }

    /// <summary>Reads the request (the one triage per text) and works out what is missing from that reading,
    /// leaving out the fields answered or skipped already.</summary>
    private IntakeDraft Read(IntakeDraft draft, DateTime now) =>
        WithMissing(draft with { Reading = _services.Engine.Triage(draft.Input.ToDocument()), ReadAt = now });

    private IntakeDraft WithMissing(IntakeDraft draft)
    {
        var missing = CriticalFields.MissingFrom(_services.Engine.Policy, draft.Completed).Where(f => !draft.Answers.ContainsKey(f) && !draft.Skipped.Contains(f));
        return draft with { Missing = [.. missing] };
    }
}
