using System.Net;
using System.Text;

namespace TriageBot.Mailbox.Tests;

/// <summary>XOAUTH2 (Microsoft 365, Gmail) against a real dovecot that checks tokens with an introspection endpoint.</summary>
public sealed class OAuthTests : IAsyncLifetime
{
    private const string GoodToken = "ya29.good-access-token";
    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-oauth-").FullName;
    private readonly HttpListener _introspection = new();
    private readonly CancellationTokenSource _stop = new();
    private DovecotServer _server = null!;
    private int _asked;

    public async Task InitializeAsync()
    {
        var port = FreePort();
        _introspection.Prefixes.Add($"http://127.0.0.1:{port}/");
        _introspection.Start();
        _ = Task.Run(AnswerIntrospectionAsync);
        _server = await DovecotServer.StartAsync(introspectionUrl: $"http://127.0.0.1:{port}/introspect");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _stop.Cancel();
        _introspection.Close();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task A_token_printed_by_the_token_command_logs_in_with_XOAUTH2()
    {
        await _server.DeliverAsync(await File.ReadAllBytesAsync(TestMailbox.Sample("19-emergency-suicide-chats.eml")));
        var config = TestMailbox.WriteConfig(_dir, _server, change: root =>
        {
            var mailbox = root["Inbox"]!["Mailboxes"]![0]!;
            mailbox["Auth"] = "xoauth2";
            mailbox["PasswordVariable"] = "";
            mailbox["TokenCommand"] = $"echo 'token helper v1'; echo '{GoodToken}'";
        });

        var run = await InboxPollTests.RunCliAsync(config, "inbox", "poll", "--once");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"uid 1: opened LE-\d{4}-00001 \(P0 emergency\)", run.Output);
        Assert.True(_asked > 0);
        Assert.Contains("method=XOAUTH2", _server.Log);
    }

    [Fact]
    public async Task A_refused_token_exits_2_without_showing_the_token()
    {
        Environment.SetEnvironmentVariable("TRIAGEBOT_TEST_IMAP_TOKEN", "expired-token-123");
        var config = TestMailbox.WriteConfig(_dir, _server, change: root =>
        {
            var mailbox = root["Inbox"]!["Mailboxes"]![0]!;
            mailbox["Auth"] = "xoauth2";
            mailbox["TokenVariable"] = "TRIAGEBOT_TEST_IMAP_TOKEN";
        });

        var run = await InboxPollTests.RunCliAsync(config, "inbox", "poll", "--once");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("refused the login of legal", run.Error);
        Assert.DoesNotContain("expired-token-123", run.Error + run.Output);
    }

    /// <summary>RFC 7662: POST token=… → {"active":true,"username":…} for the one good token.</summary>
    private async Task AnswerIntrospectionAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _introspection.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            Interlocked.Increment(ref _asked);
            var form = await new StreamReader(context.Request.InputStream).ReadToEndAsync();
            var token = WebUtility.UrlDecode(form.Split('&').Select(p => p.Split('=', 2)).FirstOrDefault(p => p[0] == "token")?[1] ?? "");
            var body = Encoding.UTF8.GetBytes(token == GoodToken ? "{\"active\":true,\"username\":\"legal\"}" : "{\"active\":false}");
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
