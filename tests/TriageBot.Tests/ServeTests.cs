using System.Net;
using Microsoft.Extensions.Time.Testing;
using TriageBot.CaseTracking;
using TriageBot.Cli;
using TriageBot.Configuration;
using TriageBot.Hosting;

namespace TriageBot.Tests;

public sealed class ServeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-serve-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task The_host_answers_health_on_loopback_and_releases_the_database_when_stopped()
    {
        var config = LoopbackServers.WriteConfig(_dir);
        var settings = TriageBotSettings.Load(AppConfiguration.Build(config), _dir);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
        var cli = new CliContext(() => settings, TextWriter.Null, TextWriter.Null, time);
        var port = LoopbackServers.FreePort();

        using (var cases = CaseServices.Open(settings, time))
        {
            await using var app = ServeCommand.Build(cases, cli, $"http://127.0.0.1:{port}");
            await app.StartAsync();
            using var http = new HttpClient();
            var response = await http.GetAsync($"http://127.0.0.1:{port}/health");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("\"status\":\"ok\"", await response.Content.ReadAsStringAsync());
            await app.StopAsync();
        }

        using var reopened = CaseServices.Open(settings, time); // the file is free again
        Assert.Empty(await reopened.Store.QueryAsync(new Cases.Storage.CaseQuery()));
    }

}
