using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TriageBot.Dialogs.Commands;
using TriageBot.Dialogs.Composition;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Tests.Composition;

public sealed class CoreRegistrationTests
{
    private static ServiceProvider Core(params (string Key, string Value)[] values) =>
        new ServiceCollection()
            .AddTriageBotCore(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build(),
                // A folder of its own: /tmp itself is shared with every other checkout's test runs (and their schemas).
                Directory.CreateTempSubdirectory("triagebot-core-").FullName)
            .BuildServiceProvider();

    [Fact]
    public void Start_up_validation_lists_the_problems_of_every_core_section_together()
    {
        using var services = Core(
            ("Triage:DeadlineWindowDays", "-3"),
            ("Intake:MaxBytes", "12"),
            ("Cases:RetentionDays", "0"),
            ("Paging:TransientRetries", "99"),
            ("Paging:P0AckTimout", "00:05:00"));

        var problems = StartupValidation.Problems(services);

        Assert.Contains(problems, p => p.Contains("Triage:DeadlineWindowDays", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Intake:MaxBytes", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Cases:RetentionDays", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Paging:TransientRetries", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("P0AckTimout", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_the_binder_cannot_read_is_a_problem_not_a_crash()
    {
        using var services = Core(("Paging:TickInterval", "soon"), ("Cases:RetentionDays", "many"));

        var problems = StartupValidation.Problems(services);

        Assert.Contains(problems, p => p.StartsWith("Paging:", StringComparison.Ordinal) && p.Contains("soon", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Cases:", StringComparison.Ordinal) && p.Contains("many", StringComparison.Ordinal));
    }

    [Fact]
    public void The_command_handlers_are_one_collection_in_the_order_the_router_asks_them()
    {
        using var services = Core();

        var handlers = services.GetServices<ICommandHandler>().Select(h => h.GetType().Name).ToList();

        Assert.Equal(["HelpCommand", "QueueCommands", "CaseCommands", "AssignmentCommands", "PageCommands", "OnCallCommands", "ReportCommands", "ReminderCommands"], handlers);
        Assert.Empty(StartupValidation.Problems(services));
    }

    [Theory]
    [InlineData("2048", true)]
    [InlineData("8192", false)]
    public async Task The_conversation_engine_refuses_files_over_Intake_MaxBytes(string maxBytes, bool refused)
    {
        var folder = Directory.CreateTempSubdirectory("triagebot-core-");
        try
        {
            using var services = new ServiceCollection()
                .AddTriageBotCore(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Intake:MaxBytes"] = maxBytes,
                    ["Cases:DatabasePath"] = Path.Combine(folder.FullName, "db", "cases.db"),
                    ["Cases:DataKeyFile"] = Path.Combine(folder.FullName, "keys", "triagebot.key"),
                    ["Cases:Team:0:Id"] = "dana",
                    ["Cases:Team:0:Roles:0"] = "reviewer",
                }).Build(), folder.FullName)
                .BuildServiceProvider();
            var file = new TurnFile("request.txt", System.Text.Encoding.UTF8.GetBytes("GRAND JURY SUBPOENA\n" + new string('x', 4000)));

            var replies = await services.GetRequiredService<ConversationBot>().HandleAsync(
                new Turn { ConversationId = "chat:dana", User = new UserIdentity("chat", "dana"), Files = [file] }, CancellationToken.None);

            var said = Transcript.Render(replies);
            Assert.Equal(refused, said.Contains("limit", StringComparison.Ordinal));
            Assert.Equal(!refused, said.Contains("Here is what I read", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
