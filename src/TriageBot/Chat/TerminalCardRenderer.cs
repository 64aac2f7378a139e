using TriageBot.Dialogs.Messages;

namespace TriageBot.Chat;

/// <summary>
/// Replies as a terminal shows them: the text, then each card as an indented block, its buttons numbered so
/// the user can type the number to press one. The numbering runs across all cards of one turn.
/// </summary>
public static class TerminalCardRenderer
{
    public static IReadOnlyList<CardAction> Write(TextWriter output, IReadOnlyList<Reply> replies)
    {
        var actions = new List<CardAction>();
        foreach (var reply in replies)
        {
            if (!string.IsNullOrWhiteSpace(reply.Text)) output.WriteLine(reply.Text);
            foreach (var card in reply.Cards)
            {
                output.WriteLine();
                output.WriteLine($"  +-- {card.Title}{(card.Style == "attention" ? "  (!)" : "")}");
                var width = card.Facts.Count == 0 ? 0 : card.Facts.Max(f => f.Label.Length);
                foreach (var fact in card.Facts)
                    output.WriteLine($"  | {fact.Label.PadRight(width)}  {fact.Value}");
                foreach (var section in card.Sections)
                {
                    output.WriteLine("  |");
                    if (!string.IsNullOrWhiteSpace(section.Heading)) output.WriteLine($"  | {section.Heading}");
                    foreach (var line in section.Lines)
                        output.WriteLine($"  |   {line}");
                }
                if (card.Choice is { } choice)
                {
                    // A pick list becomes numbered options: typing the number submits that value.
                    output.WriteLine("  |");
                    output.WriteLine($"  | {choice.Label}:");
                    foreach (var option in choice.Options)
                    {
                        actions.Add(choice.Submit with { Data = new Dictionary<string, string>(choice.Submit.Data) { [choice.Key] = option.Value } });
                        output.WriteLine($"  |   [{actions.Count}] {option.Title}");
                    }
                }
                if (card.Form is { InCard: true } form)
                {
                    // The terminal has no inputs: it names the fields, and the question beside the form asks them one by one.
                    output.WriteLine("  |");
                    foreach (var input in form.Inputs)
                        output.WriteLine($"  |   {input.Label}{(input.Value is { } typed ? $": {typed}" : "")}{(input.Hint is { } why ? $" ({why})" : "")}");
                    output.WriteLine("  | (here: answer them one at a time)");
                }
                if (card.Actions.Count > 0)
                {
                    var buttons = card.Actions.Select(a =>
                    {
                        actions.Add(a);
                        return $"[{actions.Count}] {a.Title}";
                    });
                    output.WriteLine($"  +-- {string.Join("   ", buttons)}");
                }
                else
                {
                    output.WriteLine("  +--");
                }
            }
        }
        return actions;
    }
}
