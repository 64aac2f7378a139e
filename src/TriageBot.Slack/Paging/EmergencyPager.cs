using Microsoft.Extensions.Logging;
using TriageBot.Cases;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;
using TriageBot.Dialogs.Messages;
using TriageBot.Slack.BlockKit;
using TriageBot.Slack.Outbound;

namespace TriageBot.Slack.Paging;

/// <summary>A page could not be sent now; it is stored and the escalation clock keeps trying.</summary>
public sealed class PageNotSentException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// Pages the on-call chain in Slack: a DM to the primary with the case and the buttons Acknowledge, Take case and
/// Open, and a notice without personal data in the emergency channel. Without an acknowledgement within the
/// priority's timeout the next member is paged (secondary, the managers, then the chain again). Every step is
/// stored before and after it is sent, keyed by case and step, so a restart continues where it stopped and a step
/// recorded as sent is never sent again. Steps run one at a time in this process (pages are few, and it rules out
/// the clock and an acknowledgement racing on one escalation).
/// </summary>
public sealed class EmergencyPager : IPageSink
{
    private const string NoSlackAccount = "no Slack account";

    private readonly IEscalationStore _store;
    private readonly Func<SlackWebApi> _api;
    private readonly OnCallSchedule _onCall;
    private readonly CaseWorkflow _workflow;
    private readonly PagingOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<EmergencyPager> _logger;
    private readonly PageRecipients _recipients;
    private readonly PageMessages _messages;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <param name="api">A Web API client per use: the typed HttpClient behind it is short-lived by design.</param>
    public EmergencyPager(IEscalationStore store, Func<SlackWebApi> api, OnCallSchedule onCall, CaseWorkflow workflow,
        CasesOptions cases, PagingOptions options, TimeProvider time, ILogger<EmergencyPager> logger)
    {
        _store = store;
        _api = api;
        _onCall = onCall;
        _workflow = workflow;
        _options = options;
        _time = time;
        _logger = logger;
        _recipients = new PageRecipients(cases);
        _messages = new PageMessages(cases, new BlockKitRenderer());
    }

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    /// <summary>Starts the escalation (stored first, so a crash cannot lose it) and pages the primary now.
    /// A repeated request for the same case continues the escalation already stored.</summary>
    /// <exception cref="PageNotSentException">Slack refused or could not be reached; the clock retries.</exception>
    public async Task PageAsync(PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var now = Now;
        var chain = await ChainAsync(page.OnCallPrimary, cancellationToken).ConfigureAwait(false);
        var escalation = await _store.StartAsync(new Escalation(page.CaseId, page.Priority, page.ProcessType, page.ReceivedAt, page.DueAt, page.Missing, chain, now)
        {
            NextPageAt = now,
            NextCheckAt = now,
        }, cancellationToken).ConfigureAwait(false);

        if (await AdvanceAsync(escalation.CaseId, cancellationToken).ConfigureAwait(false) is { } failure)
            throw new PageNotSentException($"Slack did not take the page for {page.CaseId} ({failure.Message}); TriageBot retries every {_options.TickInterval.TotalSeconds:0} seconds.", failure);
    }

    /// <summary>One tick of the escalation clock: every escalation due now moves on (a page, a notice, or an
    /// update that failed before). Returns how many were looked at.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var due = await _store.DueAsync(Now, cancellationToken).ConfigureAwait(false);
        foreach (var escalation in due)
        {
            try
            {
                await AdvanceAsync(escalation.CaseId, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                _logger.LogError(e, "Escalation of {CaseId} failed; it is retried at the next tick", escalation.CaseId);
            }
        }
        return due.Count;
    }

    /// <summary>
    /// Someone answered the page (Acknowledge, or Take case on the paged case): the escalation stops, the audit
    /// trail records who and when, and every page and the notice are updated in place. False when the case was
    /// not paged or the Slack user is not on the team.
    /// </summary>
    public async Task<bool> AcknowledgeAsync(string caseId, string slackUserId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(caseId);
        ArgumentException.ThrowIfNullOrEmpty(slackUserId);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (await _store.GetAsync(caseId, cancellationToken).ConfigureAwait(false) is not { } escalation) return false;
            var api = _api();
            if (!escalation.IsAcknowledged)
            {
                var member = escalation.Pages.FirstOrDefault(p => p.ChatUserId == slackUserId)?.Member
                    ?? await _recipients.MemberOfAsync(api, slackUserId, cancellationToken).ConfigureAwait(false);
                if (member is null)
                {
                    _logger.LogWarning("Slack user {SlackUser} tried to acknowledge the page for {CaseId} but is not on the team", slackUserId, caseId);
                    return false;
                }
                // The audit trail first: an escalation is never stopped without the record of who stopped it.
                try
                {
                    await _workflow.AcknowledgeAsync(caseId, member, cancellationToken).ConfigureAwait(false);
                }
                catch (CaseNotFoundException)
                {
                    _logger.LogWarning("The paged case {CaseId} no longer exists; its escalation stops", caseId);
                }
                escalation = await SaveAsync(escalation with { AcknowledgedBy = member, AcknowledgedAt = Now }, cancellationToken).ConfigureAwait(false);
                _logger.LogInformation("Page for {CaseId} acknowledged by {Member}", caseId, member);
            }
            await ShowAcknowledgementAsync(api, escalation, cancellationToken).ConfigureAwait(false);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Moves one escalation on; returns the failure of a page that could not be sent (already logged).</summary>
    private async Task<Exception?> AdvanceAsync(string caseId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (await _store.GetAsync(caseId, cancellationToken).ConfigureAwait(false) is not { } escalation) return null;
            var api = _api();
            if (escalation.IsAcknowledged)
            {
                await ShowAcknowledgementAsync(api, escalation, cancellationToken).ConfigureAwait(false);
                return null;
            }

            Exception? failure = null;
            // Members without a Slack account are skipped at once, but one pass never goes round the whole chain.
            for (var pass = 0; Now >= escalation.NextPageAt && pass <= escalation.Chain.Count; pass++)
            {
                try
                {
                    (escalation, var skipped) = await PageNextAsync(api, escalation, cancellationToken).ConfigureAwait(false);
                    if (!skipped) break;
                }
                catch (Exception e) when (e is SlackApiException or HttpRequestException)
                {
                    _logger.LogError("Page {Step} for {CaseId} not sent: {Error}; retried at the next tick", escalation.NextStep, caseId, e.Message);
                    failure = e;
                    break;
                }
            }

            escalation = await UpdateNoticeAsync(api, escalation, cancellationToken).ConfigureAwait(false);
            if (escalation.NextCheckAt != NextCheck(escalation))
                await SaveAsync(escalation, cancellationToken).ConfigureAwait(false);
            return failure;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Pages step <see cref="Escalation.NextStep"/>; true when its member could not be reached and was skipped.</summary>
    private async Task<(Escalation, bool Skipped)> PageNextAsync(SlackWebApi api, Escalation escalation, CancellationToken cancellationToken)
    {
        var timeout = _options.AckTimeout(escalation.Priority);
        var chain = escalation.Chain.Count > 0 ? escalation.Chain : await ChainAsync(null, cancellationToken).ConfigureAwait(false);
        if (chain.Count == 0)
        {
            _logger.LogError("Nobody to page for {CaseId}: the on-call rotation and the manager chain are empty", escalation.CaseId);
            return (await SaveAsync(escalation with { NextPageAt = Now + timeout }, cancellationToken).ConfigureAwait(false), false);
        }

        var step = escalation.NextStep;
        var member = chain[step % chain.Count];
        var user = await _recipients.SlackUserOfAsync(api, member, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            _logger.LogWarning("Cannot page {Member} for {CaseId}: {Reason}; paging the next in the chain", member, escalation.CaseId, NoSlackAccount);
            var skippedPage = new EscalationPage(step, member, Now, null) { Skipped = NoSlackAccount };
            // A whole round nobody could be reached: wait a timeout rather than spin through the chain.
            var roundLost = step + 1 >= chain.Count && escalation.Pages.TakeLast(chain.Count - 1).All(p => p.Skipped is not null);
            if (roundLost) _logger.LogError("Nobody in the paging chain for {CaseId} can be reached on Slack", escalation.CaseId);
            return (await SaveAsync(escalation with { Chain = chain, Pages = [.. escalation.Pages, skippedPage], NextPageAt = roundLost ? Now + timeout : Now }, cancellationToken).ConfigureAwait(false), !roundLost);
        }

        var channel = await api.OpenConversationAsync(user, cancellationToken).ConfigureAwait(false);
        var posted = await api.PostMessageAsync(channel, _messages.Page(escalation, step, timeout), null, cancellationToken).ConfigureAwait(false);
        // Recorded at once: from here a restart does not send this step again.
        var page = new EscalationPage(step, member, Now, new MessageRef(posted.Channel, posted.Ts)) { ChatUserId = user };
        _logger.LogInformation("Paged {Member} for {CaseId} (step {Step})", member, escalation.CaseId, step);
        return (await SaveAsync(escalation with { Chain = chain, Pages = [.. escalation.Pages, page], NextPageAt = Now + timeout }, cancellationToken).ConfigureAwait(false), false);
    }

    /// <summary>Posts the channel notice, or updates it when the escalation climbed; a failure is retried at the next tick.</summary>
    private async Task<Escalation> UpdateNoticeAsync(SlackWebApi api, Escalation escalation, CancellationToken cancellationToken)
    {
        if (!NoticePending(escalation)) return escalation;
        try
        {
            if (escalation.Notice is null)
            {
                var posted = await api.PostMessageAsync(_options.EmergencyChannel!, _messages.Notice(escalation), null, cancellationToken).ConfigureAwait(false);
                return await SaveAsync(escalation with { Notice = new MessageRef(posted.Channel, posted.Ts), NoticeShowsPages = escalation.Pages.Count }, cancellationToken).ConfigureAwait(false);
            }
            await api.UpdateMessageAsync(escalation.Notice.Channel, escalation.Notice.Ts, _messages.Notice(escalation), cancellationToken).ConfigureAwait(false);
            return await SaveAsync(escalation with { NoticeShowsPages = escalation.Pages.Count }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException)
        {
            _logger.LogError("Emergency channel notice for {CaseId} not sent: {Error}; retried at the next tick", escalation.CaseId, e.Message);
            return escalation;
        }
    }

    /// <summary>Every page and the notice say who acknowledged, without buttons; failures are retried at the next tick.</summary>
    private async Task ShowAcknowledgementAsync(SlackWebApi api, Escalation escalation, CancellationToken cancellationToken)
    {
        if (escalation.AcknowledgementShown) return;
        var failed = false;
        var updates = escalation.Pages.Select(p => p.Message).OfType<MessageRef>().Select(m => (m, _messages.Acknowledged(escalation))).ToList();
        if (escalation.Notice is { } notice) updates.Add((notice, _messages.Notice(escalation)));
        foreach (var (message, content) in updates)
        {
            try
            {
                await api.UpdateMessageAsync(message.Channel, message.Ts, content, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is SlackApiException or HttpRequestException)
            {
                _logger.LogError("Could not mark a page for {CaseId} acknowledged: {Error}; retried at the next tick", escalation.CaseId, e.Message);
                failed = true;
            }
        }
        await SaveAsync(escalation with { AcknowledgementShown = !failed, NoticeShowsPages = escalation.Pages.Count }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Saves with the version read; writes go one at a time through this pager, the one owner of the
    /// database, so a conflict is a defect.</summary>
    private async Task<Escalation> SaveAsync(Escalation escalation, CancellationToken cancellationToken) =>
        await _store.SaveAsync(escalation with { NextCheckAt = NextCheck(escalation) }, escalation.Version, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The escalation of {escalation.CaseId} was changed by someone else.");

    private DateTime? NextCheck(Escalation e) => e.IsAcknowledged
        ? (e.AcknowledgementShown ? null : Now)
        : NoticePending(e) ? Min(Now, e.NextPageAt) : e.NextPageAt;

    private bool NoticePending(Escalation e) =>
        !string.IsNullOrWhiteSpace(_options.EmergencyChannel) && !e.IsAcknowledged && (e.Notice is null || e.NoticeShowsPages < e.Pages.Count);

    private static DateTime Min(DateTime a, DateTime b) => a <= b ? a : b;

    /// <summary>Primary, secondary, then the managers in order; each member once.</summary>
    private async Task<IReadOnlyList<string>> ChainAsync(string? primary, CancellationToken cancellationToken)
    {
        var shift = await _onCall.WhoIsOnCallAsync(Now, cancellationToken).ConfigureAwait(false);
        return [.. new[] { primary ?? shift.Primary, shift.Secondary }.Concat(shift.Managers)
            .OfType<string>().Where(m => m.Trim().Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
