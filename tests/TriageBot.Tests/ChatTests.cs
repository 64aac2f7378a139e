using System.Diagnostics;
using System.Text;

namespace TriageBot.Tests;

/// <summary>The terminal chat as a newcomer uses it: the real <c>triagebot chat</c> process, typed into through
/// its standard input with pauses between messages, on a database of the test's own.</summary>
public sealed class ChatTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-chat-").FullName;
    private readonly string _config;

    public ChatTests()
    {
        _config = LoopbackServers.WriteConfig(_dir);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Runs the chat; each element of <paramref name="messages"/> is typed (a paste when it has several
    /// lines), then the test waits for the bot to answer before the next one.</summary>
    private async Task<string> ChatAsync(string member, params string[] messages)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "triagebot.dll"), "chat", "--as", member])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.Environment["TRIAGEBOT_CONFIG"] = _config;
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var started = new SemaphoreSlim(0);
        var answered = new SemaphoreSlim(0);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.AppendLine(e.Data);
            if (e.Data.StartsWith("TriageBot local chat", StringComparison.Ordinal)) started.Release();
            // The prompt "> " is completed by the first line of the bot's answer to what was just typed.
            else if (e.Data.StartsWith('>')) answered.Release();
        };
        process.BeginOutputReadLine();
        var error = process.StandardError.ReadToEndAsync();

        Assert.True(await started.WaitAsync(TimeSpan.FromSeconds(30)), "the chat did not start");
        foreach (var message in messages)
        {
            await process.StandardInput.WriteLineAsync(message);
            await process.StandardInput.FlushAsync();
            Assert.True(await answered.WaitAsync(TimeSpan.FromSeconds(30)), $"no answer to: {message.Split('\n')[0]}");
        }
        await process.StandardInput.WriteLineAsync(":quit");
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "the chat did not end on :quit");
        Assert.Equal(0, process.ExitCode);
        // The one line allowed: the first run in a fresh folder announces the data key file it generated.
        Assert.Equal("", string.Join('\n', (await error).Split('\n').Where(l => !l.Contains("No data key was configured: generated one", StringComparison.Ordinal))).Trim());
        lock (output) return output.ToString();
    }

    [Fact]
    public async Task A_pasted_request_becomes_a_case_through_the_terminal_chat()
    {
        var request = File.ReadAllText(RepositoryPaths.Sample("12-search-warrant-cybertipline.txt")).TrimEnd();

        var transcript = await ChatAsync("dana",
            request,                                 // a multi-line paste: one message
            "skip", "skip", "skip", "skip", "skip",  // whatever the intake still asks for (the type pick list takes no "skip")
            "no", "queue");                          // not an emergency: it stays P1

        Assert.Contains("Triaged: Search warrant (P1)", transcript);
        Assert.Contains("LE-2026-00001", transcript);
        Assert.Contains("[page]", transcript);       // child safety pages the on-call reviewer
        Assert.Contains("P1 Search warrant", transcript.Split("queue").Last(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_and_numbered_buttons_work_in_the_terminal()
    {
        var transcript = await ChatAsync("dana", ":file " + RepositoryPaths.Sample("19-emergency-suicide-chats.eml"), "help", "who is on call");

        Assert.Contains("Attached 19-emergency-suicide-chats.eml", transcript);
        Assert.Contains("Triaged: Emergency disclosure request (P0)", transcript);
        Assert.Contains("[1] ", transcript);
    }

    [Fact]
    public async Task A_stranger_is_refused_in_the_terminal_chat()
    {
        var transcript = await ChatAsync("mallory", "queue");

        Assert.DoesNotContain("LE-2026", transcript);
        Assert.Contains("only help members of the legal team", transcript);
    }
}
