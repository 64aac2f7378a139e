namespace TriageBot.Slack.Inbound;

/// <summary>What an inbound handler did with a request; the endpoint turns it into Slack's acknowledgement.</summary>
public enum SlackAck
{
    /// <summary>Queued for the conversation engine.</summary>
    Accepted,
    /// <summary>Nothing for the bot (an edit, another bot's message…): acknowledged so Slack does not retry.</summary>
    Ignored,
    /// <summary>The queue is full, or the host is stopping: refused so Slack, or the person, tries again.</summary>
    Busy,
}
