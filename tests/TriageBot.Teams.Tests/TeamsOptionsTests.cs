using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TriageBot.Teams.Hosting;

namespace TriageBot.Teams.Tests;

/// <summary>The <c>Teams</c> section is bound with the options pattern and checked before the host serves:
/// every problem in one message, worded for whoever edits the configuration.</summary>
public sealed class TeamsOptionsTests
{
    private const string AppId = FakeBotFrameworkIdentity.AppId;

    private static IReadOnlyList<string> Problems(params (string Key, string? Value)[] settings)
    {
        var section = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create("Teams:" + s.Key, s.Value)))
            .Build().GetSection(TeamsOptions.SectionName);
        using var services = new ServiceCollection().AddLogging().AddTeams(section).BuildServiceProvider();
        try
        {
            _ = services.GetRequiredService<IOptions<TeamsOptions>>().Value;
            return [];
        }
        catch (OptionsValidationException e)
        {
            return e.Failures.ToList();
        }
    }

    [Fact]
    public void An_app_id_without_the_app_password_is_refused_naming_the_variable_to_set()
    {
        var problem = Assert.Single(Problems(("AppId", AppId), ("AppPasswordVariable", "TRIAGEBOT_TEST_UNSET_PASSWORD_7f3a")));

        Assert.Equal("Teams:AppId is set but the app password is missing: set the environment variable TRIAGEBOT_TEST_UNSET_PASSWORD_7f3a (named by Teams:AppPasswordVariable).", problem);
    }

    [Fact]
    public void The_app_password_is_read_from_the_variable_the_configuration_names()
    {
        var variable = "TRIAGEBOT_TEST_PASSWORD_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, "s3cret");
        try
        {
            Assert.Empty(Problems(("AppId", AppId), ("AppPasswordVariable", variable)));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void Every_problem_in_the_section_is_reported_at_once()
    {
        var problems = Problems(("AppId", "my-bot"), ("AppPasswordVariable", "TRIAGEBOT_TEST_UNSET_PASSWORD_7f3a"), ("LocalMode", "true"),
            ("TenantId", "contoso"), ("FileHosts:0", "*"), ("FileHosts:1", "https://x.sharepoint.com/"), ("MetadataWait", "00:01:00"),
            ("MaxFileRedirects", "50"), ("LocalMod", "true"), ("AppPassword", "in-the-file"));

        Assert.Equal(9, problems.Count); // the password in the file counts as set, and is refused as misplaced
        Assert.Contains(problems, p => p.StartsWith("Teams:AppId must be the bot's Microsoft app id, a GUID", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Teams:LocalMode is true but Teams:AppId is set", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Teams:TenantId must be the Entra tenant id", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Teams:FileHosts: '*' is not a host name", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Teams:FileHosts: 'https://x.sharepoint.com/' is not a host name", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Teams:MetadataWait must be between", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Teams:MaxFileRedirects must be between 0 and 10", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Teams:LocalMod is not a known setting", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Teams:AppPassword must not be in the configuration", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, null, TeamsMode.Off)]
    [InlineData("", "false", TeamsMode.Off)]
    [InlineData("", "true", TeamsMode.Local)]
    [InlineData(AppId, null, TeamsMode.Authenticated)]
    public void Local_mode_needs_the_switch_an_empty_app_id_alone_switches_the_channel_off(string? appId, string? localMode, TeamsMode mode)
    {
        var options = new ConfigurationBuilder()
            .AddInMemoryCollection([KeyValuePair.Create("Teams:AppId", appId), KeyValuePair.Create("Teams:LocalMode", localMode)])
            .Build().GetSection(TeamsOptions.SectionName).Get<TeamsOptions>() ?? new TeamsOptions();

        Assert.Equal(mode, options.Mode);
    }

    [Fact]
    public void The_default_file_hosts_are_onedrive_for_business()
    {
        Assert.Equal(["*.sharepoint.com"], new TeamsOptions().EffectiveFileHosts);
        Assert.Equal(["files.example.org"], new TeamsOptions { FileHosts = ["files.example.org"] }.EffectiveFileHosts);
    }

    [Fact]
    public async Task A_host_with_an_app_id_and_no_password_does_not_start()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            TeamsHost.StartAsync(new TeamsOptions { AppId = AppId, AppPasswordVariable = "TRIAGEBOT_TEST_UNSET_PASSWORD_7f3a" }, TimeProvider.System));

        Assert.Contains("TRIAGEBOT_TEST_UNSET_PASSWORD_7f3a", error.Message, StringComparison.Ordinal);
    }
}
