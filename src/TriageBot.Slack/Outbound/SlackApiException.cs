namespace TriageBot.Slack.Outbound;

/// <summary>A Web API call Slack refused (<c>ok: false</c>) or that failed for good. <see cref="Error"/> is Slack's
/// own code (<c>not_in_channel</c>, <c>ratelimited</c>…); the message says what to do about it.</summary>
public sealed class SlackApiException(string method, string error, string message) : Exception(message)
{
    public string Method { get; } = method;
    public string Error { get; } = error;

    internal static SlackApiException For(string method, string error, SlackOptions options) => new(method, error, error switch
    {
        "not_in_channel" => $"{method}: TriageBot is not a member of that channel. Invite it (/invite @TriageBot) and try again.",
        "channel_not_found" => $"{method}: the channel does not exist or TriageBot cannot see it.",
        "not_authed" or "invalid_auth" or "token_revoked" or "account_inactive" =>
            $"{method}: Slack refused the bot token ({error}); check the environment variable {options.BotTokenVariable}.",
        "missing_scope" => $"{method}: the Slack app lacks the permission (scope) this needs; add it in the app settings and reinstall the app.",
        "users_not_found" => $"{method}: no Slack user has that e-mail address.",
        "user_not_found" => $"{method}: no such Slack user.",
        "ratelimited" => $"{method}: Slack is rate-limiting TriageBot; try again later.",
        "msg_too_long" or "invalid_blocks" => $"{method}: Slack refused the message layout ({error}).",
        _ => $"{method}: Slack answered {error}.",
    });
}
