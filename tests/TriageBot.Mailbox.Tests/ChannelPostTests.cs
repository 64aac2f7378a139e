using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace TriageBot.Mailbox.Tests;

/// <summary>The case card goes to the configured Slack channel and a P0 is paged, through the host's real Slack
/// client talking to a loopback stand-in for Slack's Web API.</summary>
public sealed class ChannelPostTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-post-").FullName;
    private HttpListener _slack = new();
    private readonly ConcurrentQueue<(string Method, string Body)> _calls = new();
    private DovecotServer _server = null!;
    private int _port;

    public async Task InitializeAsync()
    {
        // A free port is probed and released before the listener takes it; another test process running in parallel
        // may take it first, so a few fresh ports are tried.
        for (var attempt = 1; ; attempt++)
        {
            using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                _port = ((IPEndPoint)probe.LocalEndpoint).Port;
            }
            _slack.Prefixes.Add($"http://127.0.0.1:{_port}/api/");
            try
            {
                _slack.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                _slack.Close();
                _slack = new HttpListener();
            }
        }
        _ = Task.Run(AnswerSlackAsync);
        _server = await DovecotServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _slack.Close();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task An_emailed_emergency_is_posted_to_the_Slack_channel_with_Open_Take_Assign_and_paged()
    {
        Environment.SetEnvironmentVariable("TRIAGEBOT_TEST_SLACK_BOT_TOKEN", "xoxb-test-token");
        var config = TestMailbox.WriteConfig(_dir, _server, change: root =>
        {
            root["Inbox"]!["SlackChannel"] = "C0LEGAL";
            root["Slack"]!["ApiBaseUrl"] = $"http://127.0.0.1:{_port}/api/";
            root["Slack"]!["BotTokenVariable"] = "TRIAGEBOT_TEST_SLACK_BOT_TOKEN";
        });
        await _server.DeliverAsync(await File.ReadAllBytesAsync(TestMailbox.Sample("19-emergency-suicide-chats.eml")));

        var run = await InboxPollTests.RunCliAsync(config, "inbox", "poll", "--once");

        Assert.Equal(0, run.ExitCode);
        var posts = _calls.Where(c => c.Method == "chat.postMessage").Select(c => JsonNode.Parse(c.Body)!).ToList();
        var card = Assert.Single(posts, p => (string?)p["channel"] == "C0LEGAL");
        var text = card.ToJsonString();
        Assert.Matches(@"LE-\d{4}-00001", text);
        // Button texts as Block Kit carries them ("Assign…" is escaped in the JSON, so its stem is looked for).
        foreach (var button in new[] { "\"Open\"", "\"Assign to me\"", "\"Assign" }) Assert.Contains(button, text);
        // The page: a direct message to the on-call primary, opened by the pager.
        Assert.Contains(_calls, c => c.Method == "conversations.open");
        Assert.Contains(posts, p => (string?)p["channel"] == "D0PAGE");
    }

    private async Task AnswerSlackAsync()
    {
        while (_slack.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _slack.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var method = context.Request.Url!.AbsolutePath.Split('/').Last();
            var body = await new StreamReader(context.Request.InputStream).ReadToEndAsync();
            _calls.Enqueue((method, body));
            var answer = method switch
            {
                "chat.postMessage" => $"{{\"ok\":true,\"channel\":\"{JsonNode.Parse(body)?["channel"]}\",\"ts\":\"1700000000.{_calls.Count:000000}\"}}",
                "conversations.open" => "{\"ok\":true,\"channel\":{\"id\":\"D0PAGE\"}}",
                "users.lookupByEmail" or "users.info" => "{\"ok\":true,\"user\":{\"id\":\"U0LEE\",\"name\":\"lee\",\"real_name\":\"Lee Tanaka\",\"profile\":{\"email\":\"lee@northwind-labs.com\"}}}",
                _ => "{\"ok\":true}",
            };
            var bytes = Encoding.UTF8.GetBytes(answer);
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
