using Microsoft.Extensions.Configuration;

namespace TriageBot.Slack.Tests.Paging;

public sealed class PagingOptionsTests
{
    [Fact]
    public void Paging_settings_bind_from_the_Slack_section_and_default_to_5_and_15_minutes()
    {
        var configured = SlackOptions.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Paging:EmergencyChannel"] = "C0ALERTS",
            ["Paging:P0AckTimeout"] = "00:03:00",
        }).Build());

        Assert.Equal("C0ALERTS", configured.Paging.EmergencyChannel);
        Assert.Equal(TimeSpan.FromMinutes(3), configured.Paging.AckTimeout("P0"));
        Assert.Equal(TimeSpan.FromMinutes(15), configured.Paging.AckTimeout("P1"));
        Assert.Equal(TimeSpan.FromMinutes(5), new SlackOptions().Paging.AckTimeout("p0"));
        Assert.Equal(TimeSpan.FromSeconds(30), new SlackOptions().Paging.TickInterval);
    }
}
