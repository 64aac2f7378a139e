using Microsoft.Extensions.Configuration;
using TriageBot.Cases;
using TriageBot.Cases.Paging;
using TriageBot.Intake;
using TriageBot.Triage;

namespace TriageBot.Configuration;

/// <summary>The settings the command line needs, bound and checked once at start-up.</summary>
/// <param name="BaseDirectory">Where relative paths in the configuration (the database file) start: the folder
/// of the configuration file.</param>
public sealed record TriageBotSettings(TriagePolicy Policy, IntakeLimits Limits, CasesOptions Cases, string BaseDirectory)
{
    /// <summary>The configuration the settings came from; the host binds channel options (the <c>Teams</c>
    /// section) from it with the options pattern and validates them when it starts.</summary>
    public IConfiguration Configuration { get; init; } = new ConfigurationBuilder().Build();

    /// <summary>The Slack channel's settings (<c>Slack</c> section): names of the environment variables holding
    /// the signing secret and bot token, limits, retries.</summary>
    public Slack.SlackOptions Slack { get; init; } = new();

    /// <summary>The watched mailboxes (<c>Inbox</c> section); passwords and tokens come from the environment.</summary>
    public Mailbox.Configuration.InboxOptions Inbox { get; init; } = new();

    /// <summary>The case desk's paging (<c>Paging</c> section): acknowledgement timeouts, the clock, retries.</summary>
    public PagingOptions Paging { get; init; } = new();

    /// <summary>The durable turn queue the chat channels share (<c>Turns</c> section).</summary>
    public Channels.TurnPipelineOptions Turns { get; init; } = new();

    /// <summary>The case database file, absolute.</summary>
    public string DatabasePath => Path.GetFullPath(Cases.DatabasePath, BaseDirectory);

    /// <summary>The data key file, absolute (<c>~/</c> is the home folder).</summary>
    public string DataKeyFilePath => Path.GetFullPath(
        Cases.DataKeyFile.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), Cases.DataKeyFile[2..])
            : Cases.DataKeyFile,
        BaseDirectory);

    /// <summary>Binds and validates; the error lists every problem, worded for whoever edits appsettings.json.</summary>
    public static TriageBotSettings Load(IConfiguration configuration, string? baseDirectory = null)
    {
        var policy = new TriagePolicy();
        var section = configuration.GetSection(TriagePolicy.SectionName);
        // Lists in appsettings.json replace the defaults rather than append to them, so staff see the whole policy.
        if (section.GetSection(nameof(TriagePolicy.RequiredFields)).Exists()) policy.RequiredFields = [];
        if (section.GetSection(nameof(TriagePolicy.RequiredFieldsByType)).Exists()) policy.RequiredFieldsByType = new(StringComparer.OrdinalIgnoreCase);
        if (section.GetSection(nameof(TriagePolicy.RequiredFieldsByFlag)).Exists()) policy.RequiredFieldsByFlag = new(StringComparer.OrdinalIgnoreCase);
        section.Bind(policy);

        var intake = configuration.GetSection("Intake");
        var limits = new IntakeLimits(
            MaxBytes: intake.GetValue("MaxBytes", new IntakeLimits().MaxBytes),
            MaxPdfPages: intake.GetValue("MaxPdfPages", new IntakeLimits().MaxPdfPages));

        var cases = new CasesOptions();
        var casesSection = configuration.GetSection(CasesOptions.SectionName);
        if (casesSection.GetSection(nameof(CasesOptions.Sla)).Exists()) cases.Sla = new(StringComparer.OrdinalIgnoreCase);
        casesSection.Bind(cases);
        cases.PreservationDays = policy.PreservationDays;

        var problems = policy.Validate().ToList();
        problems.AddRange(CasesOptionsValidation.Validate(cases));
        if (limits.MaxBytes is < 1024 or > 200L * 1024 * 1024) problems.Add($"Intake:MaxBytes must be between 1 KB and 200 MB (is {limits.MaxBytes}).");
        if (limits.MaxPdfPages is < 1 or > 5000) problems.Add($"Intake:MaxPdfPages must be between 1 and 5000 (is {limits.MaxPdfPages}).");
        if (problems.Count > 0) throw new SettingsException(problems);
        var slack = TriageBot.Slack.SlackOptions.FromConfiguration(configuration.GetSection("Slack"));
        if (configuration.GetSection("Slack:Paging").Exists())
            problems.Add("Slack:Paging has moved: paging is the case desk's now. Put P0AckTimeout, P1AckTimeout and TickInterval under Paging, and the emergency channel under Slack:EmergencyChannel.");
        var paging = new PagingOptions();
        try
        {
            configuration.GetSection(PagingOptions.SectionName).Bind(paging, binder => binder.ErrorOnUnknownConfiguration = true);
            problems.AddRange(paging.Validate());
        }
        catch (InvalidOperationException e)
        {
            problems.Add($"{PagingOptions.SectionName}: {e.Message}");
        }
        var settings = new TriageBotSettings(policy, limits, cases, baseDirectory ?? Directory.GetCurrentDirectory());
        if (string.IsNullOrWhiteSpace(cases.DataKeyFile)) problems.Add("Cases:DataKeyFile must name the data key file (default triagebot.key beside the configuration).");
        else if (string.Equals(Path.GetDirectoryName(settings.DataKeyFilePath), Path.GetDirectoryName(settings.DatabasePath), StringComparison.Ordinal))
            problems.Add($"Cases:DataKeyFile ({settings.DataKeyFilePath}) must not be in the database's folder: a copy of the folder would carry the key with the data.");
        var inbox = new Mailbox.Configuration.InboxOptions();
        configuration.GetSection(Mailbox.Configuration.InboxOptions.SectionName).Bind(inbox);
        problems.AddRange(Mailbox.Configuration.InboxOptionsValidation.Validate(inbox));

        var turns = new Channels.TurnPipelineOptions();
        configuration.GetSection(Channels.TurnPipelineOptions.SectionName).Bind(turns);
        problems.AddRange(turns.Problems());
        if (problems.Count > 0) throw new SettingsException(problems);
        return new TriageBotSettings(policy, limits, cases, baseDirectory ?? Directory.GetCurrentDirectory())
        {
            Configuration = configuration,
            Slack = slack,
            Inbox = inbox,

            Paging = paging,

            Turns = turns,
        };
    }
}

public sealed class SettingsException(IReadOnlyList<string> problems)
    : Exception("The configuration is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
