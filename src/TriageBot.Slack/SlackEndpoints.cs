using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using TriageBot.Slack.Inbound;

namespace TriageBot.Slack;

/// <summary>
/// The HTTP endpoints Slack calls. Each verifies the signature first (401, nothing read otherwise), parses,
/// hands the work to a handler that only queues it, and acknowledges at once: Slack gives up after 3 seconds.
/// </summary>
public static class SlackEndpoints
{
    public const string RetryNumHeader = "X-Slack-Retry-Num";

    /// <summary>Maps <c>POST {prefix}/events</c>, <c>{prefix}/commands</c> and <c>{prefix}/interactions</c>.</summary>
    public static RouteGroupBuilder MapSlack(this IEndpointRouteBuilder endpoints, string prefix = "/slack")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(prefix);
        group.MapPost("/events", context => RespondAsync(context, SlackRequestReader.Json, EventsAsync));
        group.MapPost("/commands", context => RespondAsync(context, SlackRequestReader.Form, CommandsAsync));
        group.MapPost("/interactions", context => RespondAsync(context, SlackRequestReader.Form, InteractionsAsync));
        return group;
    }

    internal static IResult Problem(int status, string reason) =>
        Results.Json(new { ok = false, error = reason }, statusCode: status);

    private static async Task RespondAsync(HttpContext context, string mediaType, Func<HttpContext, byte[], Task<IResult>> handle) =>
        await (await GuardAsync(context, mediaType, handle).ConfigureAwait(false)).ExecuteAsync(context).ConfigureAwait(false);

    /// <summary>A short reason for what could not be read, and never a stack trace for anything else.</summary>
    private static async Task<IResult> GuardAsync(HttpContext context, string mediaType, Func<HttpContext, byte[], Task<IResult>> handle)
    {
        var reader = context.RequestServices.GetRequiredService<SlackRequestReader>();
        try
        {
            var (body, refusal) = await reader.ReadVerifiedAsync(context.Request, mediaType, context.RequestAborted).ConfigureAwait(false);
            return refusal ?? await handle(context, body!).ConfigureAwait(false);
        }
        catch (SlackPayloadException e)
        {
            return Problem(StatusCodes.Status400BadRequest, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The exception's type only: its message or stack may quote the payload (a response_url, a file link).
            context.RequestServices.GetRequiredService<ILogger<SlackRequestReader>>().LogError("Slack request failed on {Path}: {Error}", context.Request.Path, e.GetType().Name);
            return Problem(StatusCodes.Status500InternalServerError, "internal error");
        }
    }

    private static async Task<IResult> EventsAsync(HttpContext context, byte[] body)
    {
        using var document = SlackPayloads.ParseJson(body);
        var root = document.RootElement;
        switch (SlackPayloads.String(root, "type"))
        {
            case "url_verification":
                return Results.Text(SlackPayloads.Required(root, "challenge"), "text/plain");
            case "event_callback":
                return await context.RequestServices.GetRequiredService<SlackInbound>().EventCallbackAsync(root, CancellationToken.None).ConfigureAwait(false) == SlackAck.Busy
                    ? Problem(StatusCodes.Status503ServiceUnavailable, "busy")
                    : Results.Ok();
            case null:
                throw new SlackPayloadException("missing type");
            default:
                return Results.Ok(); // app_rate_limited and other notices need no answer
        }
    }

    private static async Task<IResult> CommandsAsync(HttpContext context, byte[] body)
    {
        return await context.RequestServices.GetRequiredService<SlackInbound>().SlashCommandAsync(SlackPayloads.ParseForm(body), CancellationToken.None).ConfigureAwait(false) switch
        {
            // An empty 200 shows nothing; the answer follows through the response_url.
            SlackAck.Busy => Results.Json(SlackInbound.BusyCommandAnswer),
            _ => Results.Ok(),
        };
    }

    private static async Task<IResult> InteractionsAsync(HttpContext context, byte[] body)
    {
        var payload = SlackPayloads.Field(SlackPayloads.ParseForm(body), "payload") ?? throw new SlackPayloadException("missing payload");
        using var document = SlackPayloads.ParseJson(System.Text.Encoding.UTF8.GetBytes(payload));
        var answer = await context.RequestServices.GetRequiredService<SlackInbound>().InteractionAsync(document.RootElement, CancellationToken.None).ConfigureAwait(false);
        // A modal's answer (field errors) is JSON in the response itself; an empty 200 closes the modal.
        return answer.Body is { } json ? Results.Json(json)
            : answer.Ack == SlackAck.Busy ? Problem(StatusCodes.Status503ServiceUnavailable, "busy")
            : Results.Ok();
    }
}
