using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using TriageBot.Teams.Activities;

namespace TriageBot.Teams.Connector;

/// <summary>
/// The Bot Connector REST API v3, the calls TriageBot needs: post to a conversation, reply to an activity, update
/// an activity (refresh a card) and open a 1:1 conversation. Throttling (429) and server errors are retried with
/// back-off, honouring <c>Retry-After</c>. Only service URLs seen on authenticated activities are called.
/// </summary>
public sealed class BotConnectorClient(HttpClient http, BotTokenProvider tokens, TrustedServiceUrls trusted, TimeProvider time)
{
    public int MaxRetries { get; init; } = 3;
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);
    /// <summary>A server asking for a longer pause than this gets an error instead: a reply that late is useless.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How the client waits between attempts; tests record the delays instead of sleeping.</summary>
    internal Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = (delay, ct) => Task.Delay(delay, time, ct);

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", activity, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}", activity with { ReplyToId = activityId }, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}", activity with { Id = activityId }, cancellationToken);

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken);

    /// <summary>One member of a conversation with their e-mail / UPN (GET …/members/{userId}).</summary>
    public Task<TeamsMember> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken) =>
        SendAsync<TeamsMember>(HttpMethod.Get, serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/members/{Uri.EscapeDataString(userId)}", null, cancellationToken);

    private async Task<T> SendAsync<T>(HttpMethod method, string serviceUrl, string path, object? body, CancellationToken cancellationToken) where T : class
    {
        if (!trusted.Contains(serviceUrl))
            throw new ConnectorException("service URL did not arrive on an authenticated activity", 0);
        var uri = new Uri(new Uri(serviceUrl.TrimEnd('/') + "/"), path);
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri) { Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: ActivityJson.Options) };
            if (await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false) is { } token)
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                // Some connectors answer 200 with an empty body; callers then get an empty id.
                var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                return string.IsNullOrWhiteSpace(text)
                    ? Empty<T>()
                    : System.Text.Json.JsonSerializer.Deserialize<T>(text, ActivityJson.Options) ?? Empty<T>();
            }
            var status = (int)response.StatusCode;
            var retryable = response.StatusCode == HttpStatusCode.TooManyRequests || status >= 500;
            var delay = retryable && attempt < MaxRetries ? DelayFor(response, attempt) : null;
            if (delay is null)
                throw new ConnectorException($"{method} {path.Split('/')[1]} answered {status}", status);
            await Delay(delay.Value, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary><c>Retry-After</c> when the server gives one, else exponential back-off; null when the wait is too long.</summary>
    private TimeSpan? DelayFor(HttpResponseMessage response, int attempt)
    {
        var retryAfter = response.Headers.RetryAfter;
        var delay = retryAfter?.Delta
            ?? (retryAfter?.Date is { } date ? date - time.GetUtcNow() : BaseDelay * Math.Pow(2, attempt));
        if (delay < TimeSpan.Zero) delay = TimeSpan.Zero;
        return delay > MaxDelay ? null : delay;
    }

    private static T Empty<T>() where T : class =>
        typeof(T) == typeof(ResourceResponse) ? (T)(object)new ResourceResponse("")
        : typeof(T) == typeof(TeamsMember) ? (T)(object)new TeamsMember(null)
        : (T)(object)new ConversationResourceResponse("", null, null);
}

public sealed record ResourceResponse(string Id);

/// <summary>A Teams member as the connector describes them; <c>email</c> and <c>userPrincipalName</c> are what
/// the roster can be matched by.</summary>
public sealed record TeamsMember(string? Id, string? Name = null)
{
    public string? AadObjectId { get; init; }
    public string? Email { get; init; }
    public string? UserPrincipalName { get; init; }
}

public sealed record ConversationResourceResponse(string Id, string? ServiceUrl, string? ActivityId);

/// <summary>A new conversation: for a proactive 1:1 chat, the bot, one member and the tenant.</summary>
public sealed record ConversationParameters(ChannelAccount Bot, IReadOnlyList<ChannelAccount> Members, bool IsGroup = false)
{
    public string? TenantId { get; init; }
    public Activity? Activity { get; init; }
    public System.Text.Json.Nodes.JsonNode? ChannelData { get; init; }
}
