using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TriageBot.Cases;
using TriageBot.Cases.Paging;
using TriageBot.Cases.Storage;
using TriageBot.Dialogs.Composition;
using TriageBot.Intake;
using TriageBot.Triage;

namespace TriageBot.Configuration;

/// <summary>The settings the command line needs, bound with the options pattern and checked once at start-up
/// (<see cref="Load"/>); every section's options type is registered by <c>AddTriageBotCore</c> or
/// <see cref="HostServiceCollectionExtensions.AddHostSections"/>, and these are their values.</summary>
/// <param name="BaseDirectory">Where relative paths in the configuration (the database file) start: the folder
/// of the configuration file.</param>
public sealed record TriageBotSettings(TriagePolicy Policy, IntakeOptions Intake, CasesOptions Cases, string BaseDirectory)
{
    /// <summary>The configuration the settings came from; the host registers the core and its channels from it.</summary>
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

    /// <summary>What one incoming file may ask of the reader (<c>Intake</c> section).</summary>
    public IntakeLimits Limits => Intake.Limits;

    public CaseDatabaseFiles Files => new(Cases, BaseDirectory);

    /// <summary>The case database file, absolute.</summary>
    public string DatabasePath => Files.DatabasePath;

    /// <summary>The data key file, absolute (<c>~/</c> is the home folder).</summary>
    public string DataKeyFilePath => Files.DataKeyFilePath;

    /// <summary>Binds and validates every section; the error lists every problem of every section, worded for
    /// whoever edits appsettings.json.</summary>
    /// <param name="teams">Also the <c>Teams</c> section, with its app password (<c>serve</c>).</param>
    public static TriageBotSettings Load(IConfiguration configuration, string? baseDirectory = null, bool teams = false)
    {
        var root = baseDirectory ?? Directory.GetCurrentDirectory();
        using var services = new ServiceCollection()
            .AddTriageBotCore(configuration, root)
            .AddHostSections(configuration, teams)
            .BuildServiceProvider();
        if (StartupValidation.Problems(services) is { Count: > 0 } problems) throw new SettingsException(problems);
        return new TriageBotSettings(services.GetRequiredService<TriagePolicy>(), services.GetRequiredService<IntakeOptions>(),
            services.GetRequiredService<CasesOptions>(), root)
        {
            Configuration = configuration,
            Slack = services.GetRequiredService<Slack.SlackOptions>(),
            Inbox = services.GetRequiredService<Mailbox.Configuration.InboxOptions>(),
            Paging = services.GetRequiredService<PagingOptions>(),
            Turns = services.GetRequiredService<Channels.TurnPipelineOptions>(),
        };
    }
}

public sealed class SettingsException(IReadOnlyList<string> problems)
    : Exception("The configuration is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
