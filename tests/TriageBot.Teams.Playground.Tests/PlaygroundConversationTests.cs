using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using TriageBot.CaseTracking;
using TriageBot.Cli;
using TriageBot.Configuration;
using TriageBot.Hosting;

namespace TriageBot.Teams.Playground.Tests;

/// <summary>
/// Microsoft 365 Agents Playground is the channel: the host runs on loopback in Teams local mode, the playground
/// posts to its <c>/api/messages</c> and the bot answers through the playground's mock connector. The conversation
/// is typed into the playground's web page with Playwright (Debian's chromium); assertions read the playground's
/// own events recording (what its connector received) and its page. The rendered case card is saved as
/// <c>TestResults/teams-card.png</c>.
/// </summary>
public sealed class PlaygroundConversationTests : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const string ConversationId = "triagebot-playground-personal";
    /// <summary>The playground's default signed-in user (Alex Wilber) and its Entra object id.</summary>
    private const string PlaygroundUserAadObjectId = "00000000-0000-0000-0000-0000000000020";

    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-playground-").FullName;
    private CaseServices? _cases;
    private Microsoft.AspNetCore.Builder.WebApplication? _host;
    private PlaygroundProcess? _playground;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: install Debian's chromium (.ci/run does)");
        var config = Path.Combine(_dir, "appsettings.json");
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "appsettings.json")))!;
        json["Cases"]!["DatabasePath"] = Path.Combine(_dir, "data", "cases.db");
        json["Cases"]!["Team"]!.AsArray().Add(new JsonObject
        {
            ["Id"] = "alex", ["Name"] = "Alex Wilber", ["Email"] = "alex@northwind-labs.com",
            ["Roles"] = new JsonArray("reviewer"), ["Skills"] = new JsonArray(), ["TeamsId"] = PlaygroundUserAadObjectId,
        });
        json["Teams"]!["AppId"] = "";
        json["Teams"]!["LocalMode"] = true;
        File.WriteAllText(config, json.ToJsonString());
        var settings = TriageBotSettings.Load(AppConfiguration.Build(config), _dir);

        _cases = CaseServices.Open(settings, TimeProvider.System);
        var hostPort = FreePort();
        _host = ServeCommand.Build(_cases, new CliContext(() => settings, TextWriter.Null, TextWriter.Null, TimeProvider.System), $"http://127.0.0.1:{hostPort}");
        await _host.StartAsync();

        _playground = await PlaygroundProcess.StartAsync($"http://127.0.0.1:{hostPort}/api/messages", ConversationId, _dir, TimeSpan.FromSeconds(60));

        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        _playground?.Dispose();
        if (_host is not null)
        {
            await _host.StopAsync();
            await _host.DisposeAsync();
        }
        _cases?.Dispose();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [Fact]
    public async Task A_pasted_request_becomes_a_case_card_in_the_playground_and_can_be_taken()
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1800 } });
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(_playground!.Url);
        var request = File.ReadAllText(Path.Combine(Repository.Root, "samples", "11-search-warrant-threat-to-life.txt")).Trim();

        try
        {
            // Paste the request: the bot answers with the triage summary card and asks about the type.
            await SayAsync(page, request, "Is that the right type?");
            var summary = _playground.BotMessages().First(m => m.ToJsonString().Contains("Triaged: Search warrant", StringComparison.Ordinal));
            Assert.Equal("application/vnd.microsoft.card.adaptive", summary["attachments"]![0]!["contentType"]!.GetValue<string>());
            // An emergency is opened and paged at the first reading, before any question.
            Assert.Contains(_playground.BotMessages(), m => m.ToJsonString().Contains("so I opened LE-2026-00001 and paged before asking anything", StringComparison.Ordinal));
            await SayAsync(page, "yes", "Is it?");
            await SayAsync(page, "skip", "Please answer yes or no");
            await SayAsync(page, "skip", "Please answer yes or no", occurrences: 2);
            await SayAsync(page, "skip", "Completed LE-2026-00001");

            // The case card is rendered by the playground's Adaptive Card renderer: take the case from it.
            var take = page.GetByRole(AriaRole.Button, new() { Name = "Assign to me" }).Last;
            await take.WaitForAsync();
            await take.ClickAsync();
            // Action.Execute: the playground invokes adaptiveCard/action and shows the bot's invoke response on the card.
            await page.GetByText("You have LE-2026-00001 now", new() { Exact = false }).First.WaitForAsync();
            // The card the button was on is refreshed in place: its title now says who took it and when.
            await page.GetByText("taken by", new() { Exact = false }).First.WaitForAsync();
            var invoke = await _playground.WaitForInvokeResponseAsync(TimeSpan.FromSeconds(30));
            Assert.Contains("LE-2026-00001", invoke.ToJsonString(), StringComparison.Ordinal);
            Assert.Contains("assigned", invoke.ToJsonString(), StringComparison.Ordinal);
            var stored = await _cases!.Store.GetAsync("LE-2026-00001", CancellationToken.None);
            Assert.Equal("alex", stored?.Assignee);
        }
        finally
        {
            var results = Path.Combine(Repository.Root, "TestResults");
            Directory.CreateDirectory(results);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(results, "teams-card.png"), FullPage = true });
        }
    }

    /// <summary>Types <paramref name="text"/> into the playground's compose box and waits until the playground's
    /// connector has received a bot message containing <paramref name="expected"/> (at least <paramref name="occurrences"/> times).</summary>
    private async Task SayAsync(IPage page, string text, string expected, int occurrences = 1)
    {
        // The compose box is a rich-text editor whose placeholder is an overlay: click through it, then type.
        await page.GetByText("Type a message...", new() { Exact = true }).ClickAsync(new() { Force = true });
        await page.Keyboard.InsertTextAsync(text);
        await page.Keyboard.PressAsync("Enter");
        await _playground!.WaitForAsync(
            messages => messages.Count(m => !m.IsUpdate && m.Body.ToJsonString().Contains(expected, StringComparison.Ordinal)) >= occurrences,
            TimeSpan.FromSeconds(30), $"no bot message containing \"{expected}\" after \"{text.Split('\n')[0]}\"");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
