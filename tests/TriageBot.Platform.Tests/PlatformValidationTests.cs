using System.Text.Json;
using System.Text.Json.Nodes;
using TriageBot.Dialogs.Messages;
using TriageBot.Slack.BlockKit;
using TriageBot.Teams.Cards;
using TriageBot.Teams.Package;

namespace TriageBot.Platform.Tests;

/// <summary>
/// What the bot sends, checked by the platforms' own tools (node/, pinned by its lock file): every Adaptive Card
/// by Microsoft's <c>adaptivecards</c> parser (no error, no warning), the Teams manifest by the JSON schema
/// Microsoft publishes in <c>@microsoft/app-manifest</c>, every Block Kit payload by the TypeScript compiler
/// against <c>@slack/types</c>. Each checker is also shown a broken input, so a checker that passes everything
/// would be caught.
/// </summary>
public sealed class PlatformValidationTests : IClassFixture<PlatformValidationTests.Catalogue>, IDisposable
{
    private readonly Catalogue _catalogue;
    private readonly string _out = Directory.CreateTempSubdirectory("triagebot-platform-").FullName;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public PlatformValidationTests(Catalogue catalogue) => _catalogue = catalogue;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    public sealed class Catalogue : IAsyncLifetime
    {
        public CardCatalogue Cards { get; private set; } = null!;

        public async Task InitializeAsync() => Cards = await CardCatalogue.BuildAsync();

        public Task DisposeAsync()
        {
            Cards.Dispose();
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Every_adaptive_card_the_bot_produces_parses_without_an_error_or_a_warning()
    {
        var renderer = new AdaptiveCardRenderer();
        var cards = _catalogue.Cards.Cards.ToList();
        Assert.True(cards.Count >= 30, $"only {cards.Count} cards produced");
        Assert.Contains(cards, c => c.Choice is not null);
        Assert.Contains(cards, c => c.Form is { InCard: true } form && form.Inputs.Any(i => i.Hint is not null && i.Value is not null)); // a refused value offered again
        var i = 0;
        foreach (var card in cards) Write($"card-{i++:000}.json", renderer.Render(card));

        var (exit, output) = await NodeTool.RunAsync("check-cards.cjs", _out);

        Assert.True(exit == 0, output);
        Assert.Contains($"{cards.Count} cards checked, 0 problems", output);
    }

    [Fact]
    public async Task The_card_checker_reports_too_many_actions()
    {
        var card = new AdaptiveCardRenderer().Render(new Card("t", [], [], []));
        card["actions"] = new JsonArray([.. Enumerable.Range(1, 6).Select(n => (JsonNode?)new JsonObject { ["type"] = "Action.Submit", ["title"] = $"b{n}" })]);
        Write("too-many.json", card);

        var (exit, output) = await NodeTool.RunAsync("check-cards.cjs", _out);

        Assert.Equal(1, exit);
        Assert.Contains("TooManyActions", output);
    }

    [Fact]
    public async Task The_teams_manifest_validates_against_microsofts_published_schema()
    {
        var package = await TeamsAppPackage.LoadAsync(Path.Combine(RepositoryRoot.Path, "manifests", "teams"), CancellationToken.None);
        var manifest = package.Fill("6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f");
        var path = Write("manifest.json", manifest);

        var (exit, output) = await NodeTool.RunAsync("check-manifest.cjs", path);

        Assert.True(exit == 0, output);
        Assert.Contains("manifest valid against", output);

        manifest["bots"]![0]!["scopes"] = new JsonArray("everywhere");
        var (brokenExit, brokenOutput) = await NodeTool.RunAsync("check-manifest.cjs", Write("broken.json", manifest));
        Assert.Equal(1, brokenExit);
        Assert.Contains("/bots/0/scopes", brokenOutput);
    }

    [Fact]
    public async Task Every_block_kit_payload_type_checks_against_slacks_own_types()
    {
        var renderer = new BlockKitRenderer();
        var i = 0;
        foreach (var reply in _catalogue.Cards.Replies)
        {
            var message = renderer.Render(reply);
            Write($"message-{i++:000}.json", new JsonObject { ["kind"] = "message", ["text"] = message.Text, ["blocks"] = message.Blocks.DeepClone() });
        }
        // The modals: every form the bot can ask for (the letter to edit, the type pick, the reviewer pick, the
        // intake's missing fields), the view opened at a press, and an answer shown in a modal.
        var forms = _catalogue.Cards.Cards.Where(SlackModalViews.HasForm).Select(card => SlackModalViews.Form(card, "D0DANA", true)).OfType<JsonObject>().ToList();
        Assert.Contains(forms, v => v.ToJsonString().Contains("plain_text_input", StringComparison.Ordinal));
        Assert.Contains(forms, v => v.ToJsonString().Contains("static_select", StringComparison.Ordinal));
        Assert.Contains(forms, v => v.ToJsonString().Contains("email_text_input", StringComparison.Ordinal)); // the missing fields
        var views = forms.Append(SlackModalViews.Loading("0123456789abcdef"))
            .Append(SlackModalViews.Notice(renderer, [.. _catalogue.Cards.Replies.Take(3)]));
        foreach (var view in views) Write($"view-{i++:000}.json", new JsonObject { ["kind"] = "view", ["view"] = view.DeepClone() });

        var (exit, output) = await NodeTool.RunAsync("check-blockkit.cjs", _out);

        Assert.True(exit == 0, output);
        Assert.Contains($"{i} payloads checked, 0 problems", output);
    }

    [Fact]
    public async Task The_block_kit_checker_reports_an_unknown_field()
    {
        var blocks = new JsonArray(new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "x", ["colour"] = "red" } });
        Write("bad.json", new JsonObject { ["kind"] = "message", ["text"] = "x", ["blocks"] = blocks });

        var (exit, output) = await NodeTool.RunAsync("check-blockkit.cjs", _out);

        Assert.Equal(1, exit);
        Assert.Contains("colour", output);
    }

    [Fact]
    public void No_card_shows_a_field_name_a_raw_timestamp_or_an_html_entity()
    {
        foreach (var card in _catalogue.Cards.Cards)
        {
            var shown = string.Join("\n", new[] { card.Title }.Concat(card.Facts.Select(f => $"{f.Label}: {f.Value}")).Concat(card.Sections.SelectMany(s => s.Lines)));
            if (card.Title.StartsWith("Transparency report", StringComparison.Ordinal)) continue; // a CSV file, column names and all
            Assert.DoesNotMatch(@"\b(nonDisclosureOrder|suspiciousSender|contentRequested|stateProvince|contactPerson|process_type|acknowledged_at|on_call_primary|in_review|awaiting_info)\b", shown);
            Assert.DoesNotMatch(@"\d{4}-\d\d-\d\dT\d\d:\d\d", shown);
            Assert.DoesNotContain("&lt;", shown, StringComparison.Ordinal);
        }
        var help = _catalogue.Cards.Replies.First(r => r.Text.StartsWith("Here is what you can ask me", StringComparison.Ordinal));
        Assert.DoesNotContain("<", help.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hostile_contact_line_is_escaped_in_teams_and_slack()
    {
        var card = _catalogue.Cards.Cards.First(c => c.Title.StartsWith("Triaged:", StringComparison.Ordinal)
            && string.Join("\n", c.Facts.Select(f => f.Value)).Contains("evil.example", StringComparison.Ordinal) is var hit && hit);
        var facts = new AdaptiveCardRenderer().Render(card)["body"]!.AsArray().First(b => (string?)b!["type"] == "FactSet")!["facts"]!.AsArray();
        var contact = facts.Select(f => (string)f!["value"]!).First(v => v.Contains("evil.example", StringComparison.Ordinal));
        Assert.DoesNotContain("[Click here](", contact, StringComparison.Ordinal);
        Assert.Contains(@"\[Click here\](https\://evil.example/login) \*urgent\*", contact, StringComparison.Ordinal);

        var slack = new BlockKitRenderer().Render(Reply.WithCard("", card)).Blocks.ToJsonString();
        Assert.DoesNotContain("<!channel>", slack, StringComparison.Ordinal);
        Assert.Contains("\"verbatim\":true", slack, StringComparison.Ordinal);
    }

    private string Write(string name, JsonNode json)
    {
        var path = Path.Combine(_out, name);
        File.WriteAllText(path, json.ToJsonString(Indented));
        return path;
    }
}
