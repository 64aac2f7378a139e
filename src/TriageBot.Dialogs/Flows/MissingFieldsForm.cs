using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Messages;
using TriageBot.Triage.Model;

namespace TriageBot.Dialogs.Flows;

/// <summary>
/// The intake's question for the missing critical fields: the first one as a line to answer (or <c>skip</c>), and,
/// when more than one is missing, all of them as one form (Teams: inputs on the card; Slack: a modal). Whom to
/// answer (contact person, e-mail) is required in the form; an e-mail or phone number must parse. A value the form
/// refused comes back filled in, with why, so nothing typed is lost.
/// </summary>
internal static class MissingFieldsForm
{
    /// <summary>Without these the agency cannot be answered, so the form does not go without them.</summary>
    private static readonly string[] Required = ["contactPerson", "email"];

    public static PromptSpec Question(IReadOnlyList<string> unanswered, IReadOnlyList<FormProblem> refused, string region)
    {
        var question = $"Missing: {RequestFieldNames.Describe(unanswered[0])}. Type it, or paste more of the request";
        if (unanswered.Count < 2 && refused.Count == 0) return PromptSpec.Text(question, allowSkip: true);
        var inputs = unanswered.Select(field => Input(field, region, refused.FirstOrDefault(r => r.Key == field))).ToList();
        return PromptSpec.TextOrForm(question, allowSkip: true, inputs,
            unanswered.Count == 1 ? "Or fill it in here" : $"Or fill in all {unanswered.Count} here, as many as you have");
    }

    private static CardInput Input(string field, string region, FormProblem? refused) => new(field, Capitalise(RequestFieldNames.Describe(field)))
    {
        Kind = KindOf(field),
        Region = region,
        Required = Required.Contains(field),
        Multiline = field is "description" or "necessity" or "requestedData",
        MaxLength = field is "description" or "necessity" or "requestedData" ? 2000 : 300,
        Value = refused?.Typed,
        Hint = refused?.Message,
    };

    /// <summary>How a field's answer is checked, typed in the chat or filled in a form: one rule for both.</summary>
    public static CardInputKind KindOf(string field) => field switch
    {
        "email" => CardInputKind.Email,
        "phone" => CardInputKind.Phone,
        "responseDeadline" => CardInputKind.Date,
        "accounts" => CardInputKind.Accounts,
        "ncmecReportIds" => CardInputKind.ReportNumbers,
        _ => CardInputKind.Text,
    };

    /// <summary>Why a typed answer for <paramref name="field"/> cannot be used (what was wrong, what is accepted), or null.</summary>
    public static string? Problem(string field, string value, string region) => InputChecks.Problem(KindOf(field), value.Trim(), region);

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
