using System.Net.Sockets;
using System.Text;
using TriageBot.CaseTracking;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Storage.Files;

namespace TriageBot.Hosting;

/// <summary>
/// How <c>triagebot backup</c> gets a consistent copy while the host owns the database: the host listens on a
/// Unix socket beside the database (<c>&lt;db&gt;.sock</c>, 0600: only the account that runs TriageBot can
/// connect) and writes the copy itself, under the store's lock after a checkpoint (<see cref="LiteDbCaseStore.BackupTo"/>).
/// One request per connection: <c>backup &lt;base64 path&gt;</c>, answered <c>ok &lt;bytes&gt;</c> or
/// <c>error &lt;message&gt;</c>; or <c>check</c> (<c>triagebot store check</c>: the host opens every sealed document
/// itself, so <c>GET /ready</c> gets the counts too), answered <c>ok &lt;base64 JSON&gt;</c> of the counts.
/// </summary>
public sealed class BackupChannel(CaseServices cases, ILogger<BackupChannel> logger) : BackgroundService
{
    public static string SocketPathOf(string databasePath) => databasePath + ".sock";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Socket.OSSupportsUnixDomainSockets) return;
        var path = SocketPathOf(cases.Database.Path);
        // A socket left by a killed host: this process holds the database, so no live host owns it.
        File.Delete(path);
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(path));
        PrivateFile.Restrict(path);
        listener.Listen(4);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                using var client = await listener.AcceptAsync(stoppingToken);
                await AnswerAsync(client, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task AnswerAsync(Socket client, CancellationToken cancellationToken)
    {
        await using var stream = new NetworkStream(client);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        string reply;
        try
        {
            string line;
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(TimeSpan.FromSeconds(10));
                line = await reader.ReadLineAsync(timeout.Token) ?? "";
            }
            var parts = line.Split(' ', 2);
            if (parts is ["check"])
            {
                var result = cases.Database.CheckAll(cancellationToken);
                reply = "ok " + Convert.ToBase64String(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(result));
            }
            else if (parts is not ["backup", var encoded]) reply = "error unknown request";
            else
            {
                var target = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
                var size = cases.Database.BackupTo(target);
                logger.LogWarning("Backup of the case database written ({Bytes} bytes)", size);
                reply = $"ok {size}";
            }
        }
        catch (Exception e) when (e is CaseStoreException or IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            reply = "error " + e.Message.ReplaceLineEndings(" ");
        }
        await writer.WriteLineAsync(reply);
    }

    /// <summary>The client side: asks the host owning <paramref name="databasePath"/> for a backup. Null when no
    /// host answers on the socket (none running).</summary>
    public static Task<(bool Ok, string Message)?> RequestAsync(string databasePath, string target, CancellationToken cancellationToken) =>
        AskAsync(databasePath, "backup " + Convert.ToBase64String(Encoding.UTF8.GetBytes(target)), cancellationToken);

    /// <summary>Asks the running host to check the whole store; null when no host answers (none running).</summary>
    public static async Task<StoreCheckResult?> CheckAsync(string databasePath, CancellationToken cancellationToken)
    {
        if (await AskAsync(databasePath, "check", cancellationToken) is not { } answer) return null;
        if (!answer.Ok) throw new CaseStoreException("the running host could not check the store: " + answer.Message);
        return System.Text.Json.JsonSerializer.Deserialize<StoreCheckResult>(Convert.FromBase64String(answer.Message))
            ?? throw new CaseStoreException("the running host's answer to the store check was empty");
    }

    private static async Task<(bool Ok, string Message)?> AskAsync(string databasePath, string request, CancellationToken cancellationToken)
    {
        var path = SocketPathOf(databasePath);
        if (!Socket.OSSupportsUnixDomainSockets || !File.Exists(path)) return null;
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), cancellationToken);
        }
        catch (SocketException)
        {
            return null;
        }
        await using var stream = new NetworkStream(socket);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        using var reader = new StreamReader(stream, Encoding.UTF8);
        await writer.WriteLineAsync(request);
        var answer = await reader.ReadLineAsync(cancellationToken) ?? "error no answer";
        return answer.StartsWith("ok ", StringComparison.Ordinal) ? (true, answer[3..]) : (false, answer.StartsWith("error ", StringComparison.Ordinal) ? answer[6..] : answer);
    }
}
