using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using TriageBot.Cases.Storage;
using TriageBot.Cases.Workflow;
using TriageBot.CaseTracking;
using TriageBot.Configuration;

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

    public static string Actor(ParseResult parse) =>
        parse.GetValue(ActingAs) is { Length: > 0 } id ? id
        : Environment.GetEnvironmentVariable("TRIAGEBOT_USER") is { Length: > 0 } user ? user
        : Environment.UserName;

    public DateTime Now => Time.GetUtcNow().UtcDateTime;

    /// <summary>Runs <paramref name="work"/> with the case database open; rule violations and unknown case
    /// numbers exit 1 with their message, database problems exit 2.</summary>
    public async Task<int> WithCasesAsync(Func<CaseServices, Task<int>> work)
    {
        try
        {
            using var cases = CaseServices.Open(Settings, Time);
            return await work(cases);
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
