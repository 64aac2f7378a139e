namespace TriageBot.Dialogs.Messages;

/// <summary>A form: its inputs, whose values join <paramref name="Submit"/>'s data under their keys.</summary>
public sealed record CardForm(IReadOnlyList<CardInput> Inputs, CardAction Submit)
{
    /// <summary>The form belongs on the card itself (answers asked for in the chat): channels whose cards hold
    /// inputs (Teams) show them there; the others (Slack) show a button, <see cref="OpenTitle"/>, that opens it
    /// as a dialog window by pressing <see cref="Submit"/> with nothing filled in, which the dialogs answer with
    /// the form again.</summary>
    public bool InCard { get; init; }

    public string OpenTitle { get; init; } = "Fill in…";
}

/// <summary>What an input holds, and so how its value is checked (and which keyboard a channel offers).</summary>
public enum CardInputKind
{
    Text,
    Email,
    Phone,

    /// <summary>A calendar date written unambiguously (2026-03-10, 10 March 2026, March 10, 2026).</summary>
    Date,

    /// <summary>Account identifiers separated by commas: an e-mail must parse, a link must be a web address.</summary>
    Accounts,

    /// <summary>NCMEC CyberTipline report numbers: at least one number of 5 to 12 digits.</summary>
    ReportNumbers,
}

/// <summary>One text input of a form, with the checks every channel applies to what comes back.</summary>
public sealed record CardInput(string Key, string Label)
{
    public CardInputKind Kind { get; init; } = CardInputKind.Text;

    /// <summary>Phone inputs: the region a number without a country code is read in (ISO 3166, "US").</summary>
    public string Region { get; init; } = "US";

    /// <summary>The text it starts with (a draft to edit).</summary>
    public string? Value { get; init; }
    public bool Multiline { get; init; }
    public bool Required { get; init; } = true;
    public int MaxLength { get; init; } = 3000;
    public string? Hint { get; init; }

    /// <summary>Why a value cannot be used, in words for the person who typed it, or null.</summary>
    public string? Problem(string? value) =>
        string.IsNullOrWhiteSpace(value) ? (Required ? $"{Label} cannot be empty." : null)
        : value.Length > MaxLength ? $"{Label} is {value.Length} characters long; at most {MaxLength} fit."
        : InputChecks.Problem(Kind, value.Trim(), Region);
}
