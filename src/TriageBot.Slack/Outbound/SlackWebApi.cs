using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TriageBot.Slack.BlockKit;

namespace TriageBot.Slack.Outbound;

/// <summary>Where a message went: the channel and its timestamp (Slack's message id, for <c>chat.update</c>).</summary>
public sealed record PostedMessage(string Channel, string Ts);

/// <summary>A Slack user, as far as the bot needs one: who it is and the e-mail to match against the roster.</summary>
public sealed record SlackUser(string Id, string? Name, string? RealName, string? Email)
{
    public bool IsBot { get; init; }
    public bool Deleted { get; init; }
}

/// <summary>
/// The Slack Web API methods the bot uses, over a typed <see cref="HttpClient"/>. The bot token is read from the
/// environment variable named in <see cref="SlackOptions"/> on each call and never logged. The client's
/// resilience pipeline retries 429 (after Retry-After), 5xx and network failures; what still fails, and
/// <c>ok: false</c>, becomes a <see cref="SlackApiException"/> with Slack's error code.
/// </summary>
public sealed class SlackWebApi(HttpClient http, SlackOptions options, TriageBot.Intake.IntakeLimits? limits = null)
{
    public async Task<PostedMessage> PostMessageAsync(string channel, BlockKitMessage message, string? threadTs, CancellationToken cancellationToken)
    {
        var body = MessageBody(message);
        body["channel"] = channel;
        if (threadTs is not null) body["thread_ts"] = threadTs;
        var result = await CallJsonAsync("chat.postMessage", body, cancellationToken).ConfigureAwait(false);
        return new PostedMessage(Text(result, "channel") ?? channel, Text(result, "ts") ?? "");
    }

    /// <summary>Replaces a message the bot posted (a page, once acknowledged).</summary>
    public async Task<PostedMessage> UpdateMessageAsync(string channel, string ts, BlockKitMessage message, CancellationToken cancellationToken)
    {
        var body = MessageBody(message);
        body["channel"] = channel;
        body["ts"] = ts;
        var result = await CallJsonAsync("chat.update", body, cancellationToken).ConfigureAwait(false);
        return new PostedMessage(Text(result, "channel") ?? channel, Text(result, "ts") ?? ts);
    }

    /// <summary>A message in a channel only <paramref name="user"/> sees. Returns its timestamp.</summary>
    public async Task<string> PostEphemeralAsync(string channel, string user, BlockKitMessage message, string? threadTs, CancellationToken cancellationToken)
    {
        var body = MessageBody(message);
        body["channel"] = channel;
        body["user"] = user;
        if (threadTs is not null) body["thread_ts"] = threadTs;
        var result = await CallJsonAsync("chat.postEphemeral", body, cancellationToken).ConfigureAwait(false);
        return Text(result, "message_ts") ?? "";
    }

    /// <summary>Opens a modal for a press (<c>views.open</c>); the trigger_id is good for 3 seconds, once.</summary>
    public Task OpenViewAsync(string triggerId, JsonObject view, CancellationToken cancellationToken) =>
        CallJsonAsync("views.open", new JsonObject { ["trigger_id"] = triggerId, ["view"] = view.DeepClone() }, cancellationToken);

    /// <summary>Replaces the content of a modal the bot opened, found by the <c>external_id</c> it was given.</summary>
    public Task UpdateViewAsync(string externalId, JsonObject view, CancellationToken cancellationToken) =>
        CallJsonAsync("views.update", new JsonObject { ["external_id"] = externalId, ["view"] = view.DeepClone() }, cancellationToken);

    /// <summary>The direct-message channel with a user (opened if needed), for pages and reminders.</summary>
    public async Task<string> OpenConversationAsync(string userId, CancellationToken cancellationToken)
    {
        var result = await CallJsonAsync("conversations.open", new JsonObject { ["users"] = userId }, cancellationToken).ConfigureAwait(false);
        return result.TryGetProperty("channel", out var channel) && Text(channel, "id") is { } id
            ? id
            : throw new SlackApiException("conversations.open", "invalid_response", "conversations.open: Slack's answer had no channel id.");
    }

    public async Task<SlackUser> GetUserAsync(string userId, CancellationToken cancellationToken) =>
        ReadUser("users.info", await CallFormAsync("users.info", [new("user", userId)], cancellationToken).ConfigureAwait(false));

    /// <summary>The Slack user with an e-mail address: how roster members are matched to Slack accounts.</summary>
    public async Task<SlackUser> LookupUserByEmailAsync(string email, CancellationToken cancellationToken) =>
        ReadUser("users.lookupByEmail", await CallFormAsync("users.lookupByEmail", [new("email", email)], cancellationToken).ConfigureAwait(false));

    /// <summary>A fresh, single-use Socket Mode WebSocket URL (<c>apps.connections.open</c>), asked for with the
    /// app-level token rather than the bot token.</summary>
    public async Task<Uri> OpenSocketConnectionAsync(CancellationToken cancellationToken)
    {
        const string method = "apps.connections.open";
        var token = options.ReadSecret(options.AppTokenVariable) is { Length: > 0 } t
            ? t
            : throw new SlackApiException(method, "not_authed", $"{method}: no app-level token: the environment variable {options.AppTokenVariable} is not set.");
        var result = await SendAsync(method, new Uri(method, UriKind.Relative), () => new FormUrlEncodedContent([]), token, cancellationToken).ConfigureAwait(false);
        return Uri.TryCreate(Text(result, "url"), UriKind.Absolute, out var url) && (url.Scheme == "wss" || url.Scheme == "ws")
            ? url
            : throw new SlackApiException(method, "invalid_response", $"{method}: Slack's answer had no WebSocket URL.");
    }

    /// <summary>Answers through a slash command's or an interaction's response_url (no token needed; Slack
    /// accepts a few answers within 30 minutes).</summary>
    /// <param name="replaceOriginal">Put the answer in place of the message whose button was pressed.</param>
    public async Task RespondAsync(Uri responseUrl, BlockKitMessage message, bool ephemeral, CancellationToken cancellationToken, bool replaceOriginal = false)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        var body = MessageBody(message);
        body["response_type"] = ephemeral ? "ephemeral" : "in_channel";
        body["replace_original"] = replaceOriginal;
        var json = body.ToJsonString();
        await SendAsync("response_url", responseUrl, () => new StringContent(json, Encoding.UTF8, "application/json"), token: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Largest shared file the bot downloads: the intake's limit (<c>Intake:MaxBytes</c>).</summary>
    public long MaxFileBytes { get; } = (limits ?? new TriageBot.Intake.IntakeLimits()).MaxBytes;

    /// <summary>
    /// Downloads a file shared with the bot (its <c>url_private</c>, with the bot token). Only Slack's own file host,
    /// or the configured API host (a loopback fake in tests), gets the token; null when the link is elsewhere or the
    /// file is over <see cref="MaxFileBytes"/>.
    /// </summary>
    public async Task<byte[]?> DownloadFileAsync(Uri urlPrivate, CancellationToken cancellationToken)
    {
        var trusted = (urlPrivate.Scheme == Uri.UriSchemeHttps && (urlPrivate.Host == "files.slack.com" || urlPrivate.Host.EndsWith(".slack.com", StringComparison.OrdinalIgnoreCase)))
            || (urlPrivate.Scheme == options.ApiBaseUrl.Scheme && urlPrivate.Authority == options.ApiBaseUrl.Authority);
        if (!trusted) return null;
        using var request = new HttpRequestMessage(HttpMethod.Get, urlPrivate);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token("files.download"));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw new SlackApiException("files.download", $"http_{(int)response.StatusCode}", $"files.download: Slack answered HTTP {(int)response.StatusCode}.");
        if (response.Content.Headers.ContentLength > MaxFileBytes) return null;
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static JsonObject MessageBody(BlockKitMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new JsonObject { ["text"] = message.Text, ["blocks"] = message.Blocks.DeepClone() };
    }

    private Task<JsonElement> CallJsonAsync(string method, JsonObject body, CancellationToken cancellationToken)
    {
        var json = body.ToJsonString();
        return SendAsync(method, new Uri(method, UriKind.Relative), () => new StringContent(json, Encoding.UTF8, "application/json"), Token(method), cancellationToken);
    }

    // Slack's read methods take form fields, not JSON bodies.
    private Task<JsonElement> CallFormAsync(string method, KeyValuePair<string, string>[] fields, CancellationToken cancellationToken) =>
        SendAsync(method, new Uri(method, UriKind.Relative), () => new FormUrlEncodedContent(fields), Token(method), cancellationToken);

    private string Token(string method) =>
        options.ReadSecret(options.BotTokenVariable) is { Length: > 0 } token
            ? token
            : throw new SlackApiException(method, "not_authed", $"{method}: no bot token: the environment variable {options.BotTokenVariable} is not set.");

    /// <summary>One call; retries, back-off, Retry-After, timeouts and the circuit breaker are the HTTP client's
    /// resilience pipeline (see <c>OutboundResilience</c>). What reaches here is the final answer.</summary>
    private async Task<JsonElement> SendAsync(string method, Uri uri, Func<HttpContent> content, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content() };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.TooManyRequests) throw SlackApiException.For(method, "ratelimited", options);
        if ((int)response.StatusCode >= 500)
            throw new SlackApiException(method, $"http_{(int)response.StatusCode}", $"{method}: Slack answered HTTP {(int)response.StatusCode} {options.MaxAttempts} times.");
        if (!response.IsSuccessStatusCode)
            throw new SlackApiException(method, $"http_{(int)response.StatusCode}", $"{method}: Slack answered HTTP {(int)response.StatusCode}.");
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return Result(method, text, strict: token is not null);
    }

    /// <summary>Web API answers are JSON with <c>ok</c>; a response_url may answer plain <c>ok</c>.</summary>
    private JsonElement Result(string method, string text, bool strict)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException) when (!strict)
        {
            return default;
        }
        catch (JsonException)
        {
            throw new SlackApiException(method, "invalid_response", $"{method}: Slack's answer was not JSON.");
        }
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("ok", out var ok))
        {
            if (ok.ValueKind == JsonValueKind.True) return root;
            throw SlackApiException.For(method, Text(root, "error") ?? "unknown_error", options);
        }
        return strict ? throw new SlackApiException(method, "invalid_response", $"{method}: Slack's answer had no ok field.") : root;
    }

    private static SlackUser ReadUser(string method, JsonElement result)
    {
        if (!result.TryGetProperty("user", out var user) || Text(user, "id") is not { } id)
            throw new SlackApiException(method, "invalid_response", $"{method}: Slack's answer had no user.");
        var profile = user.TryGetProperty("profile", out var p) ? p : default;
        return new SlackUser(id, Text(user, "name"), Text(user, "real_name") ?? Text(profile, "real_name"), Text(profile, "email"))
        {
            IsBot = user.TryGetProperty("is_bot", out var b) && b.ValueKind == JsonValueKind.True,
            Deleted = user.TryGetProperty("deleted", out var d) && d.ValueKind == JsonValueKind.True,
        };
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
