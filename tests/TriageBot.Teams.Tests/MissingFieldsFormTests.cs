using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Cases;
using TriageBot.Cases.Storage;
using TriageBot.Dialogs;
using TriageBot.Dialogs.Composition;
using TriageBot.Dialogs.Messages;
using TriageBot.Teams.Activities;
using TriageBot.Teams.Cards;

namespace TriageBot.Teams.Tests;

/// <summary>The intake's missing fields as inputs on the card, with the real conversation engine behind the Teams
/// translation: the card's shape, and a filled-in card sent back (as Teams sends an Action.Submit: the inputs
/// beside the button's data) filling every field and opening the case.</summary>
public sealed class MissingFieldsFormTests : IDisposable
{
    /// <summary>A subpoena with no contact person, e-mail or agency reference.</summary>
    private const string Subpoena = """
        GRAND JURY SUBPOENA
        United States District Court for the District of Oregon
        To: Custodian of Records, Northwind Labs
        YOU ARE COMMANDED to produce subscriber information and IP login records for the account @harbor_lights_77.
        Please produce the records by December 18, 2026.
        Issued by the Grand Jury, District of Oregon.
        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("triagebot-teams-form-");
    private readonly ServiceProvider _services;
    private readonly ConversationBot _bot;

    public MissingFieldsFormTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cases:DatabasePath"] = Path.Combine(_folder.FullName, "db", "cases.db"),
            ["Cases:DataKeyFile"] = Path.Combine(_folder.FullName, "keys", "triagebot.key"),
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero)))
            .AddTriageBotCore(configuration, _folder.FullName);
        services.Configure<CasesOptions>(cases => cases.Team =
        [
            new TeamMember { Id = "dana", Name = "Dana Whitfield", Roles = ["reviewer"], Addresses = new(StringComparer.OrdinalIgnoreCase) { ["teams"] = "aad-dana" } },
        ]);
        _services = services.BuildServiceProvider();
        Assert.Empty(StartupValidation.Problems(_services));
        _bot = _services.GetRequiredService<ConversationBot>();
    }

    public void Dispose()
    {
        _services.Dispose();
        _folder.Delete(recursive: true);
    }

    /// <summary>An activity as Teams sends it, through the real parsing and translation, to the real bot.</summary>
    private async Task<IReadOnlyList<Reply>> SendAsync(JsonObject activity)
    {
        var parsed = JsonSerializer.Deserialize<Activity>(activity.ToJsonString(), ActivityJson.Options)!;
        return await _bot.HandleAsync(TurnTranslator.FromMessage(parsed)!, CancellationToken.None);
    }

    private async Task<JsonObject> FormCardAsync()
    {
        var replies = await SendAsync(Activities.Message(Subpoena));
        var card = replies.SelectMany(r => r.Cards).Single(c => c.Form is not null);
        return new AdaptiveCardRenderer().Render(card);
    }

    [Fact]
    public async Task The_missing_fields_are_text_inputs_on_the_card_with_one_submit_button()
    {
        var card = await FormCardAsync();

        var inputs = card["body"]!.AsArray().Where(b => (string?)b!["type"] == "Input.Text").ToList();
        Assert.Equal(["contactPerson", "email", "caseReference"], inputs.Select(i => (string?)i!["id"]));
        Assert.Equal(["Contact person handling the matter", "Official law-enforcement e-mail address", "Agency case / reference number"], inputs.Select(i => (string?)i!["label"]));
        Assert.Equal([true, true, false], inputs.Select(i => (bool?)i!["isRequired"] ?? false));
        Assert.Equal("Email", (string?)inputs[1]!["style"]);
        Assert.Equal("Official law-enforcement e-mail address is needed.", (string?)inputs[1]!["errorMessage"]);
        var submit = Assert.Single(card["actions"]!.AsArray())!;
        Assert.Equal(("Action.Execute", "Save these", "dialog.submit"), ((string?)submit["type"], (string?)submit["title"], (string?)submit["verb"]));
        Assert.Equal("Action.Submit", (string?)submit["fallback"]!["type"]);
    }

    [Fact]
    public async Task A_filled_in_card_sent_back_fills_every_field_and_the_case_opens_with_them()
    {
        var card = await FormCardAsync();
        var submit = card["actions"]![0]!["fallback"]!;
        var pressed = Activities.Message("");
        pressed.Remove("text");
        // Teams sends an Action.Submit's data with the card's inputs beside it.
        var value = (JsonObject)submit["data"]!.DeepClone();
        value["contactPerson"] = "SA Tom Park";
        value["email"] = "tpark@fbi.gov";
        value["caseReference"] = "GJ-2026-114";
        pressed["value"] = value;

        var filled = Transcript(await SendAsync(pressed));
        await SendAsync(Activities.Message("yes"));
        var opened = Transcript(await SendAsync(Activities.Message("no")));

        Assert.Contains("Saved 3 answers from the form.", filled);
        Assert.Contains("Is that the right type?", filled);
        Assert.Contains("Opened LE-2026-00001.", opened);
        var stored = (await _services.GetRequiredService<LiteDbCaseStore>().GetAsync("LE-2026-00001"))!;
        Assert.Equal(("SA Tom Park", "tpark@fbi.gov"), (stored.Requester.Contact, stored.Requester.Email));
        Assert.Equal("GJ-2026-114", stored.AgencyReference, ignoreCase: true);
    }

    [Fact]
    public async Task A_filled_in_card_sent_as_an_action_execute_invoke_fills_the_fields_too()
    {
        var card = await FormCardAsync();
        var execute = card["actions"]![0]!;
        // Action.Execute: Teams merges the card's inputs into the action's data.
        var data = (JsonObject)execute["data"]!.DeepClone();
        data["contactPerson"] = "SA Tom Park";
        data["email"] = "tpark at fbi";
        var invoke = Activities.Execute((string)execute["verb"]!, "unused");
        invoke["value"]!["action"]!["data"] = data;
        var parsed = JsonSerializer.Deserialize<Activity>(invoke.ToJsonString(), ActivityJson.Options)!;

        var replies = await _bot.HandleAsync(TurnTranslator.FromCardAction(parsed)!, CancellationToken.None);

        var said = Transcript(replies);
        Assert.Contains("Saved 1 answer from the form. Not saved: official law-enforcement e-mail address: “tpark at fbi” is not an e-mail address (name@agency.gov).", said);
        var again = new AdaptiveCardRenderer().Render(replies.SelectMany(r => r.Cards).Single(c => c.Form is not null));
        var email = again["body"]!.AsArray().Single(b => (string?)b!["id"] == "email")!;
        Assert.Equal("tpark at fbi", (string?)email["value"]); // what was typed is kept
        Assert.DoesNotContain(again["body"]!.AsArray(), b => (string?)b!["id"] == "contactPerson");
    }

    private static string Transcript(IEnumerable<Reply> replies) =>
        string.Join("\n", replies.SelectMany(r => new[] { r.Text }.Concat(r.Cards.Select(c => c.Title))));
}
