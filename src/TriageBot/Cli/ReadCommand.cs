using System.CommandLine;
using TriageBot.Configuration;
using TriageBot.Intake;

namespace TriageBot.Cli;

/// <summary><c>triagebot read FILE</c>: the text TriageBot extracted from a file, so a reviewer can check what
/// the engine read from a PDF or an e-mail before trusting its report.</summary>
public static class ReadCommand
{
    public static Command Create(Func<TriageBotSettings> settings, TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "A .txt, .eml or .pdf file" };
        var command = new Command("read", "Print the text and envelope extracted from a request file") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            var read = await InputFiles.ReadAsync(new RequestReader(settings().Limits), path, cancellationToken);
            if (read is IntakeResult.Failure failure)
            {
                await error.WriteLineAsync($"triagebot: {path}: {failure.Message}");
                return ExitCodes.SomeInputsFailed;
            }
            var document = ((IntakeResult.Success)read).Document;
            if (document.Envelope is { } envelope)
                await output.WriteLineAsync($"[envelope] From: {envelope.From}  Reply-To: {envelope.ReplyTo}  Subject: {envelope.Subject}  Date: {envelope.Date:u}");
            if (document.AttachmentNames.Count > 0)
                await output.WriteLineAsync($"[attachments] {string.Join(", ", document.AttachmentNames)}");
            await output.WriteLineAsync(document.Text);
            return ExitCodes.Ok;
        });
        return command;
    }
}
