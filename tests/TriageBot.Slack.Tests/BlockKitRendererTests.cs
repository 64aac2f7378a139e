using System.Text.Json.Nodes;
using TriageBot.Dialogs.Messages;
using TriageBot.Slack.BlockKit;

namespace TriageBot.Slack.Tests;

public sealed class BlockKitRendererTests
{
    private readonly BlockKitRenderer _renderer = new();

    private static Card Card(int facts = 0, int actions = 0, string sectionText = "", string title = "LE-2026-00001") => new(
        title,
        Enumerable.Range(1, facts).Select(i => new CardFact($"Fact {i}", $"value {i}")).ToList(),
        sectionText.Length > 0 ? [new CardSection("Summary", sectionText)] : [],
        Enumerable.Range(1, actions).Select(i => new CardAction($"Action {i}", "take", new Dictionary<string, string> { ["case"] = "LE-2026-00001" })).ToList());

    private static List<JsonNode> Blocks(BlockKitMessage message, string type) =>
        message.Blocks.Where(b => (string?)b!["type"] == type).Select(b => b!).ToList();

    [Fact]
    public void A_card_becomes_a_header_fields_a_section_and_buttons()
    {
        var message = _renderer.Render(Reply.WithCard("Here it is", Card(facts: 2, actions: 1, sectionText: "Subpoena for account records")));

        Assert.Equal(["section", "header", "section", "section", "actions"], message.Blocks.Select(b => (string?)b!["type"]));
        Assert.Equal("Here it is", message.Text);
        Assert.Equal("LE-2026-00001", (string?)message.Blocks[1]!["text"]!["text"]);
        Assert.Equal("*Fact 1*\nvalue 1", (string?)message.Blocks[2]!["fields"]![0]!["text"]);
        Assert.Equal("*Summary*\nSubpoena for account records", (string?)message.Blocks[3]!["text"]!["text"]);
    }

    [Fact]
    public void Button_values_carry_the_verb_and_data_back_to_the_dialogs()
    {
        var message = _renderer.Render(Reply.WithCard("", Card(actions: 1)));
        var button = Blocks(message, "actions").Single()["elements"]![0]!;

        Assert.Equal("Action 1", (string?)button["text"]!["text"]);
        var action = ButtonValue.Parse((string)button["value"]!);
        Assert.Equal("take", action.Verb);
        Assert.Equal("LE-2026-00001", action.Data["case"]);
    }

    [Fact]
    public void More_than_ten_facts_are_split_over_sections_of_ten()
    {
        var sections = Blocks(_renderer.Render(Reply.WithCard("", Card(facts: 25))), "section");
        Assert.Equal([10, 10, 5], sections.Select(s => s["fields"]!.AsArray().Count));
    }

    [Fact]
    public void A_long_fact_is_cut_to_2000_characters_with_an_ellipsis()
    {
        var card = new Card("t", [new CardFact("Description", new string('a', 5000))], [], []);
        var field = (string)Blocks(_renderer.Render(Reply.WithCard("", card)), "section").Single()["fields"]![0]!["text"]!;
        Assert.Equal(BlockKitRenderer.MaxFieldText, field.Length);
        Assert.EndsWith("…", field, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_card_section_is_cut_to_3000_characters_with_an_ellipsis()
    {
        var text = (string)Blocks(_renderer.Render(Reply.WithCard("", Card(sectionText: new string('b', 9000)))), "section").Single()["text"]!["text"]!;
        Assert.Equal(BlockKitRenderer.MaxSectionText, text.Length);
        Assert.EndsWith("…", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_reply_text_is_split_over_sections_and_nothing_is_lost()
    {
        var words = string.Join(' ', Enumerable.Range(0, 2000).Select(i => $"word{i}"));
        var sections = Blocks(_renderer.Render(Reply.Say(words)), "section").Select(s => (string)s["text"]!["text"]!).ToList();

        Assert.True(sections.Count > 1);
        Assert.All(sections, s => Assert.True(s.Length <= BlockKitRenderer.MaxSectionText));
        Assert.Equal(words, string.Join(' ', sections));
    }

    [Fact]
    public void More_than_25_buttons_go_into_several_actions_blocks_with_unique_ids()
    {
        var actions = Blocks(_renderer.Render(Reply.WithCard("", Card(actions: 30))), "actions");
        Assert.Equal([25, 5], actions.Select(a => a["elements"]!.AsArray().Count));
        var ids = actions.SelectMany(a => a["elements"]!.AsArray()).Select(e => (string)e!["action_id"]!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Button_text_is_cut_to_75_characters_and_a_value_over_2000_drops_the_button()
    {
        var card = new Card("t", [], [],
        [
            new CardAction(new string('B', 100), "take", new Dictionary<string, string>()),
            new CardAction("Too much data", "note", new Dictionary<string, string> { ["text"] = new string('x', 2100) }),
        ]);
        var elements = Blocks(_renderer.Render(Reply.WithCard("", card)), "actions").Single()["elements"]!.AsArray();

        var button = Assert.Single(elements)!;
        Assert.Equal(BlockKitRenderer.MaxButtonText, ((string)button["text"]!["text"]!).Length);
    }

    [Fact]
    public void A_message_never_has_more_than_50_blocks_and_says_it_was_shortened()
    {
        var cards = Enumerable.Range(0, 20).Select(i => Card(facts: 3, actions: 1, sectionText: "s", title: $"LE-2026-{i:00000}")).ToList();
        var message = _renderer.Render(new Reply("Queue", cards));

        Assert.Equal(BlockKitRenderer.MaxBlocks, message.Blocks.Count);
        Assert.Equal("context", (string?)message.Blocks[^1]!["type"]);
    }

    [Fact]
    public void Text_from_requests_cannot_mention_a_channel_or_inject_links()
    {
        var message = _renderer.Render(Reply.WithCard("<!channel> see <https://evil.example|here> & more",
            new Card("a <b>", [new CardFact("Requester", "<@U123>")], [], [])));

        Assert.Equal("&lt;!channel&gt; see &lt;https://evil.example|here&gt; &amp; more", message.Text);
        Assert.Equal("*Requester*\n&lt;@U123&gt;", (string?)Blocks(message, "section")[1]["fields"]![0]!["text"]);
    }

    [Fact]
    public void Cutting_never_leaves_half_an_escape_or_half_a_surrogate_pair()
    {
        Assert.Equal("ab…", BlockKitRenderer.Truncate("ab&amp;cdef", 5));
        Assert.Equal("a…", BlockKitRenderer.Truncate("a😀bcd", 3));
    }

    [Fact]
    public void An_attention_card_is_flagged_in_its_header()
    {
        var card = Card() with { Style = "attention" };
        Assert.StartsWith("🚨", (string?)Blocks(_renderer.Render(Reply.WithCard("", card)), "header").Single()["text"]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_button_whose_answer_is_a_form_is_marked_to_open_a_modal()
    {
        var card = new Card("t", [], [], [new CardAction("Request missing info", "case.request_info", new Dictionary<string, string>()) { OpensForm = true },
            new CardAction("Assign to me", "case.take", new Dictionary<string, string>())]);
        var buttons = Blocks(_renderer.Render(Reply.WithCard("", card)), "actions").Single()["elements"]!.AsArray();

        Assert.StartsWith(BlockKitRenderer.FormActionPrefix, (string?)buttons[0]!["action_id"], StringComparison.Ordinal);
        Assert.DoesNotContain(BlockKitRenderer.FormActionPrefix, (string?)buttons[1]!["action_id"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_pick_that_cannot_be_taken_back_is_a_button_to_a_modal_not_a_menu_that_sends_at_once()
    {
        var choice = new CardChoice("value", "Pick one", [new CardOption("subpoena", "Subpoena")], null,
            new CardAction("Use this one", "dialog.answer", new Dictionary<string, string>()));
        var inline = Blocks(_renderer.Render(Reply.WithCard("", new Card("t", [], [], []) { Choice = choice })), "actions").Single()["elements"]![0]!;
        var inForm = Blocks(_renderer.Render(Reply.WithCard("", new Card("t", [], [], []) { Choice = choice with { InForm = true } })), "actions").Single()["elements"]![0]!;

        Assert.Equal("static_select", (string?)inline["type"]);
        Assert.Equal("button", (string?)inForm["type"]);
        Assert.Equal("Pick one…", (string?)inForm["text"]!["text"]);
        Assert.StartsWith(BlockKitRenderer.FormActionPrefix, (string?)inForm["action_id"], StringComparison.Ordinal);
        var press = ButtonValue.Parse((string)inForm["value"]!);
        Assert.Equal("dialog.answer", press.Verb);
        Assert.Empty(press.Data); // no pick: the dialogs answer with the question, which the modal shows
    }
}
