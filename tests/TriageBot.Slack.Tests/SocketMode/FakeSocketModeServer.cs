using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TriageBot.Slack.Tests.SocketMode;

/// <summary>
/// A loopback stand-in for Slack's Socket Mode WebSocket endpoint (Kestrel with <c>UseWebSockets</c>): each
/// connection the bot opens is handed to the test, which sends envelopes and reads the acknowledgements.
/// </summary>
public sealed class FakeSocketModeServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<Connection> _connections = Channel.CreateUnbounded<Connection>();
    private readonly System.Collections.Concurrent.ConcurrentQueue<Connection> _all = new();

    private FakeSocketModeServer(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public static async Task<FakeSocketModeServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new FakeSocketModeServer(builder.Build());
        server._app.UseWebSockets();
        server._app.Map("/link", async (HttpContext context) =>
        {
            if (!context.WebSockets.IsWebSocketRequest) { context.Response.StatusCode = 400; return; }
            var connection = new Connection(await context.WebSockets.AcceptWebSocketAsync());
            server._all.Enqueue(connection);
            server._connections.Writer.TryWrite(connection);
            await connection.Ended.Task; // the socket lives as long as the request
        });
        await server._app.StartAsync();
        server.Url = new Uri(server._app.Urls.Single().Replace("http://", "ws://", StringComparison.Ordinal).TrimEnd('/') + "/link?ticket=t1");
        return server;
    }

    /// <summary>The next connection the bot opens (bounded wait).</summary>
    public async Task<Connection> NextConnectionAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await _connections.Reader.ReadAsync(cts.Token);
    }

    /// <summary>True if a connection arrives within <paramref name="wait"/>.</summary>
    public async Task<bool> ConnectsWithinAsync(TimeSpan wait)
    {
        using var cts = new CancellationTokenSource(wait);
        try
        {
            return await _connections.Reader.WaitToReadAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _all) connection.Drop(); // else shutting down would wait for open sockets
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>One accepted WebSocket: the test speaks for Slack on it.</summary>
    public sealed class Connection(WebSocket socket)
    {
        internal TaskCompletionSource Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task SendAsync(string json) =>
            socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

        public Task HelloAsync() => SendAsync("""{"type":"hello","num_connections":1,"connection_info":{"app_id":"A0APP"},"debug_info":{"host":"fake"}}""");

        public Task EnvelopeAsync(string envelopeId, string type, string payloadJson, bool acceptsResponsePayload = false) =>
            SendAsync($$"""{"envelope_id":"{{envelopeId}}","type":"{{type}}","accepts_response_payload":{{(acceptsResponsePayload ? "true" : "false")}},"payload":{{payloadJson}}}""");

        /// <summary>The next message from the bot (an acknowledgement), bounded.</summary>
        public async Task<JsonNode> ReceiveAsync(TimeSpan? timeout = null)
        {
            using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
            using var buffer = new MemoryStream();
            var chunk = new byte[4096];
            while (true)
            {
                var result = await socket.ReceiveAsync(chunk, cts.Token);
                if (result.MessageType == WebSocketMessageType.Close) throw new InvalidOperationException("the bot closed the socket");
                buffer.Write(chunk, 0, result.Count);
                if (result.EndOfMessage) return JsonNode.Parse(buffer.ToArray())!;
            }
        }

        /// <summary>True if the bot sends nothing within <paramref name="wait"/>. A cancelled WebSocket receive
        /// aborts the socket, so this is the last thing a test does with a connection.</summary>
        public async Task<bool> IsSilentForAsync(TimeSpan wait)
        {
            try
            {
                await ReceiveAsync(wait);
                return false;
            }
            catch (OperationCanceledException)
            {
                return true;
            }
        }

        /// <summary>The connection breaks without a close handshake, as a network failure would.</summary>
        public void Drop()
        {
            if (Ended.Task.IsCompleted) return; // the request is over and its socket already gone
            socket.Abort();
            Ended.TrySetResult();
        }

        /// <summary>Ends the request once the bot has closed its side (after a <c>disconnect</c>).</summary>
        public void Release() => Ended.TrySetResult();
    }
}
