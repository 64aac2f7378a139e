using Microsoft.Extensions.Logging.Abstractions;
using TriageBot.Dialogs.Messages;
using TriageBot.Slack.Inbound;
using TriageBot.Slack.Paging;

namespace TriageBot.Slack.Tests.Paging;

public sealed class EscalationClockTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private PagingRig _rig = null!;

    public async Task InitializeAsync() => _rig = await PagingRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    /// <summary>Moves fake time a tick at a time (the clock's timer may not exist yet at the first step) until
    /// <paramref name="done"/> holds, within a real-time bound.</summary>
    private async Task RunUntilAsync(Func<bool> done, TimeSpan tick, int maxTicks)
    {
        using var bound = new CancellationTokenSource(Bound);
        for (var i = 0; !done(); i++)
        {
            if (i < maxTicks) _rig.Advance(tick);
            await Task.Delay(20, bound.Token);
        }
    }

    [Fact]
    public async Task The_clock_pages_the_secondary_once_fake_time_passes_the_timeout_and_stops_on_an_acknowledgement_button()
    {
        var acknowledgements = new PageAcknowledgements();
        using var clock = new EscalationClock(_rig.Pager, acknowledgements, _rig.Paging, _rig.Time, NullLogger<EscalationClock>.Instance);
        var request = await _rig.OpenCaseAsync();
        await _rig.Pager.PageAsync(request, CancellationToken.None);
        await clock.StartAsync(CancellationToken.None);

        await RunUntilAsync(() => _rig.Paged().Count >= 2, TimeSpan.FromSeconds(30), maxTicks: 10);
        Assert.Equal(["U0DANA", "U0SAM"], _rig.Paged());

        var handler = new PageActionsHandler(new RecordingHandler(), acknowledgements);
        Assert.Equal(SlackAck.Accepted, await handler.HandleAsync(Press("page.ack", request.CaseId, "U0SAM"), CancellationToken.None));
        await RunUntilAsync(() => _rig.Updates().Any(u => u.Body.Contains("Acknowledged by Sam", StringComparison.OrdinalIgnoreCase)), TimeSpan.Zero, maxTicks: 0);

        await RunUntilAsync(() => true, TimeSpan.FromMinutes(5), maxTicks: 3);
        await clock.StopAsync(CancellationToken.None);
        Assert.Equal(["U0DANA", "U0SAM"], _rig.Paged());
        Assert.NotNull((await _rig.Store.GetAsync(request.CaseId))!.AcknowledgedAt);
    }

    [Fact]
    public async Task Page_buttons_reach_the_pager_and_taking_the_case_still_reaches_the_engine()
    {
        var acknowledgements = new PageAcknowledgements();
        var engine = new RecordingHandler();
        var handler = new PageActionsHandler(engine, acknowledgements);

        await handler.HandleAsync(Press("page.ack", "LE-2026-00001", "U0DANA"), CancellationToken.None);
        await handler.HandleAsync(Press("case.take", "LE-2026-00002", "U0SAM"), CancellationToken.None);
        await handler.HandleAsync(Press("case.show", "LE-2026-00003", "U0SAM"), CancellationToken.None);

        Assert.Equal(["case.take", "case.show"], engine.Verbs);
        Assert.True(acknowledgements.Reader.TryRead(out var first));
        Assert.Equal(new PageAcknowledgement("LE-2026-00001", "U0DANA"), first);
        Assert.True(acknowledgements.Reader.TryRead(out var second));
        Assert.Equal(new PageAcknowledgement("LE-2026-00002", "U0SAM"), second);
        Assert.False(acknowledgements.Reader.TryRead(out _));
    }

    private static BlockActions Press(string verb, string caseId, string user) =>
        new("T0TEAM", user, "D-" + user, new CardActionInvocation(verb, new Dictionary<string, string> { ["case"] = caseId }));

    private sealed class RecordingHandler : IBlockActionsHandler
    {
        public List<string> Verbs { get; } = [];

        public Task<SlackAck> HandleAsync(BlockActions actions, CancellationToken cancellationToken)
        {
            Verbs.Add(actions.Action.Verb);
            return Task.FromResult(SlackAck.Accepted);
        }
    }
}
