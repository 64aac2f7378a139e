using TriageBot.Teams.Activities;

namespace TriageBot.Teams.Hosting;

/// <summary>Where to answer: what the connector needs to post into a conversation (and, stored, to write later).</summary>
public sealed record ConversationReference(string ServiceUrl, string ChannelId, string ConversationId, ChannelAccount Bot, ChannelAccount? User, string? TenantId, string? ActivityId)
{
    public static ConversationReference From(Activity activity) => new(
        activity.ServiceUrl ?? "", activity.ChannelId ?? "msteams", activity.Conversation?.Id ?? "",
        activity.Recipient ?? new ChannelAccount(null), activity.From, activity.Conversation?.TenantId, activity.Id);
}
