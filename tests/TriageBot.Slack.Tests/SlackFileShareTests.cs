using System.Net;
using System.Text;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Slack.Tests;

public sealed class SlackFileShareTests
{
    private static string FileShare(string eventId, Uri url, long size) =>
        $$$"""{"type":"event_callback","team_id":"T0TEAM","event_id":"{{{eventId}}}","event":{"type":"message","subtype":"file_share","channel":"D0DM","channel_type":"im","user":"U0DANA","text":"from the sheriff","ts":"1.1","files":[{"id":"F1","name":"warrant.eml","size":{{{size}}},"url_private":"{{{url}}}"}]}}""";

    [Fact]
    public async Task A_file_shared_in_a_direct_message_is_downloaded_with_the_bot_token_and_reaches_the_engine()
    {
        await using var host = await SlackHost.StartAsync();
        host.Slack.Files["warrant.eml"] = Encoding.UTF8.GetBytes("From: a@b.gov\r\nSubject: Search warrant\r\n\r\nSEARCH WARRANT");
        host.Bot.Answer = _ => [Reply.Say("triaged")];

        var response = await host.PostEventAsync(FileShare("EvFile1", new Uri(host.Slack.BaseUrl, "files/warrant.eml"), 60));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.Slack.WaitForCallsAsync(1);
        var turn = Assert.Single(host.Bot.All);
        var file = Assert.Single(turn.Files);
        Assert.Equal("warrant.eml", file.Name);
        Assert.StartsWith("From: a@b.gov", Encoding.UTF8.GetString(file.Content), StringComparison.Ordinal);
        Assert.Equal("from the sheriff", turn.Text);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_a_reply_and_not_downloaded()
    {
        await using var host = await SlackHost.StartAsync();

        await host.PostEventAsync(FileShare("EvFile2", new Uri(host.Slack.BaseUrl, "files/huge.pdf"), 50L * 1024 * 1024));

        var call = (await host.Slack.WaitForCallsAsync(1)).Single();
        Assert.Contains("over the 10 MB limit", (string?)call.Json["text"], StringComparison.Ordinal);
        Assert.Empty(host.Bot.All);
    }

    [Fact]
    public async Task A_file_link_outside_slack_never_gets_the_bot_token()
    {
        await using var host = await SlackHost.StartAsync();

        await host.PostEventAsync(FileShare("EvFile3", new Uri("https://attacker.example/steal"), 60));

        var call = (await host.Slack.WaitForCallsAsync(1)).Single();
        Assert.Contains("could not download warrant.eml", (string?)call.Json["text"], StringComparison.Ordinal);
        Assert.Empty(host.Bot.All);
    }
}
