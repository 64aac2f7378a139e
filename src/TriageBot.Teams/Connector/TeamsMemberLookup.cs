using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using TriageBot.Dialogs.Messages;
using TriageBot.Teams.Activities;

namespace TriageBot.Teams.Connector;

/// <summary>
/// Adds the sender's e-mail (or UPN) to a Teams turn, from the Bot Connector's member API, so the roster matches
/// people by their e-mail and <c>TeamsId</c> is optional. Answers are cached per user (an hour; a failed lookup
/// five minutes), so a conversation costs one lookup, not one per message. A failure leaves the turn as it was:
/// the roster may still know the user by <c>TeamsId</c>.
/// </summary>
public sealed class TeamsMemberLookup(BotConnectorClient connector, TriageBot.Dialogs.Access.ITeamDirectory directory, TimeProvider time, ILogger<TeamsMemberLookup> logger)
{
    public static readonly TimeSpan Keep = TimeSpan.FromHours(1);
    public static readonly TimeSpan KeepFailure = TimeSpan.FromMinutes(5);
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, (string? Email, DateTimeOffset Until)> _cache = new(StringComparer.OrdinalIgnoreCase);

    public async Task<Turn> WithEmailAsync(Activity activity, Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.User.Email is not null || activity.ServiceUrl is not { Length: > 0 } serviceUrl
            || activity.Conversation?.Id is not { Length: > 0 } conversationId || activity.From?.Id is not { Length: > 0 } userId
            || directory.Find(turn.User) is not null)
            return turn;
        var key = activity.From.AadObjectId ?? userId;
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(key, out var hit) && hit.Until > now)
            return hit.Email is null ? turn : turn with { User = turn.User with { Email = hit.Email } };

        string? email = null;
        try
        {
            var member = await connector.GetMemberAsync(serviceUrl, conversationId, userId, cancellationToken).ConfigureAwait(false);
            email = Clean(member.Email) ?? Clean(member.UserPrincipalName);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Any failure (refused, unreachable, garbled, timed out, circuit open) leaves the turn as it came: the
            // roster may still know the sender by TeamsId. No user details in the log, and only the failure's kind.
            logger.LogWarning("Could not look up a Teams member's e-mail in conversation {ConversationId}: {Problem}", conversationId,
                e is ConnectorException ? e.Message : e.GetType().Name);
        }
        if (_cache.Count >= MaxEntries) _cache.Clear();
        _cache[key] = (email, now + (email is null ? KeepFailure : Keep));
        return email is null ? turn : turn with { User = turn.User with { Email = email } };
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) || !value.Contains('@') ? null : value.Trim();
}
