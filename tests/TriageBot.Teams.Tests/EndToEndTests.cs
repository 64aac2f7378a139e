using System.Net;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Teams.Tests;

/// <summary>The whole channel on loopback: a signed activity in, the reply posted to the (fake) Bot Connector.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public async Task A_signed_message_is_acknowledged_and_answered_through_the_connector_with_an_adaptive_card()
    {
        await using var identity = await FakeBotFrameworkIdentity.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        var options = identity.Options() with { AppPassword = "s3cret", TokenEndpoint = connector.TokenEndpoint };
        await using var host = await TeamsHost.StartAsync(options, new FakeTimeProvider(FakeBotFrameworkIdentity.Now));
        host.Handler.Answer = _ => [Reply.WithCard("Here is the queue.", new Card("Queue", [new CardFact("LE-2026-00001", "P0")], [],
            [new CardAction("Assign to me", "take", new Dictionary<string, string> { ["case"] = "LE-2026-00001" })]) { Style = "attention" })];

        var response = await host.PostAsync(Activities.Message("queue", serviceUrl: connector.Url).ToJsonString(),
            identity.Bearer(identity.Token(serviceUrl: connector.Url)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = await connector.Calls.NextAsync();
        Assert.Equal(("POST", "/v3/conversations/a:1on1/activities/1700000000001", "Bearer bot-token-1"), (call.Method, call.Path, call.Authorization));
        var reply = call.Body!;
        Assert.Equal(("message", "Here is the queue.", "1700000000001"), ((string?)reply["type"], (string?)reply["text"], (string?)reply["replyToId"]));
        Assert.Equal((Activities.BotId, "29:user-id"), ((string?)reply["from"]!["id"], (string?)reply["recipient"]!["id"]));
        var attachment = reply["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal(("AdaptiveCard", "1.5"), ((string?)attachment["content"]!["type"], (string?)attachment["content"]!["version"]));
        Assert.Equal("Action.Execute", (string?)attachment["content"]!["actions"]![0]!["type"]);
    }
}
