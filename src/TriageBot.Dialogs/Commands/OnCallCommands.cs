using TriageBot.Cases.Workflow;
using System.Globalization;
using System.Text.RegularExpressions;
using TriageBot.Cases.Scheduling;
using TriageBot.Dialogs.Access;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Commands;

/// <summary>"oncall" (who is on call) and "oncall set [primary|secondary] member [until]".</summary>
internal sealed class OnCallCommands(CaseDesk desk) : ICommandHandler
{
    private static readonly Regex Length = new(@"^(?<n>\d{1,4}) ?(?<unit>m|min|mins|minutes?|h|hrs?|hours?|d|days?|w|weeks?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking);

    public bool Matches(CommandRequest request) => request.Name is CommandNames.OnCall or CommandNames.OnCallSet;

    public async Task<IReadOnlyList<Reply>> HandleAsync(CommandRequest request, Actor actor, CancellationToken cancellationToken) =>
        [request.Name == CommandNames.OnCall ? await ShowAsync(actor, cancellationToken).ConfigureAwait(false) : await SetAsync(request, actor, cancellationToken).ConfigureAwait(false)];

    private async Task<Reply> ShowAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!Permissions.Allows(actor, Permission.OnCallView)) return Reply.Say(Permissions.Refusal(Permission.OnCallView));
        var shift = await desk.OnCall.WhoIsOnCallAsync(desk.Now, cancellationToken).ConfigureAwait(false);
        return Reply.WithCard($"On call now: primary {Name(shift.Primary)}, secondary {Name(shift.Secondary)}.", CaseCards.OnCall(shift, Name, desk.Cards.Clock));
    }

    private async Task<Reply> SetAsync(CommandRequest request, Actor actor, CancellationToken cancellationToken)
    {
        if (!Permissions.Allows(actor, Permission.OnCallSet)) return Reply.Say(Permissions.Refusal(Permission.OnCallSet));
        var name = request.Arg("member");
        if (desk.Resolve(name, actor) is not { } member) return Reply.Say(desk.UnknownMember(name));
        var role = string.Equals(request.Arg("role"), "secondary", StringComparison.OrdinalIgnoreCase) ? OnCallRole.Secondary : OnCallRole.Primary;

        var now = desk.Now;
        var clock = desk.Cards.Clock;
        DateTime until;
        var note = "";
        if (request.Arg("until") is { } text)
        {
            if (Until(text, now, clock) is not { } parsed)
                return Reply.Say($"'{text}' {TeamClock.WhyNotATime(text)}; write a time such as 2026-03-05 09:00 (the team's time zone, {clock.ZoneName(now)}) or 2026-03-05T09:00Z, or a length such as 24h or 7d.");
            until = parsed.Utc;
            note = clock.ReadNote(parsed);
        }
        else
        {
            until = (await desk.OnCall.WhoIsOnCallAsync(now, cancellationToken).ConfigureAwait(false)).NextHandOver;
        }

        await desk.OnCall.SetOverrideAsync(role, member.Id, now, until, actor.Id, cancellationToken).ConfigureAwait(false);
        var shift = await desk.OnCall.WhoIsOnCallAsync(now, cancellationToken).ConfigureAwait(false);
        return Reply.WithCard($"{Name(member.Id)} is {role.ToString().ToLowerInvariant()} on call until {clock.At(until, now)}{note}.", CaseCards.OnCall(shift, Name, desk.Cards.Clock));
    }

    /// <summary>"24h", "7d", "90 minutes" from now, or a time (in the team's zone when it names no offset).</summary>
    internal static TeamTime? Until(string text, DateTime now, TeamClock clock)
    {
        var t = text.Trim();
        var m = Length.Match(t);
        if (m.Success)
        {
            var n = int.Parse(m.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
            if (n == 0) return null;
            return new TeamTime(char.ToLowerInvariant(m.Groups["unit"].Value[0]) switch
            {
                'm' => now.AddMinutes(n),
                'h' => now.AddHours(n),
                'd' => now.AddDays(n),
                _ => now.AddDays(7 * n),
            }, InTeamZone: false);
        }
        return clock.Read(t);
    }

    private string Name(string? id)
    {
        if (id is null) return "nobody";
        var member = desk.Directory.FindById(id);
        return member is null ? id : $"{member.Member.Name} ({member.Id})";
    }
}
