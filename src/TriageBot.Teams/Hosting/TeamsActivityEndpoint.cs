using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TriageBot.Cases.Storage;
using TriageBot.Channels;
using TriageBot.Dialogs.Messages;
using TriageBot.Teams.Activities;
using TriageBot.Teams.Authentication;
using TriageBot.Teams.Cards;
using TriageBot.Teams.Connector;
using TriageBot.Teams.Files;
using TriageBot.Teams.Proactive;
using TriageBot.Teams.References;

namespace TriageBot.Teams.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: authenticates, reads one activity (through the channels' bounded reader) and
/// acknowledges quickly. Messages are committed to the durable turn queue before the 200 (Teams gives up after
/// about 15 s and retries; a redelivered activity id is taken once); card actions are answered inline because
/// Teams waits for the refreshed card in the invoke response.
/// </summary>
internal sealed class TeamsActivityEndpoint(
    TeamsOptions options,
    BotFrameworkTokenValidator? validator,
    TrustedServiceUrls trustedServiceUrls,
    TurnQueue queue,
    IConversationTurnHandler handler,
    AdaptiveCardRenderer renderer,
    IConversationReferenceStore? references,
    ILogger<TeamsActivityEndpoint> logger,
    TeamsMemberLookup? members = null)
{
    public const string Welcome = "Hello, I'm TriageBot. Paste a law-enforcement request (or attach the .eml or .pdf) in a private chat with me and I'll triage it; type `help` to see what else I can do.";

    public const string OffMessage = "the Teams channel is off: set Teams:AppId (with the app password), or Teams:LocalMode for local testing";

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        try
        {
            return await ProcessAsync(context, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return Results.StatusCode(StatusCodes.Status499ClientClosedRequest);
        }
        catch (Exception exception)
        {
            // The exception's type only: a message may quote the activity.
            logger.LogError("Teams activity failed: {Error}", exception.GetType().Name);
            return Problem(StatusCodes.Status500InternalServerError, "internal error");
        }
    }

    private async Task<IResult> ProcessAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (options.Mode == TeamsMode.Off) return Problem(StatusCodes.Status503ServiceUnavailable, OffMessage);
        BotAuthentication? authentication = null;
        if (validator is null)
        {
            // Local mode (announced at start-up by TeamsStartupReport): this machine only, no token.
            if (context.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote))
            {
                logger.LogWarning("Refused a Teams activity from {Remote}: Teams:LocalMode serves loopback callers only", context.Connection.RemoteIpAddress);
                return Problem(StatusCodes.Status401Unauthorized, "unauthorized");
            }
        }
        else
        {
            authentication = await validator.AuthenticateAsync(context.Request.Headers.Authorization.ToString(), cancellationToken).ConfigureAwait(false);
            if (authentication.IsUnavailable)
            {
                // The metadata cache logs each failed fetch once; Teams retries the activity later.
                context.Response.Headers.RetryAfter = "10";
                return Problem(StatusCodes.Status503ServiceUnavailable, "authentication keys unavailable, retry later");
            }
            if (!authentication.IsAuthenticated) return Unauthorized(authentication);
        }

        var read = await BoundedBody.ReadAsync(context.Request, options.MaxActivityBytes, ["application/json"], checkUtf8: true, cancellationToken).ConfigureAwait(false);
        if (!read.Ok) return Problem(read.Status, read.Status == StatusCodes.Status413PayloadTooLarge ? "activity too large" : read.Problem!);
        var body = read.Body;

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ActivityJson.Options);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: an escaped lone surrogate ("\ud800") in a string is not text.
            return Problem(StatusCodes.Status400BadRequest, "malformed activity JSON");
        }
        if (activity?.Type is not { Length: > 0 }) return Problem(StatusCodes.Status400BadRequest, "activity has no type");

        if (authentication is not null)
        {
            authentication = authentication.Authorize(activity.ChannelId, activity.ServiceUrl);
            if (!authentication.IsAuthenticated) return Unauthorized(authentication);
        }
        else if (!IsLoopbackServiceUrl(activity.ServiceUrl))
        {
            // Local mode has no token to vouch for the service URL: replies (case data) may only go back to this machine.
            return Problem(StatusCodes.Status400BadRequest, "in local mode the serviceUrl must be a loopback address");
        }
        if (activity.ServiceUrl is { } serviceUrl) trustedServiceUrls.Add(serviceUrl);
        await RememberAsync(activity, cancellationToken).ConfigureAwait(false);

        return activity.Type switch
        {
            ActivityTypes.Message => await MessageAsync(activity, cancellationToken).ConfigureAwait(false),
            ActivityTypes.Invoke when activity.Name == ActivityTypes.AdaptiveCardAction => await CardActionAsync(activity, cancellationToken).ConfigureAwait(false),
            ActivityTypes.ConversationUpdate when activity.MembersAdded?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true
                => await EnqueueAsync(activity, null, [Reply.Say(Welcome)]).ConfigureAwait(false),
            // installationUpdate, other conversation updates, typing, unknown types: acknowledged, nothing to do.
            _ => Results.Ok(),
        };
    }

    /// <summary>A typed message (files download in the worker), or an <c>Action.Submit</c> press, whose card reply
    /// replaces the pressed card.</summary>
    private async Task<IResult> MessageAsync(Activity activity, CancellationToken cancellationToken)
    {
        var turn = TurnTranslator.FromMessage(activity);
        if (turn is not null && members is not null) turn = await members.WithEmailAsync(activity, turn, cancellationToken).ConfigureAwait(false);
        return await EnqueueAsync(activity, turn, [], turn?.Action is null ? null : activity.ReplyToId, turn is null ? [] : TurnTranslator.FileLinks(activity), activity.Id).ConfigureAwait(false);
    }

    /// <summary>Every activity refreshes where its sender and conversation can be reached later; a failure
    /// here must not cost the user their answer.</summary>
    private async Task RememberAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (references is null || activity.ServiceUrl is not { Length: > 0 } serviceUrl || activity.Recipient?.Id is not { Length: > 0 } botId) return;
        if (activity.Conversation?.Id is null && activity.From?.Id is null) return;
        var from = activity.From;
        try
        {
            await references.RefreshAsync(new ConversationReferenceRecord(
                activity.ChannelId ?? TeamsNotifier.ChannelId, from?.AadObjectId ?? from?.Id, from?.Id, serviceUrl,
                activity.Conversation?.Id, activity.Conversation?.ConversationType, activity.Conversation?.TenantId, botId), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not store the conversation reference of {ConversationId}", activity.Conversation?.Id);
        }
    }

    /// <summary>Commits the work to the inbox before answering 200; a redelivered activity is answered 200 and
    /// not run again. Busy or stopping: 503, and the Bot Connector sends it again.</summary>
    private async Task<IResult> EnqueueAsync(Activity activity, Turn? turn, IReadOnlyList<Reply> replies, string? refreshActivityId = null,
        IReadOnlyList<TeamsFileLink>? files = null, string? dedupeId = null)
    {
        if (turn is null && replies.Count == 0) return Results.Ok();
        if (activity.ServiceUrl is null || activity.Conversation?.Id is null) return Problem(StatusCodes.Status400BadRequest, "activity has no serviceUrl or conversation");
        var work = new TeamsWork(ConversationReference.From(activity), turn, replies) { RefreshActivityId = refreshActivityId, Files = files ?? [] };
        return await queue.AcceptAsync(work.ToDraft(dedupeId), CancellationToken.None).ConfigureAwait(false) switch
        {
            TurnAdmission.Accepted or TurnAdmission.Duplicate => Results.Ok(),
            TurnAdmission.Stopping => Problem(StatusCodes.Status503ServiceUnavailable, "shutting down, retry later"),
            _ => Problem(StatusCodes.Status503ServiceUnavailable, "busy, retry later"),
        };
    }

    /// <summary><c>Action.Execute</c>: run the action now. A reply meant to replace the pressed card is the invoke
    /// response (Teams swaps the card); every other reply is posted as a new message, so "Open" or "Request
    /// missing info" never overwrites the card they were pressed on, and each press gets one answer.</summary>
    private async Task<IResult> CardActionAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (TurnTranslator.FromCardAction(activity) is not { } turn)
            return Results.Json(new AdaptiveCardInvokeResponse(400, AdaptiveCardInvokeResponse.MessageType, "This button carries no action."), ActivityJson.Options);
        if (members is not null) turn = await members.WithEmailAsync(activity, turn, cancellationToken).ConfigureAwait(false);
        var replies = await handler.HandleAsync(turn, cancellationToken).ConfigureAwait(false);
        var replacing = replies.FirstOrDefault(r => r.Placement == ReplyPlacement.ReplacePressedCard && r.Cards.Count > 0);
        var rest = replies.Where(r => !ReferenceEquals(r, replacing)).ToList();
        if (rest.Count > 0) await EnqueueAsync(activity, null, rest).ConfigureAwait(false);
        AdaptiveCardInvokeResponse response = replacing is not null
            ? new(200, AdaptiveCardInvokeResponse.CardType, renderer.Render(replacing.Cards[0]))
            : new(200, AdaptiveCardInvokeResponse.MessageType, rest.Count > 0 ? "Done; my answer follows." : "Done.");
        return Results.Json(response, ActivityJson.Options);
    }

    private IResult Unauthorized(BotAuthentication authentication)
    {
        logger.LogWarning("Refused a Teams activity: {Reason}", authentication.Failure);
        return Problem(StatusCodes.Status401Unauthorized, "unauthorized");
    }

    private static IResult Problem(int status, string reason) => Results.Json(new { error = reason }, statusCode: status);

    private static bool IsLoopbackServiceUrl(string? serviceUrl) =>
        serviceUrl is null
        || (Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
            && (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip))));
}
