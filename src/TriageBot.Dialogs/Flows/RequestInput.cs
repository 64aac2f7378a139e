using TriageBot.Dialogs.Messages;
using TriageBot.Intake;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Flows;

/// <summary>A request as it came in over chat: the pasted text and the text read from attached files, the
/// e-mail envelope of the first attached e-mail, and the names of the documents that came with it. Saved in the
/// conversation state while the intake runs, so it is plain data (file bytes are not kept).</summary>
public sealed record RequestInput(string Text, EmailEnvelope? Envelope, IReadOnlyList<string> AttachmentNames, IReadOnlyList<string> FileNames)
{
    public RequestDocument ToDocument() => new() { Text = Text, Envelope = Envelope, AttachmentNames = AttachmentNames };

    /// <summary>More of the same request (a second paste, the PDF after the e-mail): read together.</summary>
    public RequestInput MergedWith(RequestInput more) => new(
        Text.Length == 0 ? more.Text : more.Text.Length == 0 ? Text : Text + "\n\n" + more.Text,
        Envelope ?? more.Envelope,
        [.. AttachmentNames.Union(more.AttachmentNames, StringComparer.OrdinalIgnoreCase)],
        [.. FileNames.Union(more.FileNames, StringComparer.OrdinalIgnoreCase)]);
}

/// <summary>Reads a turn's text and files into one <see cref="RequestInput"/>; a file the reader refuses is
/// named with its one-line reason and left out.</summary>
internal sealed class RequestInputReader(RequestReader reader)
{
    public async Task<(RequestInput? Input, IReadOnlyList<string> Problems)> ReadAsync(Turn turn, CancellationToken cancellationToken)
    {
        var texts = new List<string>();
        if (!string.IsNullOrWhiteSpace(turn.Text)) texts.Add(turn.Text.Trim());
        EmailEnvelope? envelope = null;
        var attachments = new List<string>();
        var files = new List<string>();
        var problems = new List<string>();
        foreach (var file in turn.Files)
        {
            using var content = new MemoryStream(file.Content, writable: false);
            switch (await reader.ReadAsync(file.Name, content, cancellationToken).ConfigureAwait(false))
            {
                case IntakeResult.Success ok:
                    texts.Add(ok.Document.Text);
                    envelope ??= ok.Document.Envelope;
                    attachments.AddRange(ok.Document.AttachmentNames.Where(a => !attachments.Contains(a, StringComparer.OrdinalIgnoreCase)));
                    files.Add(file.Name);
                    break;
                case IntakeResult.Failure failure:
                    problems.Add($"I could not read {file.Name}: {failure.Message}.");
                    break;
            }
        }
        return texts.Count == 0 ? (null, problems) : (new RequestInput(string.Join("\n\n", texts), envelope, attachments, files), problems);
    }
}
