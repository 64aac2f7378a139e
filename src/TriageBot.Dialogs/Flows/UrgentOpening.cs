using TriageBot.Cases.Model;
using TriageBot.Cases.Paging;
using TriageBot.Cases.Workflow;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Flows;

/// <summary>A case opened and paged at its first reading, and what the pager said.</summary>
internal sealed record UrgentOpened(CaseRecord Case, string Paging);

/// <summary>
/// Opens and pages a request the engine reads as P0 or P1 before any question is asked. The intake's first reading
/// comes here, and so does an urgent request pasted while another intake waits for an answer: an emergency never
/// waits behind a question.
/// </summary>
internal sealed class UrgentOpening(IntakeServices services)
{
    /// <summary>The opened case, or null when the reading is not urgent or the request is a duplicate (the
    /// intake says so in its own words).</summary>
    public async Task<UrgentOpened?> OpenAsync(RequestInput input, TriageResult result, string channel, string actor, CancellationToken cancellationToken)
    {
        if (result.Priority is not (Priority.P0 or Priority.P1)) return null;
        var submission = new CaseSubmission(result, input.Text, SourceOf(input), input.AttachmentNames, channel, actor);
        var outcome = await services.Intake.OpenAsync(submission, cancellationToken).ConfigureAwait(false);
        if (outcome is not IntakeOutcome.Opened { Case: var opened }) return null;
        return new UrgentOpened(opened, await PageAsync(opened, SourceOf(input), actor, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Pages (or reports the page already out) and says who was reached, on which channel; a page that
    /// could not be sent is said loudly, never swallowed.</summary>
    public async Task<string> PageAsync(CaseRecord opened, string source, string actor, CancellationToken cancellationToken)
    {
        try
        {
            var report = await services.Paging.PageAsync(new PagingCall(opened.Id, source, actor), cancellationToken).ConfigureAwait(false);
            return $"{opened.Priority}: {report.Describe(id => IntakeCards.NameOf(services.Options, id))}";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return $"{opened.Priority}: the page could NOT be sent ({e.GetType().Name}): call the on-call reviewer now.";
        }
    }

    public static string SourceOf(RequestInput input) => input.FileNames.Count > 0 ? string.Join(", ", input.FileNames) : "chat paste";
}
