using System.Net;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Slack.Tests;

public sealed class SlackEndToEndTests
{
    [Fact]
    public async Task A_signed_direct_message_is_answered_with_a_block_kit_post_in_the_same_chat()
    {
        await using var host = await SlackHost.StartAsync();
        host.Bot.Answer = _ => [Reply.WithCard("Your case", new Card("LE-2026-00001", [new CardFact("Priority", "P0")], [],
            [new CardAction("Acknowledge", "ack", new Dictionary<string, string> { ["case"] = "LE-2026-00001" })]))];

        var response = await host.PostEventAsync(SlackHost.DirectMessage("EvE2E", "case LE-2026-00001"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var call = (await host.Slack.WaitForCallsAsync(1)).Single();
        Assert.Equal("chat.postMessage", call.Method);
        Assert.Equal("Bearer " + SlackHost.Token, call.Authorization);
        Assert.Equal("D0DM", (string?)call.Json["channel"]);
        Assert.Equal("Your case", (string?)call.Json["text"]);
        Assert.Contains(call.Json["blocks"]!.AsArray(), b => (string?)b!["type"] == "actions");
    }

    [Fact]
    public async Task A_mention_in_a_channel_is_answered_only_to_the_person_who_asked()
    {
        await using var host = await SlackHost.StartAsync();
        await host.PostEventAsync("""{"type":"event_callback","team_id":"T0TEAM","event_id":"EvM","event":{"type":"app_mention","channel":"C0LEGAL","user":"U0DANA","text":"<@U0BOT> queue","ts":"1.2","thread_ts":"1.1"}}""");

        var call = (await host.Slack.WaitForCallsAsync(1)).Single();
        Assert.Equal("chat.postEphemeral", call.Method);
        Assert.Equal("C0LEGAL", (string?)call.Json["channel"]);
        Assert.Equal("U0DANA", (string?)call.Json["user"]);
        Assert.Equal("1.1", (string?)call.Json["thread_ts"]);
    }

    [Fact]
    public async Task When_the_engine_fails_the_person_gets_an_apology_and_the_worker_goes_on()
    {
        await using var host = await SlackHost.StartAsync();
        host.Bot.Answer = turn => turn.Text == "boom" ? throw new InvalidOperationException("engine failure") : [Reply.Say("fine")];

        await host.PostEventAsync(SlackHost.DirectMessage("EvF1", "boom"));
        await host.PostEventAsync(SlackHost.DirectMessage("EvF2", "again"));

        var calls = await host.Slack.WaitForCallsAsync(2);
        Assert.StartsWith("Sorry, something went wrong", (string?)calls[0].Json["text"], StringComparison.Ordinal);
        Assert.Equal("fine", (string?)calls[1].Json["text"]);
    }

    [Fact]
    public async Task An_api_base_url_without_a_trailing_slash_still_reaches_the_methods()
    {
        await using var host = await SlackHost.StartAsync(o => o with { ApiBaseUrl = new Uri(o.ApiBaseUrl.AbsoluteUri.TrimEnd('/')) });
        await host.PostEventAsync(SlackHost.DirectMessage("EvS", "hello"));
        Assert.Equal("chat.postMessage", (await host.Slack.WaitForCallsAsync(1)).Single().Method);
    }
}
