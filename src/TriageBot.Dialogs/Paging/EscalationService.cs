using Microsoft.Extensions.Logging;
using TriageBot.Cases;
using TriageBot.Cases.Model;
using TriageBot.Cases.Paging;
using TriageBot.Cases.Scheduling;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;
using TriageBot.Dialogs.Access;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Paging;

public enum AckOutcome { Acknowledged, AlreadyAcknowledged, Refused, NotPaged, StoodDown }

/// <summary>What pressing Acknowledge did; <see cref="Message"/> is the answer to the person who pressed.</summary>
public sealed record AckResult(AckOutcome Outcome, string Message);

/// <summary>
/// The case desk's pager. One escalation per case climbs the chain — on-call primary, secondary, the managers,
/// round again — until someone acknowledges. Each step goes to every channel that can reach the member; a
/// permanent failure moves to the next person at once, a passing one is retried with back-off inside the step.
/// Every attempt, step, acknowledgement, refusal and stand-down is written to the case's audit trail, and the
/// escalation is stored after every step, so a restart neither loses nor repeats one. Steps run one at a time in
/// this process (pages are few; it rules out the clock and an acknowledgement racing on one escalation).
/// </summary>
public sealed class EscalationService : IEmergencyPaging
{
    private readonly ICaseStore _store;
    private readonly IEscalationStore _escalations;
    private readonly CaseWorkflow _workflow;
    private readonly OnCallSchedule _onCall;
    private readonly CasesOptions _roster;
    private readonly PagingOptions _options;
    private readonly IReadOnlyList<IPageChannel> _channels;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TeamDirectory _directory;
    private readonly PageCards _cards;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public EscalationService(ICaseStore store, IEscalationStore escalations, CaseWorkflow workflow, OnCallSchedule onCall, CasesOptions roster,
        PagingOptions options, IEnumerable<IPageChannel> channels, TimeProvider time, ILogger<EscalationService> logger)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _escalations = escalations ?? throw new ArgumentNullException(nameof(escalations));
        _workflow = workflow ?? throw new ArgumentNullException(nameof(workflow));
        _onCall = onCall ?? throw new ArgumentNullException(nameof(onCall));
        _roster = roster ?? throw new ArgumentNullException(nameof(roster));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _channels = [.. channels ?? throw new ArgumentNullException(nameof(channels))];
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _directory = new TeamDirectory(roster);
        _cards = new PageCards(roster);
    }

    public IReadOnlyList<IPageChannel> Channels => _channels;

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    public async Task<PagingReport> PageAsync(PagingCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var c = await _store.GetAsync(call.CaseId, cancellationToken).ConfigureAwait(false)
                ?? throw new ArgumentException($"No case {call.CaseId}.", nameof(call));
            if (!PageFacts.IsUrgent(c)) return new PagingReport(c.Id, PagingState.NotUrgent, [], []);
            var fresh = await PageFacts.NewEscalationAsync(c, call, _onCall, Now, cancellationToken).ConfigureAwait(false);
            var e = await _escalations.StartAsync(fresh, cancellationToken).ConfigureAwait(false);
            var before = e.Pages.Count;
            e = await AdvanceAsync(e, c, cancellationToken).ConfigureAwait(false);
            return Report(e, before);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<PagingReport?> StandDownAsync(string caseId, string actor, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(caseId);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (await _escalations.GetAsync(caseId, cancellationToken).ConfigureAwait(false) is not { } e) return null;
            if (e.IsFinished) return Report(e, e.Pages.Count);
            e = await StandDownLockedAsync(e, actor, reason, cancellationToken).ConfigureAwait(false);
            return Report(e, e.Pages.Count);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Someone pressed Acknowledge (or took the case). Allowed for a member this escalation reached, and for
    /// reviewers, managers and admins; anyone else is refused and the refusal is audited. Who pressed comes from
    /// the channel's authenticated identity, never from the button: a button copied from someone else's page
    /// acknowledges nothing for its copier, and one from another case's page (wrong token) is refused.
    /// </summary>
    public async Task<AckResult> AcknowledgeAsync(string caseId, Actor actor, string? token, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(caseId);
        ArgumentNullException.ThrowIfNull(actor);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (await _escalations.GetAsync(caseId, cancellationToken).ConfigureAwait(false) is not { } e)
                return new AckResult(AckOutcome.NotPaged, $"{caseId} has no page to acknowledge.");
            if (token is not null && e.Token is not null && !string.Equals(token, e.Token, StringComparison.Ordinal))
                return await RefuseAsync(e, actor, "the button does not belong to a page of this case", cancellationToken).ConfigureAwait(false);
            var paged = e.Pages.Any(p => p.Reached && string.Equals(p.Member, actor.Id, StringComparison.OrdinalIgnoreCase));
            if (!paged && !actor.Roles.Any(r => r >= Role.Reviewer))
                return await RefuseAsync(e, actor, "only the person paged, a reviewer, a manager or an admin may acknowledge", cancellationToken).ConfigureAwait(false);
            if (e.IsAcknowledged)
                return new AckResult(AckOutcome.AlreadyAcknowledged, $"{caseId} was already acknowledged by {_cards.NameOf(e.AcknowledgedBy!)}.");
            if (e.IsStoodDown)
                return new AckResult(AckOutcome.StoodDown, $"The page for {caseId} was stood down: it is not an emergency.");

            // The audit trail first: an escalation is never stopped without the record of who stopped it.
            try
            {
                await _workflow.AcknowledgeAsync(caseId, actor.Id, cancellationToken).ConfigureAwait(false);
            }
            catch (CaseNotFoundException)
            {
                _logger.LogWarning("The paged case {CaseId} no longer exists; its escalation stops", caseId);
            }
            e = await SaveAsync(e with { AcknowledgedBy = actor.Id, AcknowledgedAt = Now }, cancellationToken).ConfigureAwait(false);
            _logger.LogInformation("Page for {CaseId} acknowledged by {Member}", caseId, actor.Id);
            await ShowClosedAsync(e, cancellationToken).ConfigureAwait(false);
            return new AckResult(AckOutcome.Acknowledged, $"Acknowledged {caseId}: nobody else is paged. It is due {_cards.Clock.At(e.DueAt, Now)}.");
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>One tick: every escalation due now moves on (a page, a notice, an update that failed before, a
    /// case saved where no pager ran). Returns how many were looked at.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var due = await _escalations.DueAsync(Now, cancellationToken).ConfigureAwait(false);
        foreach (var stale in due)
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (await _escalations.GetAsync(stale.CaseId, cancellationToken).ConfigureAwait(false) is { } e)
                    await TickAsync(e, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                _logger.LogError(ex, "Escalation of {CaseId} failed; it is retried at the next tick", stale.CaseId);
            }
            finally
            {
                _gate.Release();
            }
        }
        return due.Count;
    }

    /// <summary>Everyone a page can go to: the rotations and the manager chain.</summary>
    public IReadOnlyList<string> ChainMembers
    {
        get
        {
            var onCall = _roster.OnCall;
            return [.. onCall.Primary.Concat(onCall.Secondary).Concat(onCall.Managers).Distinct(StringComparer.OrdinalIgnoreCase)];
        }
    }

    /// <summary>Chain members (everyone on the rotations and the manager chain) no channel can reach, with why:
    /// the host warns about them at start-up and <c>/ready</c> reports them.</summary>
    public async Task<IReadOnlyList<string>> UnreachableMembersAsync(CancellationToken cancellationToken)
    {
        var members = ChainMembers;
        var warnings = new List<string>();
        foreach (var member in members)
        {
            var reasons = new List<string>();
            foreach (var channel in _channels)
            {
                var why = await channel.UnreachableReasonAsync(member, cancellationToken).ConfigureAwait(false);
                if (why is null) { reasons.Clear(); break; }
                reasons.Add($"{channel.Name}: {why}");
            }
            if (_channels.Count == 0) reasons.Add("no paging channel is configured");
            if (reasons.Count > 0) warnings.Add($"{member} ({string.Join("; ", reasons)})");
        }
        return warnings;
    }

    private async Task TickAsync(Escalation e, CancellationToken cancellationToken)
    {
        var c = await _store.GetAsync(e.CaseId, cancellationToken).ConfigureAwait(false);
        if (!e.IsFinished)
        {
            // The case changed outside the pager (the command line, a correction): the escalation follows it.
            if (c is null)
                e = await StandDownLockedAsync(e, PagingAudit.Actor, "the case no longer exists", cancellationToken).ConfigureAwait(false);
            else if (c.AcknowledgedAt is { } at)
                e = await SaveAsync(e with { AcknowledgedBy = await AcknowledgerAsync(c, cancellationToken).ConfigureAwait(false), AcknowledgedAt = at }, cancellationToken).ConfigureAwait(false);
            else if (!PageFacts.IsUrgent(c) || !c.Status.IsOpen())
                e = await StandDownLockedAsync(e, PagingAudit.Actor, $"the case is now {c.Priority} {c.Status.ToWireName()}", cancellationToken).ConfigureAwait(false);
        }
        if (e.IsFinished || c is null)
        {
            await ShowClosedAsync(e, cancellationToken).ConfigureAwait(false);
            return;
        }
        await AdvanceAsync(e, c, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> AcknowledgerAsync(CaseRecord c, CancellationToken cancellationToken)
    {
        var audit = await _store.GetAuditAsync(c.Id, cancellationToken).ConfigureAwait(false);
        return audit.LastOrDefault(a => a.Action == "acknowledged")?.Actor ?? PagingAudit.Actor;
    }

    /// <summary>Pages every step that is due; a member nobody can reach is passed over at once, but one call
    /// never goes round the whole chain: after a lost round it waits a timeout and tells people.</summary>
    private async Task<Escalation> AdvanceAsync(Escalation e, CaseRecord c, CancellationToken cancellationToken)
    {
        if (e.IsFinished)
        {
            await ShowClosedAsync(e, cancellationToken).ConfigureAwait(false);
            return e;
        }
        var timeout = _options.AckTimeout(e.Priority);
        if (e.Pending) e = await SaveAsync(e with { Pending = false }, cancellationToken).ConfigureAwait(false);
        if (e.Chain.Count == 0)
        {
            var chain = await PageFacts.ChainAsync(_onCall, Now, cancellationToken).ConfigureAwait(false);
            if (chain.Count > 0) e = await SaveAsync(e with { Chain = chain }, cancellationToken).ConfigureAwait(false);
        }

        var problems = new List<string>();
        var reached = false;
        for (var pass = 0; Now >= e.NextPageAt && pass < Math.Max(1, e.Chain.Count); pass++)
        {
            if (e.Chain.Count == 0)
            {
                problems.Add("the on-call rotation and the manager chain are empty");
                break;
            }
            var step = e.NextStep;
            var member = e.Chain[step % e.Chain.Count];
            var attempts = await PageMemberAsync(e, c, step, member, timeout, cancellationToken).ConfigureAwait(false);
            reached = attempts.Any(a => a.Delivered);
            var failures = attempts.Where(a => !a.Delivered).Select(a => $"{_cards.NameOf(member)} on {a.Via}: {a.Failure}").ToList();
            if (attempts.Count == 0) failures.Add($"{_cards.NameOf(member)}: no paging channel is configured");
            problems.AddRange(failures);
            var page = new EscalationPage(step, member, Now, attempts.FirstOrDefault(a => a.Delivered)?.Message)
            {
                Attempts = attempts,
                Skipped = reached ? null : string.Join("; ", failures),
            };
            await AuditAsync(e.CaseId, PagingAudit.Step, (step + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), member,
                reached ? $"reached on {string.Join(", ", attempts.Where(a => a.Delivered).Select(a => a.Via))}" : "not reached; next in the chain", cancellationToken).ConfigureAwait(false);
            // Stored at once: from here a restart does not send this step again.
            e = await SaveAsync(e with { Pages = [.. e.Pages, page], NextPageAt = reached ? Now + timeout : Now, NobodyReachedAt = reached ? null : e.NobodyReachedAt }, cancellationToken).ConfigureAwait(false);
            if (reached) break;
        }

        if (!reached && Now >= e.NextPageAt)
            e = await NobodyReachedAsync(e, problems, timeout, cancellationToken).ConfigureAwait(false);
        return await UpdateNoticesAsync(e, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A whole round failed: wait a timeout before the next round, and tell the submitter and every
    /// manager who can be reached, at once.</summary>
    private async Task<Escalation> NobodyReachedAsync(Escalation e, IReadOnlyList<string> problems, TimeSpan timeout, CancellationToken cancellationToken)
    {
        _logger.LogError("Nobody in the paging chain for {CaseId} could be reached: {Problems}", e.CaseId, string.Join("; ", problems));
        e = await SaveAsync(e with { NextPageAt = Now + timeout, NobodyReachedAt = Now }, cancellationToken).ConfigureAwait(false);
        var message = _cards.NobodyReached(e, problems, timeout);
        var told = new List<string>();
        var recipients = _directory.Members.Where(a => a.Roles.Any(r => r >= Role.Manager)).Select(a => a.Id)
            .Prepend(e.RequestedBy).OfType<string>().Where(id => _directory.FindById(id) is not null).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var member in recipients)
        {
            foreach (var channel in _channels)
            {
                var delivery = await SendWithRetriesAsync(() => channel.SendAsync(member, message, cancellationToken), cancellationToken).ConfigureAwait(false);
                if (delivery.Status == PageDeliveryStatus.Delivered) told.Add($"{member} on {channel.Name}");
            }
        }
        await AuditAsync(e.CaseId, PagingAudit.NobodyReached, null, told.Count == 0 ? "(nobody told)" : string.Join(", ", told),
            string.Join("; ", problems), cancellationToken).ConfigureAwait(false);
        return e;
    }

    /// <summary>One step: the page to every channel at once, each retried on passing failures; every attempt audited.</summary>
    private async Task<List<PageAttempt>> PageMemberAsync(Escalation e, CaseRecord c, int step, string member, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var message = _cards.Page(e, c, step, timeout);
        var deliveries = await Task.WhenAll(_channels.Select(channel =>
            SendWithRetriesAsync(() => channel.SendAsync(member, message, cancellationToken), cancellationToken))).ConfigureAwait(false);
        var attempts = new List<PageAttempt>();
        for (var i = 0; i < _channels.Count; i++)
        {
            var channel = _channels[i].Name;
            var d = deliveries[i];
            attempts.Add(new PageAttempt(channel, Now, d.Message, d.Status == PageDeliveryStatus.Delivered ? null : d.Problem ?? "not delivered"));
            await AuditAsync(e.CaseId, d.Status == PageDeliveryStatus.Delivered ? PagingAudit.Delivered : PagingAudit.Failed, channel, member,
                d.Status == PageDeliveryStatus.Delivered ? $"step {step + 1}" : $"step {step + 1}: {(d.Status == PageDeliveryStatus.Transient ? "still failing after retries: " : "")}{d.Problem}",
                cancellationToken).ConfigureAwait(false);
            if (d.Status == PageDeliveryStatus.Delivered) _logger.LogInformation("Paged {Member} for {CaseId} on {Channel} (step {Step})", member, e.CaseId, channel, step);
            else _logger.LogWarning("Page to {Member} for {CaseId} on {Channel} failed: {Problem}", member, e.CaseId, channel, d.Problem);
        }
        return attempts;
    }

    private async Task<PageDelivery> SendWithRetriesAsync(Func<Task<PageDelivery>> send, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            PageDelivery delivery;
            try
            {
                delivery = await send().ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Adapters report failures as values; anything thrown is unexpected and treated as passing.
                delivery = PageDelivery.Transient(e.GetType().Name);
            }
            if (delivery.Status != PageDeliveryStatus.Transient || attempt >= _options.TransientRetries) return delivery;
            await Task.Delay(_options.TransientRetryDelay * Math.Pow(2, attempt), _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Escalation> StandDownLockedAsync(Escalation e, string actor, string reason, CancellationToken cancellationToken)
    {
        await AuditAsync(e.CaseId, PagingAudit.StoodDown, null, actor, reason, cancellationToken, actor).ConfigureAwait(false);
        e = await SaveAsync(e with { StoodDownAt = Now, StoodDownBy = actor, StoodDownReason = reason }, cancellationToken).ConfigureAwait(false);
        _logger.LogInformation("Pages for {CaseId} stood down", e.CaseId);
        await ShowClosedAsync(e, cancellationToken).ConfigureAwait(false);
        return (await _escalations.GetAsync(e.CaseId, cancellationToken).ConfigureAwait(false)) ?? e;
    }

    /// <summary>Posts the channel notices, or updates them when the escalation climbed; failures retry at the next tick.</summary>
    private async Task<Escalation> UpdateNoticesAsync(Escalation e, CancellationToken cancellationToken)
    {
        var notices = e.Notices.ToList();
        var allShown = true;
        foreach (var channel in _channels.Where(ch => ch.HasNoticeChannel))
        {
            var existing = notices.FirstOrDefault(n => n.Via == channel.Name && n.Delivered);
            if (existing is not null && e.NoticeShowsPages >= e.Pages.Count) continue;
            var delivery = await SendWithRetriesAsync(() => channel.NoticeAsync(existing?.Message, _cards.Notice(e), cancellationToken), cancellationToken).ConfigureAwait(false);
            if (delivery.Status != PageDeliveryStatus.Delivered)
            {
                _logger.LogError("Emergency channel notice for {CaseId} on {Channel} not sent: {Problem}; retried at the next tick", e.CaseId, channel.Name, delivery.Problem);
                allShown = false;
                continue;
            }
            if (existing is null) notices.Add(new PageAttempt(channel.Name, Now, delivery.Message, null));
        }
        return await SaveAsync(e with { Notices = notices, NoticeShowsPages = allShown ? e.Pages.Count : e.NoticeShowsPages }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every page and notice says who acknowledged (or that the pages stood down), without buttons;
    /// each update is audited; failures are retried at the next tick.</summary>
    private async Task ShowClosedAsync(Escalation e, CancellationToken cancellationToken)
    {
        if (e.AcknowledgementShown) return;
        var failed = false;
        var channels = _channels.ToDictionary(ch => ch.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var page in e.Pages)
        {
            foreach (var delivered in page.Delivered)
            {
                if (!channels.TryGetValue(delivered.Via, out var channel)) continue; // that channel is not configured any more
                var d = await SendWithRetriesAsync(() => channel.UpdateAsync(delivered.Message!, _cards.Closed(e), cancellationToken), cancellationToken).ConfigureAwait(false);
                if (d.Status == PageDeliveryStatus.Delivered)
                    await AuditAsync(e.CaseId, PagingAudit.Updated, delivered.Via, page.Member, e.IsAcknowledged ? "acknowledged" : "stood down", cancellationToken).ConfigureAwait(false);
                else
                {
                    _logger.LogError("Could not update a page for {CaseId} on {Channel}: {Problem}; retried at the next tick", e.CaseId, delivered.Via, d.Problem);
                    failed = true;
                }
            }
        }
        foreach (var notice in e.Notices.Where(n => n.Delivered))
        {
            if (!channels.TryGetValue(notice.Via, out var channel)) continue;
            var d = await SendWithRetriesAsync(() => channel.NoticeAsync(notice.Message, _cards.Notice(e), cancellationToken), cancellationToken).ConfigureAwait(false);
            failed |= d.Status != PageDeliveryStatus.Delivered;
        }
        await SaveAsync(e with { AcknowledgementShown = !failed, NoticeShowsPages = e.Pages.Count }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AckResult> RefuseAsync(Escalation e, Actor actor, string why, CancellationToken cancellationToken)
    {
        await AuditAsync(e.CaseId, PagingAudit.AckRefused, null, actor.Id, why, cancellationToken, actor.Id).ConfigureAwait(false);
        _logger.LogWarning("{Member} may not acknowledge the page for {CaseId}: {Why}", actor.Id, e.CaseId, why);
        var escalating = e.IsFinished ? "" : " The page keeps escalating until the person paged or a reviewer acknowledges it.";
        return new AckResult(AckOutcome.Refused, $"Sorry, you cannot acknowledge this page: {why}.{escalating}");
    }

    private PagingReport Report(Escalation e, int pagesBefore)
    {
        if (e.IsAcknowledged) return new PagingReport(e.CaseId, PagingState.Acknowledged, [], []);
        if (e.IsStoodDown) return new PagingReport(e.CaseId, PagingState.StoodDown, [], []);
        var fresh = e.Pages.Skip(pagesBefore).ToList();
        // A repeated call pages nobody new: it reports the page already out.
        var shown = fresh.Count > 0 ? fresh : e.Pages.Where(p => p.Reached).TakeLast(1).ToList();
        var reached = shown.Where(p => p.Reached).SelectMany(p => p.Delivered.Select(d => new PageReach(p.Member, d.Via))).ToList();
        var problems = shown.SelectMany(p => p.Attempts.Where(a => !a.Delivered).Select(a => $"{_cards.NameOf(p.Member)} on {a.Via}: {a.Failure}")).ToList();
        if (reached.Count == 0 && e.Pending) return new PagingReport(e.CaseId, PagingState.Pending, [], problems);
        return new PagingReport(e.CaseId, reached.Count > 0 ? PagingState.Paged : PagingState.NobodyReached, reached, problems);
    }

    private Task AuditAsync(string caseId, string action, string? field, string? newValue, string? reason, CancellationToken cancellationToken, string actor = PagingAudit.Actor) =>
        _store.AppendAuditAsync(new AuditEntry { CaseId = caseId, At = Now, Actor = actor, Action = action, Field = field, NewValue = newValue, Reason = reason }, cancellationToken);

    /// <summary>Saves with the version read; writes go one at a time through this service, the one owner of the
    /// database, so a conflict is a defect.</summary>
    private async Task<Escalation> SaveAsync(Escalation e, CancellationToken cancellationToken) =>
        await _escalations.SaveAsync(e with { NextCheckAt = NextCheck(e) }, e.Version, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"The escalation of {e.CaseId} was changed by someone else.");

    private DateTime? NextCheck(Escalation e) => e.IsFinished
        ? (e.AcknowledgementShown ? null : Now)
        : e.Pending ? Now
        : NoticePending(e) ? Min(Now, e.NextPageAt) : e.NextPageAt;

    private bool NoticePending(Escalation e) =>
        _channels.Any(ch => ch.HasNoticeChannel && (e.NoticeShowsPages < e.Pages.Count || !e.Notices.Any(n => n.Via == ch.Name && n.Delivered)));

    private static DateTime Min(DateTime a, DateTime b) => a <= b ? a : b;
}
