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
        group.MapPost("/events", context => RespondAsync(context, EventsAsync));
        group.MapPost("/commands", context => RespondAsync(context, CommandsAsync));
        group.MapPost("/interactions", context => RespondAsync(context, InteractionsAsync));
        return group;
    }

    internal static IResult Problem(int status, string reason) =>
        Results.Json(new { ok = false, error = reason }, statusCode: status);

    private static async Task RespondAsync(HttpContext context, Func<HttpContext, byte[], IResult> handle) =>
        await (await GuardAsync(context, handle).ConfigureAwait(false)).ExecuteAsync(context).ConfigureAwait(false);

    /// <summary>A short reason for what could not be read, and never a stack trace for anything else.</summary>
    private static async Task<IResult> GuardAsync(HttpContext context, Func<HttpContext, byte[], IResult> handle)
    {
        var reader = context.RequestServices.GetRequiredService<SlackRequestReader>();
        try
        {
            var (body, refusal) = await reader.ReadVerifiedAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
            return refusal ?? handle(context, body!);
        }
        catch (SlackPayloadException e)
        {
            return Problem(StatusCodes.Status400BadRequest, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.RequestServices.GetRequiredService<ILogger<SlackRequestReader>>().LogError(e, "Slack request failed on {Path}", context.Request.Path);
            return Problem(StatusCodes.Status500InternalServerError, "internal error");
        }
    }

    private static IResult EventsAsync(HttpContext context, byte[] body)
    {
        using var document = SlackPayloads.ParseJson(body);
        var root = document.RootElement;
        switch (SlackPayloads.String(root, "type"))
        {
            case "url_verification":
                return Results.Text(SlackPayloads.Required(root, "challenge"), "text/plain");
            case "event_callback":
                return context.RequestServices.GetRequiredService<SlackInbound>().EventCallback(root) == SlackAck.Busy
                    ? Problem(StatusCodes.Status503ServiceUnavailable, "busy")
                    : Results.Ok();
            case null:
                throw new SlackPayloadException("missing type");
            default:
                return Results.Ok(); // app_rate_limited and other notices need no answer
        }
    }

    private static IResult CommandsAsync(HttpContext context, byte[] body)
    {
        return context.RequestServices.GetRequiredService<SlackInbound>().SlashCommand(SlackPayloads.ParseForm(body)) switch
        {
            // An empty 200 shows nothing; the answer follows through the response_url.
            SlackAck.Busy => Results.Json(SlackInbound.BusyCommandAnswer),
            _ => Results.Ok(),
        };
    }

    private static IResult InteractionsAsync(HttpContext context, byte[] body)
    {
        var payload = SlackPayloads.Field(SlackPayloads.ParseForm(body), "payload") ?? throw new SlackPayloadException("missing payload");
        using var document = SlackPayloads.ParseJson(System.Text.Encoding.UTF8.GetBytes(payload));
        return context.RequestServices.GetRequiredService<SlackInbound>().Interaction(document.RootElement) == SlackAck.Busy
            ? Problem(StatusCodes.Status503ServiceUnavailable, "busy")
            : Results.Ok();
    }
}
