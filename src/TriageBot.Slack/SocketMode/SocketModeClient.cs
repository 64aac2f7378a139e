using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TriageBot.Slack.Outbound;

namespace TriageBot.Slack.SocketMode;

/// <summary>
/// Socket Mode: instead of Slack calling a public URL, the bot asks for a WebSocket URL
/// (<c>apps.connections.open</c>, app-level token), dials out, and receives the same payloads as envelopes,
/// each acknowledged by its <c>envelope_id</c>. Slack's <c>disconnect</c> is followed at once by a new
/// connection; failures (the URL refused, the socket dropped) back off exponentially on <see cref="TimeProvider"/>.
/// Nothing here ends the host: every failure is logged and followed by another attempt until shutdown.
/// </summary>
internal sealed class SocketModeClient(
    IServiceScopeFactory scopes, SocketModeEnvelopeHandler envelopes, SlackOptions options, TimeProvider time, ILogger<SocketModeClient> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            SessionEnd end;
            try
            {
                end = await RunSessionAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (SlackApiException e)
            {
                logger.LogError("Socket Mode: could not open a connection: {Error}: {Message}", e.Error, e.Message);
                end = new SessionEnd(Greeted: false, Requested: false);
            }
            catch (Exception e) when (e is WebSocketException or HttpRequestException or OperationCanceledException or IOException)
            {
                logger.LogWarning("Socket Mode connection lost: {Reason}", e.Message);
                end = new SessionEnd(Greeted: false, Requested: false);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Socket Mode connection failed");
                end = new SessionEnd(Greeted: false, Requested: false);
            }

            if (end.Requested) { failures = 0; continue; } // Slack asked for it and has a new connection ready
            failures = end.Greeted ? 1 : failures + 1;  // a connection that worked starts the back-off afresh
            var delay = Backoff(failures);
            logger.LogWarning("Socket Mode: reconnecting in {Delay}", delay);
            try
            {
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>How a connection ended: after Slack's hello or not, and whether Slack asked for the reconnect.</summary>
    private readonly record struct SessionEnd(bool Greeted, bool Requested);

    private async Task<SessionEnd> RunSessionAsync(CancellationToken stoppingToken)
    {
        Uri url;
        using (var scope = scopes.CreateScope())
            url = await scope.ServiceProvider.GetRequiredService<SlackWebApi>().OpenSocketConnectionAsync(stoppingToken).ConfigureAwait(false);

        using var socket = new ClientWebSocket();
        // Slack pings; answering is automatic. Our own pings with a timeout notice a connection that died silently.
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(30);
        socket.Options.KeepAliveTimeout = TimeSpan.FromSeconds(30);
        using (var connect = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
        {
            connect.CancelAfter(TimeSpan.FromSeconds(30));
            await socket.ConnectAsync(url, connect.Token).ConfigureAwait(false);
        }

        var greeted = false;
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            while (true)
            {
                buffer.ResetWrittenCount();
                if (!await ReceiveAsync(socket, buffer, stoppingToken).ConfigureAwait(false))
                {
                    logger.LogWarning("Socket Mode: Slack closed the connection ({Status})", socket.CloseStatus);
                    return new SessionEnd(greeted, Requested: false);
                }
                var step = await envelopes.HandleAsync(buffer.WrittenMemory, stoppingToken).ConfigureAwait(false);
                if (step.Ack is { } ack)
                    await socket.SendAsync(Encoding.UTF8.GetBytes(ack), WebSocketMessageType.Text, endOfMessage: true, stoppingToken).ConfigureAwait(false);
                switch (step.Signal)
                {
                    case SocketModeSignal.Hello:
                        greeted = true;
                        logger.LogInformation("Socket Mode connected");
                        break;
                    case SocketModeSignal.Disconnect:
                        LogDisconnect(step.Reason);
                        await CloseQuietlyAsync(socket).ConfigureAwait(false);
                        return new SessionEnd(greeted, Requested: step.Reason != "link_disabled");
                }
            }
        }
        finally
        {
            if (stoppingToken.IsCancellationRequested) await CloseQuietlyAsync(socket).ConfigureAwait(false);
        }
    }

    /// <summary>One whole text message into <paramref name="buffer"/>; false when the peer closed. A message
    /// larger than any Slack payload closes the connection (it cannot be from Slack).</summary>
    private async Task<bool> ReceiveAsync(ClientWebSocket socket, ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close) return false;
            buffer.Advance(result.Count);
            if (buffer.WrittenCount > options.MaxRequestBytes)
                throw new WebSocketException(WebSocketError.Faulted, "a message exceeded the size limit");
            if (result.EndOfMessage) return true;
        }
    }

    private void LogDisconnect(string? reason)
    {
        // link_disabled: Socket Mode was switched off in the app settings; reconnecting cannot succeed until it is back.
        if (reason == "link_disabled")
            logger.LogError("Socket Mode: Slack disabled the connection (link_disabled); check that Socket Mode is on in the Slack app settings");
        else
            logger.LogInformation("Socket Mode: Slack asked to reconnect ({Reason})", reason);
    }

    private static async Task CloseQuietlyAsync(ClientWebSocket socket)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived)) return;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The socket is going away either way.
        }
    }

    internal TimeSpan Backoff(int failures)
    {
        var delay = options.SocketReconnectBaseDelay * Math.Pow(2, Math.Min(failures - 1, 20));
        return delay < options.SocketReconnectMaxDelay ? delay : options.SocketReconnectMaxDelay;
    }
}
