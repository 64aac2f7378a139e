using System.Net;
using System.Text.Json.Nodes;
using TriageBot.Dialogs.Messages;
using TriageBot.Slack.BlockKit;

namespace TriageBot.Slack.Tests;

/// <summary>Modals: a form button opens one at the press with the trigger_id, the engine's answer fills it, a
/// submission is checked field by field and then queued as the press of the form's button.</summary>
public sealed class SlackModalTests : IAsyncLifetime
{
    private const string Letter = "Subject: Your request\n\nDear Detective Roe,\nplease send the signed order.";

    private SlackHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>The engine's answer to "Request missing info": the letter as an editable form.</summary>
    private static Reply LetterForm() => Reply.WithCard("Here is a draft", new Card("Information request for LE-2026-00003",
        [new CardFact("To", "jroe@springfield.il.us")], [new CardSection("Draft", Letter)], [])
    {
        Form = new CardForm([new CardInput("letter", "Letter to the agency") { Value = Letter, Multiline = true, MaxLength = 3000 }],
            new CardAction("Use this letter", "case.info_request_letter", new Dictionary<string, string> { ["case"] = "LE-2026-00003" })),
    });

    private static JsonObject Press(string actionId, string? triggerId = "trig-123", string verb = "case.request_info") => new()
    {
        ["type"] = "block_actions",
        ["team"] = new JsonObject { ["id"] = "T0TEAM" },
        ["user"] = new JsonObject { ["id"] = "U0DANA" },
        ["channel"] = new JsonObject { ["id"] = "D0DM" },
        ["container"] = new JsonObject { ["type"] = "message", ["is_ephemeral"] = false, ["channel_id"] = "D0DM" },
        ["trigger_id"] = triggerId,
        ["actions"] = new JsonArray(new JsonObject
        {
            ["type"] = "button", ["action_id"] = actionId, ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Request missing info" },
            ["value"] = $$$"""{"verb":"{{{verb}}}","data":{"case":"LE-2026-00003"}}""",
        }),
    };

    private static JsonObject Submission(string metadata, JsonObject values) => new()
    {
        ["type"] = "view_submission",
        ["team"] = new JsonObject { ["id"] = "T0TEAM" },
        ["user"] = new JsonObject { ["id"] = "U0DANA" },
        ["view"] = new JsonObject
        {
            ["id"] = "V0001", ["callback_id"] = SlackModalViews.CallbackId, ["private_metadata"] = metadata,
            ["state"] = new JsonObject { ["values"] = values.DeepClone() },
        },
    };

    private static JsonObject TextValue(string block, string? value) =>
        new() { [block] = new JsonObject { ["value"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = value } } };

    /// <summary>Presses the form button, lets the engine answer with the letter form and returns the filled view.</summary>
    private async Task<JsonNode> OpenLetterFormAsync()
    {
        _host.Bot.Answer = _ => [LetterForm()];
        Assert.Equal(HttpStatusCode.OK, (await _host.PostInteractionAsync(Press("form-3").ToJsonString())).StatusCode);
        await _host.Bot.NextAsync();
        var calls = await _host.Slack.WaitForCallsAsync(2);
        return calls.Single(c => c.Method == "views.update").Json;
    }

    [Fact]
    public async Task A_form_button_opens_a_modal_with_the_trigger_id_at_once_and_the_answer_fills_it()
    {
        var update = await OpenLetterFormAsync();

        var open = _host.Slack.Calls.First();
        Assert.Equal("views.open", open.Method); // before the engine's answer, on the request's own path
        Assert.Equal("trig-123", (string?)open.Json["trigger_id"]);
        Assert.Equal("modal", (string?)open.Json["view"]!["type"]);
        var externalId = (string?)open.Json["view"]!["external_id"];
        Assert.False(string.IsNullOrEmpty(externalId));

        Assert.Equal(externalId, (string?)update["external_id"]);
        var view = update["view"]!;
        Assert.Equal(SlackModalViews.CallbackId, (string?)view["callback_id"]);
        Assert.Equal("Use this letter", (string?)view["submit"]!["text"]);
        var input = view["blocks"]!.AsArray().Single(b => (string?)b!["type"] == "input")!;
        Assert.Equal("letter", (string?)input["block_id"]);
        Assert.Equal(Letter, (string?)input["element"]!["initial_value"]);
        Assert.True((bool)input["element"]!["multiline"]!);
        // The form is in the modal, not posted in the chat as well.
        Assert.DoesNotContain(_host.Slack.Calls, c => c.Method == "chat.postMessage");
    }

    [Fact]
    public async Task The_letter_edited_in_the_modal_comes_back_as_the_press_of_the_forms_button()
    {
        var view = (await OpenLetterFormAsync())["view"]!;
        var edited = Letter.Replace("signed order", "signed and dated order, with the account's profile URL", StringComparison.Ordinal);

        var response = await _host.PostInteractionAsync(Submission((string)view["private_metadata"]!, TextValue("letter", edited)).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync()); // an empty 200 closes the modal
        var turn = await _host.Bot.NextAsync();
        Assert.Equal("slack:T0TEAM:D0DM", turn.ConversationId);
        Assert.True(turn.IsPrivate);
        Assert.Equal("case.info_request_letter", turn.Action!.Verb);
        Assert.Equal("LE-2026-00003", turn.Action.Data["case"]);
        Assert.Equal(edited, turn.Action.Data["letter"]);
    }

    [Fact]
    public async Task A_blank_letter_gets_an_error_under_the_field_and_nothing_is_queued()
    {
        var view = (await OpenLetterFormAsync())["view"]!;

        var response = await _host.PostInteractionAsync(Submission((string)view["private_metadata"]!, TextValue("letter", "   \n ")).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("errors", (string?)body["response_action"]);
        Assert.Equal("Letter to the agency cannot be empty.", (string?)body["errors"]!["letter"]);
        Assert.Single(_host.Bot.All); // only the press that opened the form
    }

    [Fact]
    public async Task A_pick_that_is_not_on_the_list_gets_an_error_under_the_menu()
    {
        var choice = new CardChoice("value", "Pick one", [new CardOption("subpoena", "Subpoena"), new CardOption("search_warrant", "Search warrant")], "subpoena",
            new CardAction("Use this one", "dialog.answer", new Dictionary<string, string>())) { InForm = true };
        var view = SlackModalViews.Form(new Card("Is that the right type?", [], [], []) { Choice = choice }, "D0DM", true)!;
        var select = view["blocks"]!.AsArray().Single(b => (string?)b!["type"] == "input")!;
        Assert.Equal("static_select", (string?)select["element"]!["type"]);
        Assert.Equal("subpoena", (string?)select["element"]!["initial_option"]!["value"]);
        var picked = new JsonObject { ["value"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = "wiretap_please" } } } };

        var body = JsonNode.Parse(await (await _host.PostInteractionAsync(Submission((string)view["private_metadata"]!, picked).ToJsonString())).Content.ReadAsStringAsync())!;

        Assert.Equal("That is not one of the options; pick one from the list.", (string?)body["errors"]!["value"]);
        Assert.Empty(_host.Bot.All);

        picked["value"]!["value"]!["selected_option"]!["value"] = "search_warrant";
        await _host.PostInteractionAsync(Submission((string)view["private_metadata"]!, picked).ToJsonString());
        var turn = await _host.Bot.NextAsync();
        Assert.Equal("dialog.answer", turn.Action!.Verb);
        Assert.Equal("search_warrant", turn.Action.Data["value"]);
    }

    [Fact]
    public async Task A_forged_or_unsigned_submission_is_refused_and_nothing_is_queued()
    {
        var view = (await OpenLetterFormAsync())["view"]!;
        var body = "payload=" + Uri.EscapeDataString(Submission((string)view["private_metadata"]!, TextValue("letter", "send everything")).ToJsonString());

        var forged = await _host.PostSignedAsync("slack/interactions", body, "application/x-www-form-urlencoded", secret: "not-the-secret");
        using var unsigned = new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        var bare = await _host.Http.PostAsync("slack/interactions", unsigned);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, bare.StatusCode);
        Assert.Single(_host.Bot.All);
    }

    [Fact]
    public async Task A_submission_whose_metadata_is_not_the_bots_is_refused_as_unreadable()
    {
        var response = await _host.PostInteractionAsync(Submission("""{"submit":"{}","channel":"D0DM"}""", TextValue("letter", "x")).ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_host.Bot.All);
    }

    [Fact]
    public async Task When_the_modal_cannot_be_opened_the_press_still_runs_and_the_answer_goes_to_the_chat()
    {
        _host.Slack.Script("views.open", 200, """{"ok":false,"error":"expired_trigger_id"}""");
        _host.Bot.Answer = _ => [LetterForm()];

        Assert.Equal(HttpStatusCode.OK, (await _host.PostInteractionAsync(Press("form-3").ToJsonString())).StatusCode);

        await _host.Bot.NextAsync();
        var calls = await _host.Slack.WaitForCallsAsync(2);
        Assert.Equal(["views.open", "chat.postMessage"], calls.Select(c => c.Method));
        Assert.Contains("please send the signed order", calls[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_with_nothing_to_fill_in_is_shown_in_the_modal_instead()
    {
        _host.Bot.Answer = _ => [Reply.Say("Sorry, only reviewers can ask an agency for more information.")];

        await _host.PostInteractionAsync(Press("form-3").ToJsonString());

        var calls = await _host.Slack.WaitForCallsAsync(2);
        Assert.Equal(["views.open", "views.update"], calls.Select(c => c.Method));
        Assert.Contains("only reviewers", calls[1].Body, StringComparison.Ordinal);
        Assert.Null(calls[1].Json["view"]!["submit"]);
    }

    [Fact]
    public async Task An_ordinary_button_opens_no_modal()
    {
        await _host.PostInteractionAsync(Press("triage-1", verb: "case.take").ToJsonString());

        await _host.Bot.NextAsync();
        var call = (await _host.Slack.WaitForCallsAsync(1)).Single();
        Assert.Equal("chat.postMessage", call.Method);
    }
}
