using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using TriageBot.CaseTracking;
using TriageBot.Cli;
using TriageBot.Configuration;
using TriageBot.Hosting;

namespace TriageBot.Tests;

/// <summary>The host with the Teams channel attached: local mode on loopback answers through the connector;
/// with an app id configured, an unauthenticated activity is refused.</summary>
public sealed class ServeTeamsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-teams-").FullName;

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(_passwordVariable, null);
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>The app password comes from a variable only this test sets (tests run in parallel).</summary>
    private readonly string _passwordVariable = "TRIAGEBOT_TEST_TEAMS_PASSWORD_" + Guid.NewGuid().ToString("N");

    private string Config(string appId, bool localMode = false) => LoopbackServers.WriteConfig(_dir,
        ("\"AppId\": \"\"", $"\"AppId\": \"{appId}\""),
        ("\"LocalMode\": false", $"\"LocalMode\": {(localMode ? "true" : "false")}"),
        ("\"TRIAGEBOT_TEAMS_APP_PASSWORD\"", $"\"{_passwordVariable}\""));

    private TriageBotSettings Settings(string appId, bool localMode = false) =>
        TriageBotSettings.Load(AppConfiguration.Build(Config(appId, localMode)), _dir);

    private static object Message(string serviceUrl, string text) => new
    {
        type = "message",
        id = "activity-1",
        channelId = "msteams",
        serviceUrl,
        from = new { id = "29:dana", name = "Dana Whitfield", aadObjectId = "aad-dana" },
        conversation = new { id = "a:personal-dana", conversationType = "personal" },
        recipient = new { id = "28:triagebot", name = "TriageBot" },
        text,
    };

    [Fact]
    public async Task In_local_mode_a_teams_message_is_answered_through_the_connector()
    {
        var settings = Settings(appId: "", localMode: true);
        settings.Cases.Team.Single(m => m.Id == "dana").TeamsId = "aad-dana";
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
        await using var connector = await PostRecorder.StartAsync("/v3/conversations/{id}/activities/{replyTo?}", new { id = "sent-1" });
        using var cases = CaseServices.Open(settings, time);
        var port = LoopbackServers.FreePort();
        await using var app = ServeCommand.Build(cases, new CliContext(() => settings, TextWriter.Null, TextWriter.Null, time), $"http://127.0.0.1:{port}");
        await app.StartAsync();

        using var http = new HttpClient();
        var response = await http.PostAsJsonAsync($"http://127.0.0.1:{port}/api/messages", Message(connector.BaseUrl, "who is on call"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = JsonNode.Parse(await connector.NextAsync(TimeSpan.FromSeconds(20)))!.AsObject();
        Assert.Equal("message", reply["type"]?.GetValue<string>());
        Assert.Contains("On call", reply.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        await app.StopAsync();
    }

    [Fact]
    public async Task With_an_app_id_an_activity_without_a_token_is_refused()
    {
        Environment.SetEnvironmentVariable(_passwordVariable, "s3cret");
        var settings = Settings(appId: "11111111-2222-3333-4444-555555555555");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
        using var cases = CaseServices.Open(settings, time);
        var port = LoopbackServers.FreePort();
        await using var app = ServeCommand.Build(cases, new CliContext(() => settings, TextWriter.Null, TextWriter.Null, time), $"http://127.0.0.1:{port}");
        await app.StartAsync();

        using var http = new HttpClient();
        var response = await http.PostAsJsonAsync($"http://127.0.0.1:{port}/api/messages", Message("https://smba.trafficmanager.net/amer/", "queue"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync());
        await app.StopAsync();
    }

    [Fact]
    public async Task With_the_default_configuration_the_teams_endpoint_is_off_and_says_how_to_switch_it_on()
    {
        var settings = Settings(appId: "");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
        using var cases = CaseServices.Open(settings, time);
        var port = LoopbackServers.FreePort();
        await using var app = ServeCommand.Build(cases, new CliContext(() => settings, TextWriter.Null, TextWriter.Null, time), $"http://127.0.0.1:{port}");
        await app.StartAsync();

        using var http = new HttpClient();
        var response = await http.PostAsJsonAsync($"http://127.0.0.1:{port}/api/messages", Message("http://127.0.0.1:1/", "queue"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Teams:LocalMode", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.StopAsync();
    }

    [Fact]
    public async Task Serve_with_an_app_id_and_no_app_password_refuses_to_start_naming_the_variable()
    {
        var run = await CommandLineRun.RunWithAsync(Config("11111111-2222-3333-4444-555555555555"), null, "serve", "--urls", $"http://127.0.0.1:{LoopbackServers.FreePort()}");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"Teams:AppId is set but the app password is missing: set the environment variable {_passwordVariable}", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", run.Error, StringComparison.Ordinal);
    }
}
