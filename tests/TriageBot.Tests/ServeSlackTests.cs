using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using TriageBot.CaseTracking;
using TriageBot.Cli;
using TriageBot.Configuration;
using TriageBot.Hosting;
using TriageBot.Slack;

namespace TriageBot.Tests;

/// <summary>The host with the Slack channel attached: a signed /triage command is answered through its
/// response_url; an unsigned one is refused.</summary>
public sealed class ServeSlackTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-slack-").FullName;
    private readonly string _secretVariable = "TRIAGEBOT_TEST_SLACK_SECRET_" + Guid.NewGuid().ToString("N");
    private const string Secret = "test-signing-secret-0123456789";

    public ServeSlackTests() => Environment.SetEnvironmentVariable(_secretVariable, Secret);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(_secretVariable, null);
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task A_signed_slash_command_is_answered_and_an_unsigned_one_refused()
    {
        var config = LoopbackServers.WriteConfig(_dir, ("\"SLACK_SIGNING_SECRET\"", $"\"{_secretVariable}\""));
        var settings = TriageBotSettings.Load(AppConfiguration.Build(config), _dir);
        settings.Cases.Team.Single(m => m.Id == "dana").SlackId = "U0DANA";
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var responses = await PostRecorder.StartAsync("/commands/T1/1/abc", new { });
        using var cases = CaseServices.Open(settings, time);
        var port = LoopbackServers.FreePort();
        await using var app = ServeCommand.Build(cases, new CliContext(() => settings, TextWriter.Null, TextWriter.Null, time), $"http://127.0.0.1:{port}");
        await app.StartAsync();
        var body = $"token=x&team_id=T1&channel_id=D1&user_id=U0DANA&command=%2Ftriage&text=oncall&response_url={Uri.EscapeDataString(responses.BaseUrl + "commands/T1/1/abc")}&trigger_id=1";
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var http = new HttpClient();

        using var unsigned = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");
        var refused = await http.PostAsync($"http://127.0.0.1:{port}/slack/commands", unsigned);

        using var signed = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");
        signed.Headers.Add("X-Slack-Request-Timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        signed.Headers.Add("X-Slack-Signature", SlackSignature.Sign(Secret, timestamp, Encoding.UTF8.GetBytes(body)));
        var accepted = await http.PostAsync($"http://127.0.0.1:{port}/slack/commands", signed);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var answer = await responses.NextAsync(TimeSpan.FromSeconds(20));
        Assert.Contains("on call", answer, StringComparison.OrdinalIgnoreCase);
        await app.StopAsync();
    }
}
