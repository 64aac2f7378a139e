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
        Assert.Equal(4, options.MaxAttempts);
    }

    [Fact]
    public void A_missing_section_gives_the_defaults() =>
        Assert.Equal("SLACK_SIGNING_SECRET", SlackOptions.FromConfiguration(null).SigningSecretVariable);

    [Fact]
    public void Socket_mode_is_chosen_by_configuration_and_http_stays_the_default()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:Mode"] = "socket",
            ["Slack:AppTokenVariable"] = "TRIAGEBOT_SLACK_APP_TOKEN",
        }).Build();

        var options = SlackOptions.FromConfiguration(configuration.GetSection("Slack"));

        Assert.True(options.UsesSocketMode);
        Assert.Equal("TRIAGEBOT_SLACK_APP_TOKEN", options.AppTokenVariable);
        Assert.False(SlackOptions.FromConfiguration(null).UsesSocketMode);
        Assert.Equal("SLACK_APP_TOKEN", SlackOptions.FromConfiguration(null).AppTokenVariable);
    }

    [Theory]
    [InlineData("http", false)]
    [InlineData("socket", true)]
    public void Only_socket_mode_runs_the_socket_mode_client(string mode, bool expected)
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddSlack(new SlackOptions { Mode = mode });
        Assert.Equal(expected, services.Any(s => s.ImplementationType == typeof(TriageBot.Slack.SocketMode.SocketModeClient)));
    }

    [Fact]
    public void An_unknown_mode_is_refused_at_startup_with_the_allowed_values() =>
        Assert.Contains("\"http\" or \"socket\"",
            Assert.Throws<InvalidOperationException>(() => new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddSlack(new SlackOptions { Mode = "sockets" })).Message,
            StringComparison.Ordinal);
}
