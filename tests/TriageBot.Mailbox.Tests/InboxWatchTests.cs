using System.Diagnostics;
using System.Net;
using System.Text.Json;
using TriageBot.Cases.Model;
using TriageBot.Cases.Storage;
using TriageBot.CaseTracking;
using TriageBot.Cli;
using TriageBot.Configuration;
using TriageBot.Hosting;
using Xunit.Abstractions;

namespace TriageBot.Mailbox.Tests;

/// <summary><c>triagebot serve</c> watching a real dovecot: pushed (IDLE), polled, and across a server restart.</summary>
public sealed class InboxWatchTests(ITestOutputHelper output) : IAsyncLifetime
{
    // Loose: the machine is shared; the figures are in the test output and the README.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-watch-").FullName;
    private readonly List<IAsyncDisposable> _cleanup = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        for (var i = _cleanup.Count - 1; i >= 0; i--) await _cleanup[i].DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task With_IDLE_each_new_message_becomes_a_case_and_a_page_within_seconds()
    {
        var server = await StartServerAsync(idle: true);
        var (cases, port) = await StartHostAsync(server, pollInterval: TimeSpan.FromMinutes(10)); // only IDLE can be this quick
        await WaitForAsync(async () => (await ReadyAsync(port)).Status == HttpStatusCode.OK);
        Assert.Contains("\"idle\":true", (await ReadyAsync(port)).Body);

        var samples = new[] { "19-emergency-suicide-chats.eml", "21-emergency-bomb-threat-html.eml", "31-fr-requisition-gendarmerie-qp.eml", "14-search-warrant-forwarded-rfc822.eml", "27-preservation-extension-base64.eml" };
        var latencies = new List<TimeSpan>();
        for (var i = 0; i < samples.Length; i++)
        {
            await server.DeliverAsync(await File.ReadAllBytesAsync(TestMailbox.Sample(samples[i])));
            var clock = Stopwatch.StartNew();
            CaseRecord opened;
            try
            {
                opened = await WaitForCaseAsync(cases, i + 1);
            }
            catch (TimeoutException)
            {
                output.WriteLine(server.Log);
                throw;
            }
            if (opened.Priority is Triage.Model.Priority.P0 or Triage.Model.Priority.P1)
                await WaitForAsync(async () => (await cases.Store.GetAuditAsync(opened.Id)).Any(e => e.Action == Cases.Paging.PagingAudit.Step));
            latencies.Add(clock.Elapsed);
            output.WriteLine($"{samples[i]}: {opened.Id} {opened.Priority} case{(opened.Priority <= Triage.Model.Priority.P1 ? " and page" : "")} after {clock.Elapsed.TotalMilliseconds:0} ms");
        }

        var sorted = latencies.Order().ToList();
        output.WriteLine($"IDLE delivery -> case opened (and paged): median {sorted[sorted.Count / 2].TotalMilliseconds:0} ms, max {sorted[^1].TotalMilliseconds:0} ms over {sorted.Count}");
        Assert.All(latencies, l => Assert.True(l < Patience));
        await WaitForAsync(async () => await TestMailbox.CountsAsync(server) == (0, samples.Length, 0));
    }

    [Fact]
    public async Task Without_IDLE_the_watcher_polls_and_still_opens_the_case()
    {
        var server = await StartServerAsync(idle: false);
        var (cases, port) = await StartHostAsync(server, pollInterval: TimeSpan.FromSeconds(1));
        await WaitForAsync(async () => (await ReadyAsync(port)).Status == HttpStatusCode.OK);
        Assert.Contains("\"idle\":false", (await ReadyAsync(port)).Body);

        await server.DeliverAsync(await File.ReadAllBytesAsync(TestMailbox.Sample("19-emergency-suicide-chats.eml")));

        var opened = await WaitForCaseAsync(cases, 1);
        Assert.Equal(Triage.Model.Priority.P0, opened.Priority);
        await WaitForAsync(async () => await TestMailbox.CountsAsync(server) == (0, 1, 0));
    }

    [Fact]
    public async Task A_server_restart_mid_watch_is_reported_in_ready_retried_and_the_watch_resumes()
    {
        var server = await StartServerAsync(idle: true);
        var (cases, port) = await StartHostAsync(server, pollInterval: TimeSpan.FromMinutes(10));
        await WaitForAsync(async () => (await ReadyAsync(port)).Status == HttpStatusCode.OK);

        await server.StopAsync();
        // The first failure is the dropped connection; the retries then cannot connect, with back-off.
        await WaitForAsync(async () => (await ReadyAsync(port)) is { Status: HttpStatusCode.ServiceUnavailable } ready && ready.Body.Contains("cannot connect to 127.0.0.1"));
        var degraded = JsonDocument.Parse((await ReadyAsync(port)).Body).RootElement.GetProperty("checks").GetProperty("mailboxes").GetProperty("data").EnumerateObject().First().Value;
        Assert.Equal("retrying", degraded.GetProperty("state").GetString());
        Assert.Contains("cannot connect to 127.0.0.1", degraded.GetProperty("lastError").GetString());
        Assert.DoesNotContain(DovecotServer.Password, (await ReadyAsync(port)).Body);

        await server.RestartAsync();
        await server.DeliverAsync(await File.ReadAllBytesAsync(TestMailbox.Sample("19-emergency-suicide-chats.eml")));

        var opened = await WaitForCaseAsync(cases, 1);
        Assert.Equal(Triage.Model.Priority.P0, opened.Priority);
        await WaitForAsync(async () => (await ReadyAsync(port)).Status == HttpStatusCode.OK);
    }

    private async Task<DovecotServer> StartServerAsync(bool idle)
    {
        var server = await DovecotServer.StartAsync(idle);
        _cleanup.Add(server);
        return server;
    }

    /// <summary>The real web host (<c>serve</c>) over its own database, watching the test server.</summary>
    private async Task<(CaseServices Cases, int Port)> StartHostAsync(DovecotServer server, TimeSpan pollInterval)
    {
        var config = TestMailbox.WriteConfig(_dir, server, pollInterval);
        var settings = TriageBotSettings.Load(AppConfiguration.Build(config), _dir);
        var cli = new CliContext(() => settings, TextWriter.Null, TextWriter.Null, TimeProvider.System);
        var cases = CaseServices.Open(settings, TimeProvider.System);
        var port = FreePort();
        var app = ServeCommand.Build(cases, cli, $"http://127.0.0.1:{port}");
        await app.StartAsync();
        _cleanup.Add(new Stopper(async () =>
        {
            await app.StopAsync();
            await app.DisposeAsync();
            cases.Dispose();
        }));
        return (cases, port);
    }

    private static async Task<CaseRecord> WaitForCaseAsync(CaseServices cases, int count)
    {
        IReadOnlyList<CaseRecord> all = [];
        await WaitForAsync(async () => (all = await cases.Store.QueryAsync(new CaseQuery { Order = CaseOrder.ReceivedNewestFirst })).Count >= count);
        return all.OrderBy(c => c.Sequence).Last();
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > Patience) throw new TimeoutException($"not true within {Patience.TotalSeconds} s");
            await Task.Delay(20);
        }
    }

    private static async Task<(HttpStatusCode Status, string Body)> ReadyAsync(int port)
    {
        using var http = new HttpClient();
        var response = await http.GetAsync($"http://127.0.0.1:{port}/ready");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Stopper(Func<Task> stop) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await stop();
    }
}
