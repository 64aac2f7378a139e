using System.Net.Http.Headers;
using System.Net.Http.Json;
using TriageBot.Teams.Activities;

namespace TriageBot.Teams.Connector;

/// <summary>
/// The Bot Connector REST API v3, the calls TriageBot needs: post to a conversation, reply to an activity, update
/// an activity (refresh a card) and open a 1:1 conversation. Throttling (429) and server errors are retried by the
/// HTTP client's resilience pipeline (<see cref="ConnectorHttp"/>: back-off, <c>Retry-After</c>, timeouts, circuit
/// breaker); what reaches here is the final answer. Only service URLs seen on authenticated activities are called.
/// </summary>
public sealed class BotConnectorClient(HttpClient http, BotTokenProvider tokens, TrustedServiceUrls trusted)
{
    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", activity, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}", activity with { ReplyToId = activityId }, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}", activity with { Id = activityId }, cancellationToken);

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken);

    private async Task<T> SendAsync<T>(HttpMethod method, string serviceUrl, string path, object body, CancellationToken cancellationToken) where T : class
    {
        if (!trusted.Contains(serviceUrl))
            throw new ConnectorException("service URL did not arrive on an authenticated activity", 0);
        var uri = new Uri(new Uri(serviceUrl.TrimEnd('/') + "/"), path);
        using var request = new HttpRequestMessage(method, uri) { Content = JsonContent.Create(body, body.GetType(), options: ActivityJson.Options) };
        if (await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false) is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        // JSON content is serialised lazily; buffering it lets the resilience pipeline send it again on a retry.
        await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw new ConnectorException($"{method} {path.Split('/')[1]} answered {(int)response.StatusCode}", (int)response.StatusCode);
        // Some connectors answer 200 with an empty body; callers then get an empty id.
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(text)
            ? Empty<T>()
            : System.Text.Json.JsonSerializer.Deserialize<T>(text, ActivityJson.Options) ?? Empty<T>();
    }

    private static T Empty<T>() where T : class =>
        typeof(T) == typeof(ResourceResponse) ? (T)(object)new ResourceResponse("") : (T)(object)new ConversationResourceResponse("", null, null);
}

public sealed record ResourceResponse(string Id);

public sealed record ConversationResourceResponse(string Id, string? ServiceUrl, string? ActivityId);

/// <summary>A new conversation: for a proactive 1:1 chat, the bot, one member and the tenant.</summary>
public sealed record ConversationParameters(ChannelAccount Bot, IReadOnlyList<ChannelAccount> Members, bool IsGroup = false)
{
    public string? TenantId { get; init; }
    public Activity? Activity { get; init; }
    public System.Text.Json.Nodes.JsonNode? ChannelData { get; init; }
}
