using System.Net;
using System.Text.Json.Nodes;
using TriageBot.Cases.Model;
using TriageBot.Tests.Paging;
using TriageBot.Triage.Model;

namespace TriageBot.Tests;

/// <summary>
/// Slack modals through the real host and engine (<see cref="PagingHost"/>, Slack played by the loopback fake):
/// the intake's type picked in a modal corrects the case and its missing fields follow the new type; the letter
/// edited in the "Request missing info" modal is the one given back to send and kept on the case.
/// </summary>
public sealed class SlackModalEndToEndTests : IAsyncLifetime
{
    // A subpoena with everything a subpoena needs; as a court order it lacks the date range.
    private const string Subpoena =
        "GRAND JURY SUBPOENA\n" +
        "United States District Court for the District of Massachusetts\n" +
        "You are commanded to produce basic subscriber information (name, address) for the account @quietriver_12.\n" +
        "Special Agent Tom Park, FBI Boston, tpark@fbi.gov, 617-555-0100.\n" +
        "Case No. 2026-GJ-0311";

    private PagingHost _host = null!;
    private int _triggers;

    public async Task InitializeAsync()
    {
        _host = await PagingHost.CreateAsync(slack: true);
        await _host.StartAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private Task<FakeCall> PostedAsync(string text) =>
        _host.Fake.WaitForAsync(c => c.Target == "chat.postMessage" && (string?)c.Json?["channel"] == "D0DANA" && c.Body.Contains(text, StringComparison.Ordinal), Wait);

    /// <summary>The button on a posted message whose words start with <paramref name="title"/>.</summary>
    private static JsonNode Button(FakeCall message, string title) =>
        message.Json!["blocks"]!.AsArray().Where(b => (string?)b!["type"] == "actions").SelectMany(b => b!["elements"]!.AsArray())
            .First(e => ((string?)e!["text"]?["text"])?.StartsWith(title, StringComparison.Ordinal) == true)!;

    /// <summary>Presses a form button as Slack sends it (with a fresh trigger_id) and returns the modal the answer filled.</summary>
    private async Task<JsonNode> PressFormAsync(JsonNode button)
    {
        var trigger = $"trigger-{Interlocked.Increment(ref _triggers)}";
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["team"] = new JsonObject { ["id"] = "T0TEAM" },
            ["user"] = new JsonObject { ["id"] = "U0DANA" },
            ["channel"] = new JsonObject { ["id"] = "D0DANA" },
            ["container"] = new JsonObject { ["type"] = "message", ["is_ephemeral"] = false, ["channel_id"] = "D0DANA" },
            ["trigger_id"] = trigger,
            ["actions"] = new JsonArray(button.DeepClone()),
        };
        Assert.Equal(HttpStatusCode.OK, (await _host.SlackSignedAsync("slack/interactions", "payload=" + Uri.EscapeDataString(payload.ToJsonString()), "application/x-www-form-urlencoded")).StatusCode);
        var open = await _host.Fake.WaitForAsync(c => c.Target == "views.open" && (string?)c.Json?["trigger_id"] == trigger, Wait);
        var externalId = (string)open.Json!["view"]!["external_id"]!;
        var update = await _host.Fake.WaitForAsync(c => c.Target == "views.update" && (string?)c.Json?["external_id"] == externalId, Wait);
        Assert.True(open.ArrivedAt < update.ArrivedAt);
        return update.Json!["view"]!;
    }

    private async Task<HttpResponseMessage> SubmitAsync(JsonNode view, string block, JsonObject element)
    {
        var payload = new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = "T0TEAM" },
            ["user"] = new JsonObject { ["id"] = "U0DANA" },
            ["view"] = new JsonObject
            {
                ["id"] = "V1", ["callback_id"] = (string?)view["callback_id"], ["private_metadata"] = (string?)view["private_metadata"],
                ["state"] = new JsonObject { ["values"] = new JsonObject { [block] = new JsonObject { ["value"] = element } } },
            },
        };
        return await _host.SlackSignedAsync("slack/interactions", "payload=" + Uri.EscapeDataString(payload.ToJsonString()), "application/x-www-form-urlencoded");
    }

    [Fact]
    public async Task The_type_picked_in_a_modal_corrects_the_case_and_the_letter_edited_in_a_modal_is_the_one_given_back()
    {
        await _host.SlackDirectMessageAsync("dana", Subpoena);
        var question = await PostedAsync("Is that the right type?");

        // "Pick one…" opens a modal with the types as a menu, the one read proposed.
        var typeForm = await PressFormAsync(Button(question, "Pick one"));
        var menu = typeForm["blocks"]!.AsArray().Single(b => (string?)b!["type"] == "input")!;
        Assert.Equal("subpoena", (string?)menu["element"]!["initial_option"]!["value"]);
        Assert.Contains(menu["element"]!["options"]!.AsArray(), o => (string?)o!["value"] == "court_order");

        var picked = await SubmitAsync(typeForm, (string)menu["block_id"]!, new JsonObject { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = "court_order" } });
        Assert.Equal(HttpStatusCode.OK, picked.StatusCode);
        Assert.Equal("", await picked.Content.ReadAsStringAsync());
        await PostedAsync("emergency");
        await _host.SlackDirectMessageAsync("dana", "no");
        var opened = await PostedAsync("Opened LE-2026-00001");

        var stored = await _host.Cases.Store.GetAsync("LE-2026-00001");
        Assert.Equal(LegalProcessType.CourtOrder, stored!.ProcessType);
        Assert.Contains(await _host.AuditAsync(stored.Id), e => e.Field == "process_type" || e.NewValue == "court_order");
        // The case card's missing fields are the court order's: the date range, which a subpoena does not need.
        Assert.Contains("date range", opened.Body, StringComparison.Ordinal);

        // "Request missing info" opens the letter in a modal to edit; what is submitted comes back to send.
        var letterForm = await PressFormAsync(Button(opened, "Request missing info"));
        var input = letterForm["blocks"]!.AsArray().Single(b => (string?)b!["type"] == "input")!;
        var draft = (string)input["element"]!["initial_value"]!;
        Assert.Contains("LE-2026-00001", draft, StringComparison.Ordinal);
        var edited = draft + "\nP.S. Please also send the court's signed order. (edited in Slack)";

        var blank = await SubmitAsync(letterForm, "letter", new JsonObject { ["type"] = "plain_text_input", ["value"] = " " });
        Assert.Contains("cannot be empty", await blank.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await SubmitAsync(letterForm, "letter", new JsonObject { ["type"] = "plain_text_input", ["value"] = edited })).StatusCode);

        var given = await PostedAsync("(edited in Slack)");
        Assert.Contains("Mark awaiting info", given.Body, StringComparison.Ordinal);
        Assert.Contains(await _host.AuditAsync(stored.Id), e => e.Action == "note" && e.NewValue!.Contains("(edited in Slack)", StringComparison.Ordinal));
    }
}
