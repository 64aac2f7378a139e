using TriageBot.Cli;

namespace TriageBot.Tests;

/// <summary><c>Intake:MaxBytes</c> is the one size limit: changing it changes what the terminal chat accepts.</summary>
public sealed class IntakeLimitTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-limit-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private async Task<string> AttachAsync(string maxBytes, int fileBytes)
    {
        var file = Path.Combine(_dir, "request.txt");
        await File.WriteAllTextAsync(file, "GRAND JURY SUBPOENA\n" + new string('x', fileBytes - 20));
        var config = LoopbackServers.WriteConfig(_dir, ("\"MaxBytes\": 10485760", $"\"MaxBytes\": {maxBytes}"));
        var output = new StringWriter();
        var exit = await CommandLineApp.RunAsync(["chat", "--as", "dana", "--paste-window-ms", "20"], output, new StringWriter(), CancellationToken.None,
            configFile: config, input: new StringReader($":file {file}\n:quit\n"));
        Assert.Equal(0, exit);
        return output.ToString();
    }

    [Fact]
    public async Task A_file_over_the_configured_intake_limit_is_refused_by_the_chat()
    {
        var output = await AttachAsync("2048", fileBytes: 4096);

        Assert.Contains("request.txt is 4.0 KB, over the 2.0 KB limit (Intake:MaxBytes).", output);
        Assert.DoesNotContain("Attached request.txt", output);
    }

    [Fact]
    public async Task The_same_file_is_taken_when_the_limit_is_raised()
    {
        var output = await AttachAsync("8192", fileBytes: 4096);

        Assert.Contains("Attached request.txt", output);
    }
}
