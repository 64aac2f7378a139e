using TriageBot.Triage.Model;

namespace TriageBot.Intake.Tests.Fixtures;

/// <summary>Runs the reader on in-memory bytes and unwraps the result the test expects.</summary>
internal static class Reading
{
    public static Task<IntakeResult> Read(string fileName, byte[] bytes, IntakeLimits? limits = null) =>
        new RequestReader(limits ?? new IntakeLimits()).ReadAsync(fileName, new MemoryStream(bytes));

    public static async Task<RequestDocument> Document(string fileName, byte[] bytes, IntakeLimits? limits = null)
    {
        var result = await Read(fileName, bytes, limits);
        if (result is IntakeResult.Failure failure) Assert.Fail($"expected a document, got failure \"{failure.Message}\"");
        return Assert.IsType<IntakeResult.Success>(result).Document;
    }

    public static async Task<string> Failure(string fileName, byte[] bytes, IntakeLimits? limits = null)
    {
        var result = await Read(fileName, bytes, limits);
        if (result is IntakeResult.Success success) Assert.Fail($"expected a failure, got text \"{success.Document.Text}\"");
        var message = Assert.IsType<IntakeResult.Failure>(result).Message;
        Assert.DoesNotContain('\n', message);
        return message;
    }
}
