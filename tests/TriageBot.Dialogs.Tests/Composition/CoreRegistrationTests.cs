using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TriageBot.Dialogs.Commands;
using TriageBot.Dialogs.Composition;

namespace TriageBot.Dialogs.Tests.Composition;

public sealed class CoreRegistrationTests
{
    private static ServiceProvider Core(params (string Key, string Value)[] values) =>
        new ServiceCollection()
            .AddTriageBotCore(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build(),
                Path.GetTempPath())
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
}
