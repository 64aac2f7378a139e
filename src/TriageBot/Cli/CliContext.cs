using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;
using TriageBot.CaseTracking;
using TriageBot.Configuration;
using TriageBot.Dialogs.Access;

namespace TriageBot.Cli;

/// <summary>What every command needs: settings, the two output streams, who is acting, and the case database
/// opened for the length of one command with its errors turned into one-line messages.</summary>
public sealed class CliContext(Func<TriageBotSettings> settings, TextWriter output, TextWriter error, TimeProvider time)
{
    /// <summary>Who the command acts as: <c>--as</c>, else <c>TRIAGEBOT_USER</c>, else the login name.</summary>
    public static readonly Option<string?> ActingAs = new("--as")
    {
        Description = "Team member id to act as (default: TRIAGEBOT_USER, else the login name)",
        Recursive = true,
    };

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public TextWriter Output { get; } = output;
    public TextWriter Error { get; } = error;
    public TimeProvider Time { get; } = time;
    public TriageBotSettings Settings => settings();

    /// <summary>The settings with the <c>Teams</c> section checked too, so <c>serve</c> lists every problem of every
    /// section in one message; call it before <see cref="Settings"/>.</summary>
    public Func<TriageBotSettings>? ServeSettings { get; init; }

    public static string Actor(ParseResult parse) =>
        parse.GetValue(ActingAs) is { Length: > 0 } id ? id
        : Environment.GetEnvironmentVariable("TRIAGEBOT_USER") is { Length: > 0 } user ? user
        : Environment.UserName;

    public DateTime Now => Time.GetUtcNow().UtcDateTime;

    /// <summary>The team's clock: the CLI words times as the chat does.</summary>
    public Cases.Workflow.TeamClock Clock => Cases.Workflow.TeamClock.For(Settings.Cases);

    public CliAccess Access => new(new TeamDirectory(Settings.Cases));

    /// <summary>As <see cref="WithCasesAsync(Func{CaseServices, Task{int}})"/>, for a member of the roster
    /// allowed <paramref name="permission"/>; anyone else is refused before the database is opened.</summary>
    public Task<int> WithCasesAsync(ParseResult parse, Permission permission, Func<CaseServices, Task<int>> work) =>
        RefusingAsync(() => Access.Require(Actor(parse), permission), work);

    /// <summary>As above, for admins only.</summary>
    public Task<int> WithCasesAsAdminAsync(ParseResult parse, string what, Func<CaseServices, Task<int>> work) =>
        RefusingAsync(() => Access.RequireAdmin(Actor(parse), what), work);

    /// <summary>Checks the actor, then runs <paramref name="work"/>: refusals exit 2 with their message.</summary>
    public async Task<int> RefusingAsync(Func<Actor> check, Func<CaseServices, Task<int>>? work = null, Func<Task<int>>? plain = null)
    {
        try
        {
            check();
        }
        catch (CliRefusedException e)
        {
            await Error.WriteLineAsync($"triagebot: {e.Message}");
            return ExitCodes.UsageOrConfiguration;
        }
        return work is not null ? await WithCasesAsync(work) : await plain!();
    }

    /// <summary>Staff see and note only the cases they submitted or hold (as in the chat); reviewers and up
    /// any case.</summary>
    public void RequireCaseAccess(ParseResult parse, Cases.Model.CaseRecord found)
    {
        var actor = Access.Require(Actor(parse), Permission.OwnCases);
        var own = string.Equals(found.SubmittedBy, actor.Id, StringComparison.OrdinalIgnoreCase) || string.Equals(found.Assignee, actor.Id, StringComparison.OrdinalIgnoreCase);
        if (!own && !Permissions.Allows(actor, Permission.AnyCase)) throw new CliRefusedException($"{actor.Id}: {Permissions.Refusal(Permission.AnyCase)}");
    }

    /// <summary>Tells the operator, once, that a data key was generated (where, and to keep a copy).</summary>
    public void Notice(string message) => Error.WriteLine($"triagebot: {message}");

    /// <summary>Runs <paramref name="work"/> with the case database open; rule violations and unknown case
    /// numbers exit 1 with their message, database problems exit 2.</summary>
    public Task<int> WithCasesAsync(Func<CaseServices, Task<int>> work) => WithCasesAsync(null, work);

    /// <summary>As above, with more registrations in the core's container (e.g. the terminal's page channel).</summary>
    public async Task<int> WithCasesAsync(Action<IServiceCollection>? configure, Func<CaseServices, Task<int>> work)
    {
        try
        {
            using var cases = CaseServices.Open(Settings, Time, Notice, configure);
            return await work(cases);
        }
        catch (CliRefusedException e)
        {
            await Error.WriteLineAsync($"triagebot: {e.Message}");
            return ExitCodes.UsageOrConfiguration;
        }
        catch (CaseRuleException e)
        {
            await Error.WriteLineAsync($"triagebot: {e.Message}");
            return ExitCodes.SomeInputsFailed;
        }
        catch (CaseStoreException e)
        {
            await Error.WriteLineAsync($"triagebot: {e.Message}");
            return ExitCodes.UsageOrConfiguration;
        }
        catch (ArgumentException e) when (e is not ArgumentNullException)
        {
            await Error.WriteLineAsync($"triagebot: {e.Message}");
            return ExitCodes.UsageOrConfiguration;
        }
    }

    public Task WriteJsonAsync<T>(T value) => Output.WriteLineAsync(JsonSerializer.Serialize(value, Json));
}
