using Microsoft.Extensions.Configuration;
using TriageBot.Configuration;

namespace TriageBot.Tests;

public class SettingsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void The_repository_appsettings_file_is_valid()
    {
        var settings = TriageBotSettings.Load(AppConfiguration.Build(Path.Combine(RepositoryPaths.Root, "appsettings.json")));

        Assert.Equal(7, settings.Policy.DeadlineWindowDays);
        Assert.Contains("northwind-labs.com", settings.Policy.OwnDomains);
        Assert.Contains("personAtRisk", settings.Policy.RequiredFieldsByType["emergency"]);
    }

    [Fact]
    public void A_required_field_list_in_configuration_replaces_the_default()
    {
        var settings = TriageBotSettings.Load(Config(("Triage:RequiredFields:0", "email"), ("Triage:RequiredFields:1", "phone")));

        Assert.Equal(["email", "phone"], settings.Policy.RequiredFields);
    }

    [Fact]
    public void Every_problem_is_listed_in_one_clear_message()
    {
        var error = Assert.Throws<SettingsException>(() => TriageBotSettings.Load(Config(
            ("Triage:RequiredFields:0", "emial"),
            ("Triage:DeadlineWindowDays", "-3"),
            ("Intake:MaxBytes", "12"))));

        Assert.Equal(3, error.Problems.Count);
        Assert.Contains("unknown field 'emial'", error.Message);
        Assert.Contains("DeadlineWindowDays must be between 0 and 365", error.Message);
        Assert.Contains("Intake:MaxBytes", error.Message);
    }

    [Fact]
    public void Paging_settings_are_bound_from_their_own_section_and_checked_at_start_up()
    {
        var settings = TriageBotSettings.Load(Config(("Paging:P0AckTimeout", "00:03:00"), ("Paging:TransientRetries", "1")));
        Assert.Equal(TimeSpan.FromMinutes(3), settings.Paging.AckTimeout("P0"));
        Assert.Equal(TimeSpan.FromMinutes(15), settings.Paging.AckTimeout("P1"));
        Assert.Equal(1, settings.Paging.TransientRetries);

        var error = Assert.Throws<SettingsException>(() => TriageBotSettings.Load(Config(
            ("Paging:TickInterval", "00:00:00"), ("Paging:TransientRetries", "99"), ("Slack:Paging:P0AckTimeout", "00:05:00"))));

        Assert.Contains("Paging:TickInterval must be a positive time span", error.Message);
        Assert.Contains("Paging:TransientRetries must be between 0 and 10", error.Message);
        Assert.Contains("Slack:Paging has moved", error.Message);
    }

    [Fact]
    public void A_misspelt_paging_setting_is_named()
    {
        var error = Assert.Throws<SettingsException>(() => TriageBotSettings.Load(Config(("Paging:P0AckTimout", "00:05:00"))));

        Assert.Contains("P0AckTimout", error.Message);
    }

    [Fact]
    public void Problems_of_the_core_and_of_the_channels_come_in_one_message()
    {
        var error = Assert.Throws<SettingsException>(() => TriageBotSettings.Load(Config(
            ("Triage:DeadlineWindowDays", "-3"), ("Slack:Mode", "pigeon"), ("Turns:Workers", "0"), ("Paging:TickInterval", "soon"))));

        Assert.Contains("Triage:DeadlineWindowDays", error.Message);
        Assert.Contains("Slack:Mode must be", error.Message);
        Assert.Contains("Turns:", error.Message);
        Assert.Contains("soon", error.Message);
    }

    [Fact]
    public void Serve_checks_the_Teams_section_with_the_others()
    {
        var error = Assert.Throws<SettingsException>(() => TriageBotSettings.Load(Config(("Triage:DeadlineWindowDays", "-3"), ("Teams:AppId", "not-a-guid")), teams: true));

        Assert.Contains("Triage:DeadlineWindowDays", error.Message);
        Assert.Contains("Teams:AppId must be", error.Message);
    }
}
