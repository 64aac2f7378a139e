using System.Text.Json.Nodes;
using TriageBot.Dialogs.Messages;
using TriageBot.Teams.Cards;

namespace TriageBot.Teams.Tests;

public sealed class AdaptiveCardRendererTests
{
    private static readonly Card Summary = new("P0 emergency disclosure request",
        [new CardFact("Case", "LE-2026-00001"), new CardFact("Due", "14:15 UTC")],
        [new CardSection("Missing", "Person at risk"), new CardSection(null, "Evidence: \"imminent danger\"")],
        [new CardAction("Assign to me", "take", new Dictionary<string, string> { ["case"] = "LE-2026-00001" })])
    { Style = "attention" };

    private static JsonNode Render(Card card) => JsonNode.Parse(new AdaptiveCardRenderer().Render(card).ToJsonString())!;

    [Fact]
    public void A_card_is_an_adaptive_card_of_schema_1_5()
    {
        var card = Render(Summary);
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", (string?)card["$schema"]);
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
    }

    [Fact]
    public void The_title_is_bold_and_an_attention_card_is_coloured_attention()
    {
        var title = Render(Summary)["body"]![0]!;
        Assert.Equal(("TextBlock", "P0 emergency disclosure request", "Bolder", "Attention"),
            ((string?)title["type"], (string?)title["text"], (string?)title["weight"], (string?)title["color"]));
        Assert.Null(Render(Summary with { Style = "default" })["body"]![0]!["color"]);
    }

    [Fact]
    public void Facts_become_a_fact_set_and_sections_wrapping_text_blocks()
    {
        var body = Render(Summary)["body"]!.AsArray();
        var facts = body[1]!;
        Assert.Equal("FactSet", (string?)facts["type"]);
        Assert.Equal(("Case", "LE-2026-00001"), ((string?)facts["facts"]![0]!["title"], (string?)facts["facts"]![0]!["value"]));
        Assert.Equal(["Missing", "Person at risk", "Evidence: \"imminent danger\""], body.Skip(2).Select(b => (string)b!["text"]!));
        Assert.All(body.Skip(2), block => Assert.True((bool)block!["wrap"]!));
    }

    [Fact]
    public void A_button_is_an_action_execute_with_an_action_submit_fallback_carrying_the_same_verb_and_data()
    {
        var action = Render(Summary)["actions"]![0]!;
        Assert.Equal(("Action.Execute", "Assign to me", "take"), ((string?)action["type"], (string?)action["title"], (string?)action["verb"]));
        Assert.Equal("take", (string?)action["data"]!["verb"]);
        Assert.Equal("LE-2026-00001", (string?)action["data"]!["data"]!["case"]);
        var fallback = action["fallback"]!;
        Assert.Equal("Action.Submit", (string?)fallback["type"]);
        Assert.True(JsonNode.DeepEquals(action["data"], fallback["data"]));
    }

    [Fact]
    public void A_card_without_facts_or_buttons_has_no_empty_fact_set_or_actions()
    {
        var card = Render(new Card("Queue is empty", [], [], []));
        Assert.Single(card["body"]!.AsArray());
        Assert.Null(card["actions"]);
    }
}

public class AdaptiveCardLayoutTests
{
    private readonly TriageBot.Teams.Cards.AdaptiveCardRenderer _renderer = new();

    [Fact]
    public void Each_line_of_a_section_is_a_text_block_of_its_own_and_request_text_is_escaped()
    {
        var card = new TriageBot.Dialogs.Messages.Card("t", [new("Requester", "[Click here](https://evil.example/x) *now*")],
            [new("Missing", "agency city\nagency ZIP / postal code")], []);

        var json = _renderer.Render(card);

        var texts = json["body"]!.AsArray().Where(b => (string?)b!["type"] == "TextBlock").Select(b => (string)b!["text"]!).ToList();
        Assert.Equal(["t", "Missing", "agency city", "agency ZIP / postal code"], texts);
        var value = (string)json["body"]![1]!["facts"]![0]!["value"]!;
        Assert.Equal(@"\[Click here\](https\://evil.example/x) \*now\*", value);
    }

    [Fact]
    public void A_pick_list_is_one_compact_choice_set_and_no_level_has_more_than_five_buttons()
    {
        var actions = Enumerable.Range(1, 7).Select(i => new TriageBot.Dialogs.Messages.CardAction($"b{i}", "v", new Dictionary<string, string>())).ToList();
        var card = new TriageBot.Dialogs.Messages.Card("t", [], [], actions)
        {
            Choice = new("value", "Pick one", [new("a", "A"), new("b", "B")], "b", new("Use this one", "dialog.answer", new Dictionary<string, string>())),
        };

        var json = _renderer.Render(card);

        var choice = json["body"]!.AsArray().Single(b => (string?)b!["type"] == "Input.ChoiceSet")!;
        Assert.Equal(("value", "compact", "b"), ((string)choice["id"]!, (string)choice["style"]!, (string)choice["value"]!));
        var top = json["actions"]!.AsArray();
        Assert.Equal(5, top.Count);
        Assert.Equal("Action.ShowCard", (string?)top[4]!["type"]);
        Assert.True(top[4]!["card"]!["actions"]!.AsArray().Count <= 5);
    }
}
