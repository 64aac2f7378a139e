using TriageBot.Cases;
using TriageBot.Slack.Outbound;

namespace TriageBot.Slack.Paging;

/// <summary>
/// Maps roster members to Slack users and back: the member's <c>slack</c> address in <c>Cases:Team</c> when set,
/// else Slack's user with the member's e-mail address.
/// </summary>
internal sealed class PageRecipients(CasesOptions cases)
{
    /// <summary>The member's Slack user id, or null when the member has no Slack account (or is not on the roster).</summary>
    public async Task<string?> SlackUserOfAsync(SlackWebApi api, string memberId, CancellationToken cancellationToken)
    {
        var member = Member(m => Same(m.Id, memberId, StringComparison.OrdinalIgnoreCase));
        if (member is null) return null;
        if (member.AddressOn(TeamMember.SlackChannel) is { } address) return address;
        if (string.IsNullOrWhiteSpace(member.Email)) return null;
        try
        {
            var user = await api.LookupUserByEmailAsync(member.Email.Trim(), cancellationToken).ConfigureAwait(false);
            return user.Deleted || user.IsBot ? null : user.Id;
        }
        catch (SlackApiException e) when (e.Error == "users_not_found")
        {
            return null;
        }
    }

    /// <summary>Why the member cannot be paged on Slack, known without asking Slack; null when a page can be tried.</summary>
    public string? UnreachableReason(string memberId)
    {
        var member = Member(m => Same(m.Id, memberId, StringComparison.OrdinalIgnoreCase));
        if (member is null) return "not on the roster";
        return member.AddressOn(TeamMember.SlackChannel) is null && string.IsNullOrWhiteSpace(member.Email) ? "no Slack id or e-mail on the roster" : null;
    }

    /// <summary>The member behind a Slack user (by SlackId, else by the e-mail Slack knows), or null for a stranger.</summary>
    public async Task<string?> MemberOfAsync(SlackWebApi api, string slackUserId, CancellationToken cancellationToken)
    {
        if (Member(m => Same(m.AddressOn(TeamMember.SlackChannel), slackUserId, StringComparison.Ordinal)) is { } bySlackId) return bySlackId.Id;
        var user = await api.GetUserAsync(slackUserId, cancellationToken).ConfigureAwait(false);
        return user.Email is { } email && Member(m => Same(m.Email, email, StringComparison.OrdinalIgnoreCase)) is { } byEmail ? byEmail.Id : null;
    }

    private TeamMember? Member(Func<TeamMember, bool> match) => cases.Team.FirstOrDefault(match);

    private static bool Same(string? a, string? b, StringComparison comparison) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && string.Equals(a.Trim(), b.Trim(), comparison);
}
