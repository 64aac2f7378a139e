using TriageBot.Channels;
using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TriageBot.Dialogs.Messages;
using TriageBot.Teams.Hosting;

namespace TriageBot.Teams.Tests;

internal static class Loopback
{
    public static WebApplication Create(Action<IServiceCollection>? services = null, ILoggerProvider? logs = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (logs is not null) builder.Logging.AddProvider(logs);
        services?.Invoke(builder.Services);
        return builder.Build();
    }

    public static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    /// <summary>Waits for the next item with a bound, so a broken test fails instead of hanging.</summary>
    public static async Task<T> NextAsync<T>(this ChannelReader<T> reader, int seconds = 10)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        return await reader.ReadAsync(timeout.Token);
    }
}

/// <summary>The dialogs, stubbed: records turns and answers each with what <see cref="Answer"/> says.</summary>
internal sealed class TeamsTurnRecorder : IConversationTurnHandler
{
    private readonly Channel<Turn> _turns = Channel.CreateUnbounded<Turn>();
    public Func<Turn, IReadOnlyList<Reply>> Answer { get; set; } = turn => [Reply.Say("you said: " + turn.Text)];
    public ChannelReader<Turn> Turns => _turns.Reader;

    public Task<IReadOnlyList<Reply>> HandleAsync(Turn turn, CancellationToken cancellationToken)
    {
        _turns.Writer.TryWrite(turn);
        return Task.FromResult(Answer(turn));
    }
}

internal sealed class RecordingReplySender : ITeamsReplySender
{
    private readonly Channel<(ConversationReference Conversation, Reply Reply)> _sent = Channel.CreateUnbounded<(ConversationReference, Reply)>();
    public ChannelReader<(ConversationReference Conversation, Reply Reply)> Sent => _sent.Reader;

    private readonly Channel<(string ActivityId, Reply Reply)> _updated = Channel.CreateUnbounded<(string, Reply)>();
    public ChannelReader<(string ActivityId, Reply Reply)> Updated => _updated.Reader;

    public Task SendAsync(ConversationReference conversation, Reply reply, CancellationToken cancellationToken)
    {
        _sent.Writer.TryWrite((conversation, reply));
        return Task.CompletedTask;
    }

    public Task UpdateAsync(ConversationReference conversation, string activityId, Reply reply, CancellationToken cancellationToken)
    {
        _updated.Writer.TryWrite((activityId, reply));
        return Task.CompletedTask;
    }
}

/// <summary>TriageBot's Teams endpoint on a loopback port, with the dialogs (and optionally the sender) stubbed.</summary>
internal sealed class TeamsHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TempDatabase _database;
    public HttpClient Client { get; }
    public TeamsTurnRecorder Handler { get; }

    private TeamsHost(WebApplication app, TeamsTurnRecorder handler, TempDatabase database)
    {
        _app = app;
        _database = database;
        Handler = handler;
        Client = new HttpClient { BaseAddress = new Uri(Loopback.Address(app)), Timeout = TimeSpan.FromSeconds(15) };
    }

    public T Service<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public static async Task<TeamsHost> StartAsync(TeamsOptions options, TimeProvider time, ITeamsReplySender? sender = null,
        Action<IServiceCollection>? configure = null, ILoggerProvider? logs = null)
    {
        var handler = new TeamsTurnRecorder();
        var database = new TempDatabase(time);
        var app = Loopback.Create(services =>
        {
            services.AddSingleton(time);
            services.AddSingleton<IConversationTurnHandler>(handler);
            services.AddTurnPipeline(database.Store.Inbox);
            services.AddSingleton(database.References);
            if (sender is not null) services.AddSingleton(sender);
            configure?.Invoke(services);
            services.AddTeams(options.CopyTo);
        }, logs);
        app.MapTeams();
        await app.StartAsync();
        return new TeamsHost(app, handler, database);
    }

    public Task<HttpResponseMessage> PostAsync(string json, string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        _database.Dispose();
    }
}

/// <summary>A Bot Connector and Entra token endpoint on loopback: records every call, answers from a script.</summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ConnectorCall> _calls = Channel.CreateUnbounded<ConnectorCall>();
    public ConcurrentQueue<Func<HttpResponse, Task>> Script { get; } = new();
    public int TokenRequests;
    public string? LastTokenForm;

    private FakeConnector(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";
    public string TokenEndpoint => Url + "oauth2/v2.0/token";
    public ChannelReader<ConnectorCall> Calls => _calls.Reader;

    public static async Task<FakeConnector> StartAsync()
    {
        var app = Loopback.Create();
        var connector = new FakeConnector(app);
        app.MapPost("/oauth2/v2.0/token", async (HttpContext context) =>
        {
            Interlocked.Increment(ref connector.TokenRequests);
            connector.LastTokenForm = await new StreamReader(context.Request.Body).ReadToEndAsync();
            return Results.Json(new { token_type = "Bearer", expires_in = 3600, access_token = $"bot-token-{connector.TokenRequests}" });
        });
        app.Map("/v3/{**rest}", async (HttpContext context) =>
        {
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            connector._calls.Writer.TryWrite(new ConnectorCall(context.Request.Method, context.Request.Path, context.Request.Headers.Authorization.ToString(),
                body.Length > 0 ? JsonNode.Parse(body) : null));
            if (connector.Script.TryDequeue(out var respond)) await respond(context.Response);
            else await context.Response.WriteAsJsonAsync(new { id = "activity-1" });
        });
        await app.StartAsync();
        connector.Url = Loopback.Address(app) + "/";
        return connector;
    }

    public static Func<HttpResponse, Task> Status(int status, string? retryAfter = null) => response =>
    {
        response.StatusCode = status;
        if (retryAfter is not null) response.Headers.RetryAfter = retryAfter;
        return Task.CompletedTask;
    };

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

internal sealed record ConnectorCall(string Method, string Path, string Authorization, JsonNode? Body);
