using System.Net;
using System.Text.Json.Nodes;
using TriageBot.Dialogs.Messages;
using TriageBot.Slack.BlockKit;

namespace TriageBot.Slack.Tests;

/// <summary>The intake's missing fields in one modal: the question's "Fill them in…" button opens a modal with the
/// trigger_id at the press, the engine's answer (the form) fills it, each field is checked on submission (an
/// e-mail or phone that does not parse gets its error under the field, the modal keeping what was typed), and a
/// good submission is queued as the form's press with every value.</summary>
public sealed class SlackMissingFieldsModalTests : IAsyncLifetime
{
    private SlackHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>The intake's question as the engine asks it: the first field as a line, all of them as a form.</summary>
    private static Reply Question() => new("Missing: contact person handling the matter. Type it, or paste more of the request (or `skip`)",
    [
        new Card("Or fill in all 3 here, as many as you have", [], [], [])
        {
            Form = new CardForm(
                [
                    new CardInput("contactPerson", "Contact person handling the matter") { MaxLength = 300 },
                    new CardInput("email", "Official law-enforcement e-mail address") { Kind = CardInputKind.Email, MaxLength = 300 },
                    new CardInput("phone", "Contact person's phone number") { Kind = CardInputKind.Phone, Required = false, MaxLength = 300 },
                ],
                new CardAction("Save these", "dialog.submit", new Dictionary<string, string>())) { InCard = true, OpenTitle = "Fill them in…" },
        },
    ]);

    private static JsonObject Press(JsonNode button) => new()
    {
        ["type"] = "block_actions",
        ["team"] = new JsonObject { ["id"] = "T0TEAM" },
        ["user"] = new JsonObject { ["id"] = "U0DANA" },
        ["channel"] = new JsonObject { ["id"] = "D0DM" },
        ["container"] = new JsonObject { ["type"] = "message", ["is_ephemeral"] = false, ["channel_id"] = "D0DM" },
        ["trigger_id"] = "trig-456",
        ["actions"] = new JsonArray(button.DeepClone()),
    };

    private static JsonObject Submission(string metadata, JsonObject values) => new()
    {
        ["type"] = "view_submission",
        ["team"] = new JsonObject { ["id"] = "T0TEAM" },
        ["user"] = new JsonObject { ["id"] = "U0DANA" },
        ["view"] = new JsonObject
        {
            ["id"] = "V0002", ["callback_id"] = SlackModalViews.CallbackId, ["private_metadata"] = metadata,
            ["state"] = new JsonObject { ["values"] = values },
        },
    };

    private static JsonObject Values(params (string Block, string Type, string? Value)[] fields)
    {
        var values = new JsonObject();
        foreach (var (block, type, value) in fields)
            values[block] = new JsonObject { ["value"] = new JsonObject { ["type"] = type, ["value"] = value } };
        return values;
    }

    /// <summary>The question posted in the chat, its "Fill them in…" button pressed, the modal filled.</summary>
    private async Task<JsonNode> OpenFormAsync()
    {
        var posted = new BlockKitRenderer().Render(Question());
        var button = posted.Blocks.Single(b => (string?)b!["type"] == "actions")!["elements"]!.AsArray().Single()!;
        Assert.Equal("Fill them in…", (string?)button["text"]!["text"]);
        Assert.StartsWith(BlockKitRenderer.FormActionPrefix, (string?)button["action_id"], StringComparison.Ordinal);

        _host.Bot.Answer = _ => [Question()];
        Assert.Equal(HttpStatusCode.OK, (await _host.PostInteractionAsync(Press(button).ToJsonString())).StatusCode);
        var pressed = await _host.Bot.NextAsync();
        Assert.Equal("dialog.submit", pressed.Action!.Verb);
        Assert.Empty(pressed.Action.Data); // nothing filled in: the engine answers with the form
        // Wait for the update itself: under load another call can land before it.
        return (await _host.Slack.WaitForCallAsync("views.update")).Json["view"]!;
    }

    [Fact]
    public async Task The_fill_in_button_opens_a_modal_with_the_trigger_id_holding_every_missing_field()
    {
        var view = await OpenFormAsync();

        var open = _host.Slack.Calls.First();
        Assert.Equal(("views.open", "trig-456"), (open.Method, (string?)open.Json["trigger_id"]));
        Assert.Equal("Save these", (string?)view["submit"]!["text"]);
        var inputs = view["blocks"]!.AsArray().Where(b => (string?)b!["type"] == "input").ToList();
        Assert.Equal(["contactPerson", "email", "phone"], inputs.Select(b => (string?)b!["block_id"]));
        Assert.Equal(["plain_text_input", "email_text_input", "plain_text_input"], inputs.Select(b => (string?)b!["element"]!["type"]));
        Assert.Equal([false, false, true], inputs.Select(b => (bool)b!["optional"]!));
        Assert.DoesNotContain(_host.Slack.Calls, c => c.Method == "chat.postMessage"); // the form is in the modal only
    }

    [Fact]
    public async Task The_modal_opened_at_the_press_reads_as_a_sentence_not_the_button_label_pasted_in()
    {
        await OpenFormAsync();

        var loading = _host.Slack.Calls.First(c => c.Method == "views.open").Json["view"]!;
        var text = (string?)loading["blocks"]![0]!["text"]!["text"];
        Assert.Equal("One moment: getting the form ready…", text);
        Assert.DoesNotContain("Fill them in", loading.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_e_mail_or_phone_that_does_not_parse_gets_an_error_under_its_field_and_nothing_is_queued()
    {
        var view = await OpenFormAsync();
        var typed = Values(("contactPerson", "plain_text_input", "SA Tom Park"), ("email", "email_text_input", "tpark at fbi"), ("phone", "plain_text_input", "call the desk"));

        var response = await _host.PostInteractionAsync(Submission((string)view["private_metadata"]!, typed).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        // "errors" keeps the modal open as it is, with what was typed; only the bad fields get a message.
        Assert.Equal("errors", (string?)body["response_action"]);
        Assert.Equal("“tpark at fbi” is not an e-mail address (name@agency.gov).", (string?)body["errors"]!["email"]);
        Assert.Equal("“call the desk” is not a phone number (with the area code, or +country code).", (string?)body["errors"]!["phone"]);
        Assert.Null(body["errors"]!["contactPerson"]);
        Assert.Null(body["view"]);
        Assert.Single(_host.Bot.All); // only the press that opened the form
    }

    [Fact]
    public async Task A_good_submission_is_queued_as_the_forms_press_with_every_value_and_closes_the_modal()
    {
        var view = await OpenFormAsync();
        var typed = Values(("contactPerson", "plain_text_input", " SA Tom Park "), ("email", "email_text_input", "tpark@fbi.gov"), ("phone", "plain_text_input", "(503) 555-0112"));

        var response = await _host.PostInteractionAsync(Submission((string)view["private_metadata"]!, typed).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var turn = await _host.Bot.NextAsync();
        Assert.Equal(("slack:T0TEAM:D0DM", "dialog.submit"), (turn.ConversationId, turn.Action!.Verb));
        Assert.Equal("SA Tom Park", turn.Action.Data["contactPerson"]);
        Assert.Equal("tpark@fbi.gov", turn.Action.Data["email"]);
        Assert.Equal("(503) 555-0112", turn.Action.Data["phone"]);
    }

    [Fact]
    public async Task A_forged_submission_of_the_form_is_refused_and_nothing_is_queued()
    {
        var view = await OpenFormAsync();
        var typed = Values(("contactPerson", "plain_text_input", "Mallory"), ("email", "email_text_input", "mallory@example.gov"));
        var body = "payload=" + Uri.EscapeDataString(Submission((string)view["private_metadata"]!, typed).ToJsonString());

        var forged = await _host.PostSignedAsync("slack/interactions", body, "application/x-www-form-urlencoded", secret: "not-the-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Single(_host.Bot.All);
    }
}
