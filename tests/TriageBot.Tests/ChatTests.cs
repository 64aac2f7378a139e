using System.Diagnostics;
using System.Text;

namespace TriageBot.Tests;

/// <summary>The terminal chat as a newcomer uses it: the real <c>triagebot chat</c> process, typed into through
/// its standard input with pauses between messages, on a database of the test's own.</summary>
public sealed class ChatTests : IDisposable
{
    /// <summary>How long one answer may take before the test fails. Generous: on a busy 2-core machine shared by
    /// several builds a cold process start plus the first triage has taken over 30 s. The tests wait on the
    /// answer itself, so a quiet machine takes no longer; and a chat that has exited fails at once.</summary>
    internal static readonly TimeSpan AnswerCeiling = TimeSpan.FromMinutes(3);

    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-chat-").FullName;
    private readonly string _config;

    public ChatTests()
    {
        _config = LoopbackServers.WriteConfig(_dir);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Runs the chat; each element of <paramref name="messages"/> is typed (a paste when it has several
    /// lines), then the test waits for the bot to answer before the next one.</summary>
    private Task<string> ChatAsync(string member, params string[] messages) => ChatAsync(member, AnswerCeiling, messages);

    private async Task<string> ChatAsync(string member, TimeSpan ceiling, params string[] messages)
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
        try
        {
            return await TalkAsync(process, output, started, answered, error, ceiling, messages);
        }
        finally
        {
            // A failed wait leaves the chat running: it is this test's process, ended by its own handle.
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    private static async Task<string> TalkAsync(Process process, StringBuilder output, SemaphoreSlim started, SemaphoreSlim answered,
        Task<string> error, TimeSpan ceiling, string[] messages)
    {

        Assert.True(await SignalledAsync(started, process, ceiling), $"the chat did not start within {ceiling}");
        foreach (var message in messages)
        {
            await process.StandardInput.WriteLineAsync(message);
            await process.StandardInput.FlushAsync();
            Assert.True(await SignalledAsync(answered, process, ceiling), $"no answer within {ceiling} to: {message.Split('\n')[0]}");
        }
        await process.StandardInput.WriteLineAsync(":quit");
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(ceiling), "the chat did not end on :quit");
        Assert.Equal(0, process.ExitCode);
        // The one line allowed: the first run in a fresh folder announces the data key file it generated.
        Assert.Equal("", string.Join('\n', (await error).Split('\n').Where(l => !l.Contains("No data key was configured: generated one", StringComparison.Ordinal))).Trim());
        lock (output) return output.ToString();
    }

    /// <summary>True once <paramref name="signal"/> is released; false when <paramref name="ceiling"/> passes
    /// first, or when the process exits without releasing it (no answer can come then: fail at once).</summary>
    private static async Task<bool> SignalledAsync(SemaphoreSlim signal, Process process, TimeSpan ceiling)
    {
        var signalled = signal.WaitAsync(ceiling);
        if (await Task.WhenAny(signalled, process.WaitForExitAsync()) == signalled) return await signalled;
        // Exited: its output is read to the end by now, so a last line that released the signal has done so.
        return signalled.IsCompletedSuccessfully && signalled.Result;
    }

    [Fact]
    public async Task A_chat_that_never_answers_fails_the_wait_instead_of_passing()
    {
        // No process starts and answers within a millisecond: the wait must report that (and end the chat), not
        // pass or hang.
        var failure = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => ChatAsync("dana", TimeSpan.FromMilliseconds(1), "queue"));

        Assert.Contains("within 00:00:00.0010000", failure.Message, StringComparison.Ordinal);
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
