using TriageBot.Channels;
using TriageBot.Dialogs.Composition;
using TriageBot.Mailbox.Configuration;
using TriageBot.Slack;
using TriageBot.Teams.Hosting;

namespace TriageBot.Configuration;

public static class HostServiceCollectionExtensions
{
    /// <summary>The core over settings already bound and checked by <see cref="TriageBotSettings.Load"/>: the same
    /// option values, not a second binding of them.</summary>
    public static IServiceCollection AddTriageBotCore(this IServiceCollection services, TriageBotSettings settings)
    {
        services.AddSingleton(settings.Policy);
        services.AddSingleton(settings.Intake);
        services.AddSingleton(settings.Cases);
        services.AddSingleton(settings.Paging);
        return services.AddTriageBotCore(settings.Configuration, settings.BaseDirectory);
    }

    /// <summary>The sections of the host and its channels, bound and checked like the core's: <c>Slack</c>,
    /// <c>Inbox</c>, <c>Turns</c> and, with <paramref name="teams"/>, <c>Teams</c> (whose app password must then be
    /// present: only <c>serve</c> asks for it).</summary>
    public static IServiceCollection AddHostSections(this IServiceCollection services, IConfiguration configuration, bool teams)
    {
        services.AddSection<SlackOptions>(configuration, "Slack", SlackProblems);
        services.AddSection<InboxOptions>(configuration, InboxOptions.SectionName, InboxOptionsValidation.Validate);
        services.AddSection<TurnPipelineOptions>(configuration, TurnPipelineOptions.SectionName, turns => turns.Problems());
        if (teams) services.AddTeamsOptions(configuration.GetSection(Teams.TeamsOptions.SectionName));
        return services;
    }

    private static IEnumerable<string> SlackProblems(SlackOptions slack)
    {
        if (!slack.UsesSocketMode && !string.Equals(slack.Mode?.Trim(), "http", StringComparison.OrdinalIgnoreCase))
            yield return $"Slack:Mode must be \"http\" or \"socket\" (is \"{slack.Mode}\").";
    }
}
