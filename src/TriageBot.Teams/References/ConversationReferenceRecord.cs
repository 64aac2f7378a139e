namespace TriageBot.Teams.References;

/// <summary>
/// Where a channel can reach someone later: what a proactive message (reminder, escalation, "case assigned to
/// you") needs. Saved from every incoming activity, so it is fresh; a send that finds the bot gone from the
/// conversation marks it stale.
/// </summary>
/// <param name="ChannelId">The Bot Framework channel, <c>msteams</c>.</param>
/// <param name="UserId">The user the way the roster knows them (Teams: the Entra object id), or null for a
/// conversation without a known sender.</param>
/// <param name="UserAccountId">The channel's own account id for the user (<c>29:…</c>), needed to open a 1:1 chat.</param>
/// <param name="ConversationId">Null on a user's reference when no personal chat is known yet.</param>
public sealed record ConversationReferenceRecord(
    string ChannelId,
    string? UserId,
    string? UserAccountId,
    string ServiceUrl,
    string? ConversationId,
    string? ConversationType,
    string? TenantId,
    string BotId)
{
    public DateTime UpdatedAt { get; init; }

    /// <summary>Set when the channel said the bot can no longer post there (403 / 404).</summary>
    public DateTime? StaleSince { get; init; }

    public string? StaleReason { get; init; }

    public bool IsStale => StaleSince is not null;

    public bool IsPersonal => string.Equals(ConversationType, "personal", StringComparison.OrdinalIgnoreCase);
}
