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
/// own events recording (what its connector received) and its page. Screenshots of the case card and of the
/// queue and case answers are saved in <c>TestResults/</c> (README shows copies from <c>docs/</c>).
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
    public async Task An_emergency_becomes_a_case_card_that_is_taken_in_place_and_queue_and_case_answer_once_each()
    {
        // The playground's own servers listen on loopback only (its CLI would otherwise listen everywhere).
        var addresses = _playground!.ListeningAddresses();
        Assert.NotEmpty(addresses);
        Assert.All(addresses, a => Assert.StartsWith("127.0.0.1:", a, StringComparison.Ordinal));

        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 2400 } });
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(_playground.Url);
        var request = File.ReadAllText(Path.Combine(Repository.Root, "samples", "20-emergency-missing-child.txt")).Trim();
        var results = Path.Combine(Repository.Root, "TestResults");
        Directory.CreateDirectory(results);

        try
        {
            // Paste the emergency: the summary card, then the questions, one message each.
            await SayAsync(page, request, "Missing: the person at risk");
            Assert.Contains(_playground.BotMessages(), m => m.ToJsonString().Contains("Triaged: Emergency disclosure request", StringComparison.Ordinal));
            // An emergency is opened and paged at the first reading, before any question.
            Assert.Contains(_playground.BotMessages(), m => m.ToJsonString().Contains("so I opened LE-2026-00001 and paged before asking anything", StringComparison.Ordinal));
            await SayAsync(page, "Lily Anne Hargrove, age 7", "Missing: why the information");
            await SayAsync(page, "skip", "Is that the right type?");
            // The type question is one pick list and a button, not a button per type.
            var typeCard = _playground.BotMessages().Last(m => m.ToJsonString().Contains("Is that the right type?", StringComparison.Ordinal));
            Assert.Contains("Input.ChoiceSet", typeCard.ToJsonString(), StringComparison.Ordinal);
            Assert.Null(typeCard["text"]); // the question is the card's title, shown once
            await SayAsync(page, "yes", "Is it?");
            await SayAsync(page, "yes", "Completed LE-2026-00001");

            // The case card: the facts a reviewer needs, in words.
            await page.GetByText("Person at risk", new() { Exact = true }).Last.WaitForAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(results, "teams-case-card.png"), FullPage = true });

            // "Assign to me": the card is replaced in place (invoke response), nothing new is posted.
            var before = _playground.BotMessages().Count();
            await page.GetByRole(AriaRole.Button, new() { Name = "Assign to me" }).Last.ClickAsync();
            await page.GetByText("taken by Alex Wilber", new() { Exact = false }).First.WaitForAsync();
            var invoke = await _playground.WaitForInvokeResponseAsync(TimeSpan.FromSeconds(30));
            Assert.Contains("application/vnd.microsoft.card.adaptive", invoke.ToJsonString(), StringComparison.Ordinal);
            Assert.Equal("alex", (await _cases!.Store.GetAsync("LE-2026-00001", CancellationToken.None))?.Assignee);
            await Task.Delay(TimeSpan.FromSeconds(2)); // a stray second answer would arrive by now
            Assert.Equal(before, _playground.BotMessages().Count());

            // queue and case: one answer each.
            await SayAsync(page, "queue", "Queue: 1");
            Assert.Equal(before + 1, _playground.BotMessages().Count());
            await SayAsync(page, "case LE-2026-00001", "Recent activity");
            Assert.Equal(before + 2, _playground.BotMessages().Count());
            await page.GetByText("took the case", new() { Exact = false }).Last.WaitForAsync();

            // What a person reads: no field names, no raw timestamps, no HTML entities.
            var shown = await page.InnerTextAsync("body");
            Assert.DoesNotMatch(@"\b(nonDisclosureOrder|suspiciousSender|stateProvince|contactPerson|personAtRisk|process_type|acknowledged_at|on_call_primary)\b", shown);
            Assert.DoesNotMatch(@"\d{4}-\d\d-\d\dT\d\d:\d\d", shown);
            Assert.DoesNotContain("&lt;", shown, StringComparison.Ordinal);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(results, "teams-queue-and-case.png"), FullPage = true });
        }
        finally
        {
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
