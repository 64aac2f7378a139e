using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using TriageBot.CaseTracking;
using TriageBot.Cli;
using TriageBot.Configuration;
using TriageBot.Hosting;
using TriageBot.Slack;

namespace TriageBot.Tests;

/// <summary>What the host's endpoints do with input they cannot take (400 with the reason, nothing queued), and
/// where a slash command without a usable response_url is answered (privately, never in the channel).</summary>
public sealed class EndpointInputTests : IAsyncLifetime
{
    private const string Secret = "endpoint-input-secret";
    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-input-").FullName;
    private ChatServiceFakes _fakes = null!;
    private CaseServices _cases = null!;
    private Microsoft.AspNetCore.Builder.WebApplication _app = null!;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(15) };
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private string _url = "";

    public async Task InitializeAsync()
    {
        _fakes = await ChatServiceFakes.StartAsync();
        var config = LoopbackServers.WriteConfig(_dir,
            ("\"LocalMode\": false", "\"LocalMode\": true"),
            ("{ \"Id\": \"dana\", ", "{ \"Id\": \"dana\", \"SlackId\": \"U0DANA\", "),
            ("\"https://slack.com/api/\"", $"\"{_fakes.BaseUrl}api/\""));
        var loaded = TriageBotSettings.Load(AppConfiguration.Build(config), _dir);
        var secrets = new Dictionary<string, string?> { ["SLACK_SIGNING_SECRET"] = Secret, ["SLACK_BOT_TOKEN"] = null };
        var settings = loaded with { Slack = loaded.Slack with { ReadSecret = name => secrets.GetValueOrDefault(name) } };
        _cases = CaseServices.Open(settings, _time);
        var port = LoopbackServers.FreePort();
        _url = $"http://127.0.0.1:{port}/";
        // The bot token is read per call: set for the workers, but after Build so paging stays off in this host.
        _app = ServeCommand.Build(_cases, new CliContext(() => settings, TextWriter.Null, TextWriter.Null, _time), _url.TrimEnd('/'));
        secrets["SLACK_BOT_TOKEN"] = "xoxb-input";
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _cases.Dispose();
        await _fakes.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    private Task<HttpResponseMessage> PostSlackAsync(string path, byte[] body, string contentType)
    {
        var timestamp = _time.GetUtcNow().ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, _url + path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        request.Headers.Add(SlackSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Sign(Secret, timestamp, body));
        return _http.SendAsync(request);
    }

    [Fact]
    public async Task A_signed_slack_body_that_is_not_utf8_is_refused_with_400_and_the_reason()
    {
        var body = Encoding.UTF8.GetBytes("""{"type":"event_callback","team_id":"T1","event_id":"Ev1","event":{"type":"message","text":"X"}}""");
        body[body.Length - 5] = 0xC3; // a lead byte with no continuation
        var response = await PostSlackAsync("slack/events", body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid UTF-8", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_string_with_a_lone_surrogate_is_refused_with_400_not_500()
    {
        var body = Encoding.UTF8.GetBytes("""{"type":"event_callback","team_id":"T1","event_id":"Ev2","event":{"type":"message","channel_type":"im","channel":"D1","user":"U1","text":"\ud800"}}""");
        var response = await PostSlackAsync("slack/events", body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_content_type_is_refused_with_400_naming_the_expected_one_on_slack_and_teams()
    {
        var slack = await PostSlackAsync("slack/commands", Encoding.UTF8.GetBytes("""{"command":"/triage"}"""), "application/json");
        using var teams = await _http.PostAsync(_url + "api/messages", new StringContent("type=message", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, slack.StatusCode);
        Assert.Contains("application/x-www-form-urlencoded", await slack.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, teams.StatusCode);
        Assert.Contains("application/json", await teams.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slash_command_without_a_usable_response_url_is_answered_only_to_the_person_who_typed_it()
    {
        // A response_url Slack would never send (plain http to another host): treated as absent.
        var form = "team_id=T1&channel_id=C0PUBLIC&user_id=U0DANA&user_name=dana&command=%2Ftriage&text=oncall&response_url=http%3A%2F%2Fexample.com%2Fhook";
        var response = await PostSlackAsync("slack/commands", Encoding.UTF8.GetBytes(form), "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (DateTime.UtcNow < deadline && !_fakes.Calls.Any(c => c.Target == "chat.postEphemeral")) await Task.Delay(100);
        var ephemeral = Assert.Single(_fakes.Calls, c => c.Target == "chat.postEphemeral");
        Assert.Equal(("C0PUBLIC", "U0DANA"), ((string?)ephemeral.Body["channel"], (string?)ephemeral.Body["user"]));
        Assert.DoesNotContain(_fakes.Calls, c => c.Target == "chat.postMessage" && (string?)c.Body["channel"] == "C0PUBLIC");
    }

    [Fact]
    public async Task Ready_reports_the_database_the_inbox_depth_and_dead_letters()
    {
        var ready = System.Text.Json.Nodes.JsonNode.Parse(await _http.GetStringAsync(_url + "ready"))!;

        Assert.Equal("healthy", (string?)ready["checks"]!["inbox"]!["status"]);
        Assert.Equal("open", (string?)ready["checks"]!["inbox"]!["data"]!["database"]);
        Assert.Equal(0, (int)ready["checks"]!["inbox"]!["data"]!["dead"]!);
    }

    [Fact]
    public async Task Ready_says_degraded_but_still_answers_200_when_the_on_call_chain_cannot_be_paged()
    {
        // This host has no Slack bot token and no Teams app: nobody on the chain can be reached.
        using var response = await _http.GetAsync(_url + "ready");
        var ready = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("degraded", (string?)ready["status"]);
        var paging = ready["checks"]!["paging"]!;
        Assert.Equal("degraded", (string?)paging["status"]);
        Assert.Equal((int)paging["data"]!["chainMembers"]!, (int)paging["data"]!["unreachable"]!);
        Assert.StartsWith("No member of the on-call chain can be reached", (string?)paging["description"]);
    }
}
