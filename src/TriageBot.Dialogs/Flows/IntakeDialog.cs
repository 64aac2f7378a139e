using System.Text.Json;
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
/// A request read as P0 or P1 (at the first reading, or after more was pasted) is opened and paged at once, before
/// any question; the questions then complete that case, and a correction to "not an emergency" stands the pages down.
/// </summary>
internal sealed class IntakeDialog : Dialog
{
    public const string DialogId = "intake";
    public const string CorrectionReason = "corrected at intake";
    private const string DraftKey = "draft";

    private const int AskMissingStep = 1;
    private const int AskTypeStep = 3;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly IntakeServices _services;
    private readonly UrgentOpening _urgent;

    public IntakeDialog(IntakeServices services)
    {
        _services = services;
        _urgent = new UrgentOpening(services);
        Steps = [TriageAsync, AskMissingAsync, Sync(ReceiveMissing), Sync(AskType), Sync(ReceiveTypeAskEmergency), OpenCaseAsync];
    }

    public override string Id => DialogId;

    public override string Name => "the intake";

    public override IReadOnlyList<DialogStep> Steps { get; }

    /// <summary>The starting values for a request that just came in (with the case it opened already, when an
    /// urgent paste was opened and paged before its intake began).</summary>
    public static JsonObject Start(RequestInput input, string? openedCaseId = null) =>
        Save(new JsonObject(), new Draft { Input = input, CaseId = openedCaseId });

    private async Task<StepResult> TriageAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var draft = Load(context);
        var result = Triage(draft);
        context.Send(Reply.WithCard("Here is what I read.", IntakeCards.Summary(result)));

        var submission = new CaseSubmission(result, draft.Input.Text, Source(draft.Input), draft.Input.AttachmentNames, context.Turn.User.Channel, context.Actor.Id);
        // A request opened and paged before its intake began is not a duplicate of itself.
        if (draft.CaseId is null && await _services.Intake.RecordIfDuplicateAsync(submission, cancellationToken).ConfigureAwait(false) is { } duplicate)
        {
            var original = duplicate.Existing;
            context.Send(Reply.WithCard($"This is already {original.Id}; I did not open a new case.",
                IntakeCards.Duplicate(original, $"{duplicate.Message} Received {original.ReceivedAt:yyyy-MM-dd} via {original.SourceChannel}.")));
            return StepResult.End;
        }

        Save(context.Values, draft with { Missing = [.. CriticalFields.MissingFrom(_services.Engine.Policy, result)], Next = 0 });
        return StepResult.Next;
    }

    private static DialogStep Sync(Func<DialogContext, StepResult> step) => (context, _) => Task.FromResult(step(context));

    /// <summary>Every way back to the questions passes here (the first reading, more pasted), so an urgent
    /// reading opens and pages the case before the next question is asked.</summary>
    private async Task<StepResult> AskMissingAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var draft = await OpenIfUrgentAsync(context, Load(context), cancellationToken).ConfigureAwait(false);
        return draft.Next < draft.Missing.Count
            ? StepResult.Ask(PromptSpec.Text($"Missing: {RequestFieldNames.Describe(draft.Missing[draft.Next])}. Type it, or paste more of the request", allowSkip: true))
            : StepResult.GoTo(AskTypeStep);
    }

    private async Task<Draft> OpenIfUrgentAsync(DialogContext context, Draft draft, CancellationToken cancellationToken)
    {
        if (draft.CaseId is not null) return draft;
        var result = FieldAnswers.Apply(Triage(draft), draft.Answers);
        if (await _urgent.OpenAsync(draft.Input, result, context.Turn.User.Channel, context.Actor.Id, cancellationToken).ConfigureAwait(false)
            is not { Case: var opened, Paging: var paging })
            return draft; // not urgent, or a duplicate: the last step says so
        context.Send(Reply.WithCard($"This reads as {opened.Priority}, so I opened {opened.Id} and paged before asking anything. {paging} The questions below complete the case.",
            IntakeCards.Case(opened, _services, context.Now, paging)));
        draft = draft with { CaseId = opened.Id };
        Save(context.Values, draft);
        return draft;
    }

    private StepResult ReceiveMissing(DialogContext context)
    {
        var draft = Load(context);
        var field = draft.Missing[draft.Next];
        draft = context.Result switch
        {
            PromptResult.Answered answer => draft with { Answers = new(draft.Answers) { [field] = answer.Value }, Next = draft.Next + 1 },
            PromptResult.Pasted pasted => Merge(context, draft, pasted.Input),
            _ => draft with { Skipped = [.. draft.Skipped, field], Next = draft.Next + 1 },
        };
        Save(context.Values, draft);
        return StepResult.GoTo(AskMissingStep);
    }

    private StepResult AskType(DialogContext context)
    {
        var result = Triage(Load(context));
        var choices = Enum.GetValues<LegalProcessType>().Select(t => new PromptChoice(t.ToWireName(), t.Describe())).ToList();
        return StepResult.Ask(PromptSpec.Choice(
            $"I read this as: {result.ProcessType.Describe()}. Is that the right type? Answer yes, or pick the right one.",
            choices, result.ProcessType.ToWireName()));
    }

    private StepResult ReceiveTypeAskEmergency(DialogContext context)
    {
        var draft = Load(context);
        if (context.Result is PromptResult.Pasted pasted)
        {
            Save(context.Values, Merge(context, draft, pasted.Input));
            return StepResult.GoTo(AskMissingStep);
        }
        if (context.Result is PromptResult.Answered answer) draft = draft with { Type = answer.Value };
        Save(context.Values, draft);
        var emergency = Triage(draft).Flags.Emergency;
        return StepResult.Ask(PromptSpec.Confirm(emergency
            ? "I think this is an emergency (danger of death or serious physical injury). Is it?"
            : "I do not see an emergency (danger of death or serious physical injury). Is it one?"));
    }

    private async Task<StepResult> OpenCaseAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var draft = Load(context);
        if (context.Result is PromptResult.Pasted pasted)
        {
            Save(context.Values, Merge(context, draft, pasted.Input));
            return StepResult.GoTo(AskMissingStep);
        }
        var result = FieldAnswers.Apply(Triage(draft), draft.Answers);
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
                context.Send(Reply.WithCard(duplicate.Message, IntakeCards.Duplicate(duplicate.Existing, duplicate.Message)));
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

    private Draft Merge(DialogContext context, Draft draft, RequestInput more)
    {
        var merged = draft with { Input = draft.Input.MergedWith(more) };
        var result = FieldAnswers.Apply(Triage(merged), merged.Answers);
        var missing = CriticalFields.MissingFrom(_services.Engine.Policy, result).Where(f => !merged.Answers.ContainsKey(f) && !merged.Skipped.Contains(f)).ToList();
        context.Send(Reply.WithCard("I added that to the request and read it again.", IntakeCards.Summary(result)));
        return merged with { Missing = missing, Next = 0 };
    }

    private TriageResult Triage(Draft draft) => _services.Engine.Triage(draft.Input.ToDocument());

    private static string Note(Draft draft)
    {
        var lines = draft.Answers.Select(a => $"{RequestFieldNames.Describe(a.Key)}: {a.Value}").ToList();
        if (draft.Skipped.Count > 0) lines.Add("Not known at intake: " + string.Join(", ", draft.Skipped.Select(RequestFieldNames.Describe)));
        return "Given at intake:\n" + string.Join("\n", lines);
    }

    private static string Source(RequestInput input) => UrgentOpening.SourceOf(input);

    private static Draft Load(DialogContext context) =>
        context.Values[DraftKey].Deserialize<Draft>(Json) ?? throw new InvalidOperationException("The intake lost its draft.");

    private static JsonObject Save(JsonObject values, Draft draft)
    {
        values[DraftKey] = JsonSerializer.SerializeToNode(draft, Json);
        return values;
    }

    /// <summary>The intake's memory between turns.</summary>
    private sealed record Draft
    {
        public required RequestInput Input { get; init; }
        public List<string> Missing { get; init; } = [];
        public int Next { get; init; }
        public Dictionary<string, string> Answers { get; init; } = [];
        public List<string> Skipped { get; init; } = [];
        public string? Type { get; init; }
        /// <summary>The case opened at an urgent reading, before the questions.</summary>
        public string? CaseId { get; init; }
    }

    /// <summary>The case an intake in progress opened already (urgent at its reading), if any.</summary>
    public static string? OpenedCaseOf(JsonObject values) =>
        values[DraftKey]?.Deserialize<Draft>(Json)?.CaseId;
}
