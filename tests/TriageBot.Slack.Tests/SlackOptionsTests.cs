using Microsoft.Extensions.Configuration;

namespace TriageBot.Slack.Tests;

public sealed class SlackOptionsTests
{
    [Fact]
    public void Options_bind_from_the_slack_configuration_section_and_keep_defaults_for_absent_keys()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:SigningSecretVariable"] = "TRIAGEBOT_SLACK_SIGNING_SECRET",
            ["Slack:ApiBaseUrl"] = "http://127.0.0.1:9999/api",
            ["Slack:RetryBaseDelay"] = "00:00:02",
        }).Build();

        var options = SlackOptions.FromConfiguration(configuration.GetSection("Slack"));

        Assert.Equal("TRIAGEBOT_SLACK_SIGNING_SECRET", options.SigningSecretVariable);
        Assert.Equal("SLACK_BOT_TOKEN", options.BotTokenVariable);
        Assert.Equal(new Uri("http://127.0.0.1:9999/api"), options.ApiBaseUrl);
        Assert.Equal(TimeSpan.FromSeconds(2), options.RetryBaseDelay);
        Assert.Equal(4, options.Workers);
    }

    [Fact]
    public void A_missing_section_gives_the_defaults() =>
        Assert.Equal("SLACK_SIGNING_SECRET", SlackOptions.FromConfiguration(null).SigningSecretVariable);
}
