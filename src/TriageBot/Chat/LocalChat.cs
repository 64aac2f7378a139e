using System.Threading.Channels;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Chat;

/// <summary>
/// The terminal channel: the same conversation engine and database as Teams and Slack, for a newcomer without
/// either. Lines arriving together (a paste) make one message; a message is sent when input pauses, or at a
/// line <c>:send</c>. <c>:file PATH</c> sends a file (with any lines typed before it), a number presses that button of the last cards,
/// <c>:quit</c> (or end of input) leaves.
/// </summary>
public sealed class LocalChat(
    Func<Turn, CancellationToken, Task<IReadOnlyList<Reply>>> handle,
    UserIdentity user,
    TextReader input,
    TextWriter output,
    TimeSpan pasteWindow,
    long maxFileBytes)
{
    private readonly string _conversationId = $"chat:{user.Id}:{Environment.MachineName}".ToLowerInvariant();
    private IReadOnlyList<CardAction> _buttons = [];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        output.WriteLine($"TriageBot local chat, as {user.Id}. Paste a request, send a file with :file PATH, or type help. :quit leaves.");
        var lines = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var reader = Task.Run(async () =>
        {
            try
            {
                while (await input.ReadLineAsync(cancellationToken) is { } line) await lines.Writer.WriteAsync(line, cancellationToken);
            }
            finally
            {
                lines.Writer.TryComplete();
            }
        }, cancellationToken);

        var message = new List<string>();
        var files = new List<TurnFile>();
        while (true)
        {
            output.Write(message.Count == 0 && files.Count == 0 ? "> " : "");
            var line = await NextLineAsync(lines.Reader, message.Count > 0 || files.Count > 0, cancellationToken);
            if (line is null)
            {
                // A pause (or the end of input) after some lines: send what was pasted.
                if (message.Count > 0 || files.Count > 0) await SendAsync(message, files, cancellationToken);
                if (lines.Reader.Completion.IsCompleted && !lines.Reader.TryPeek(out _)) break;
                continue;
            }

            var trimmed = line.Trim();
            if (message.Count == 0 && trimmed.StartsWith(':'))
            {
                if (trimmed is ":quit" or ":q" or ":exit") break;
                if (trimmed == ":send") { await SendAsync(message, files, cancellationToken); continue; }
                if (trimmed.StartsWith(":file", StringComparison.Ordinal))
                {
                    if (Attach(trimmed[5..].Trim(), files)) await SendAsync(message, files, cancellationToken);
                    continue;
                }
                output.WriteLine("Chat commands: :file PATH (attach), :send, :quit. Anything else goes to TriageBot.");
                continue;
            }
            if (trimmed == ":send") { await SendAsync(message, files, cancellationToken); continue; }
            if (message.Count == 0 && trimmed.Length == 0) continue;
            message.Add(line);
        }
        await reader.ConfigureAwait(false);
    }

    /// <summary>The next line, or null when input pauses for the paste window (only while a message is pending).</summary>
    private async Task<string?> NextLineAsync(ChannelReader<string> lines, bool pending, CancellationToken cancellationToken)
    {
        if (lines.TryRead(out var ready)) return ready;
        if (!pending)
        {
            return await lines.WaitToReadAsync(cancellationToken) && lines.TryRead(out var next) ? next : null;
        }
        using var pause = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        pause.CancelAfter(pasteWindow);
        try
        {
            return await lines.WaitToReadAsync(pause.Token) && lines.TryRead(out var next) ? next : null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private bool Attach(string path, List<TurnFile> files)
    {
        path = path.Trim('"', '\'');
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) { output.WriteLine($"No such file: {path}"); return false; }
            if (info.Length > maxFileBytes) { output.WriteLine($"{info.Name} is {TriageBot.Intake.RequestReader.Size(info.Length)}, over the {TriageBot.Intake.RequestReader.Size(maxFileBytes)} limit (Intake:MaxBytes)."); return false; }
            files.Add(new TurnFile(info.Name, File.ReadAllBytes(path)));
            output.WriteLine($"Attached {info.Name}.");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"Cannot read {path}: {e.GetType().Name.Replace("Exception", "")}.");
            return false;
        }
    }

    private async Task SendAsync(List<string> message, List<TurnFile> files, CancellationToken cancellationToken)
    {
        if (message.Count == 0 && files.Count == 0) return;
        var text = string.Join('\n', message).Trim();
        var turn = new Turn { ConversationId = _conversationId, User = user, Text = text, Files = [.. files] };
        // A lone number presses that button of the last cards shown.
        if (files.Count == 0 && int.TryParse(text, out var n) && n >= 1 && n <= _buttons.Count)
        {
            var button = _buttons[n - 1];
            turn = turn with { Text = "", Action = new CardActionInvocation(button.Verb, button.Data) };
            output.WriteLine($"({button.Title})");
        }
        message.Clear();
        files.Clear();

        var replies = await handle(turn, cancellationToken);
        output.WriteLine();
        _buttons = TerminalCardRenderer.Write(output, replies);
        output.WriteLine();
    }
}
