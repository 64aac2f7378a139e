namespace TriageBot.Slack.Inbound;

/// <summary>
/// Where replies to a turn go. A <see cref="ResponseUrl"/> (slash commands, buttons on ephemeral messages) is
/// answered ephemerally through it; otherwise a direct message gets a message and any other channel an
/// ephemeral reply to the one person who asked (or a DM when that fails), so nothing about cases is said in front
/// of a channel.
/// </summary>
public sealed record SlackReplyTarget(string TeamId, string ChannelId, string UserId)
{
    public Uri? ResponseUrl { get; init; }

    /// <summary>The thread the message was in, so the answer stays in it.</summary>
    public string? ThreadTs { get; init; }

    /// <summary>The modal opened at the press (its <c>external_id</c>), which the answer fills instead of a message.</summary>
    public string? ModalId { get; init; }
}
