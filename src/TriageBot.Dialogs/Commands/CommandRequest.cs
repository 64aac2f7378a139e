namespace TriageBot.Dialogs.Commands;

/// <summary>
/// A command read from a typed message or a card button, in one shape so both go through the same checks:
/// a button's data is as untrusted as typed text.
/// </summary>
/// <param name="Name">One of <see cref="CommandNames"/>.</param>
/// <param name="Args">Named arguments (<c>case</c>, <c>member</c>, <c>status</c>, ...), as written.</param>
/// <param name="FromCard">Whether a card button sent it (refusals then speak of the button, not of typing).</param>
public sealed record CommandRequest(string Name, IReadOnlyDictionary<string, string> Args, bool FromCard = false)
{
    public string? Arg(string name) => Args.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

/// <summary>The commands the router knows, and the card verbs it answers.</summary>
public static class CommandNames
{
    public const string Help = "help";
    public const string Queue = "queue";
    public const string Mine = "mine";
    public const string Overdue = "overdue";
    public const string Case = "case";
    public const string Take = "take";
    public const string Assign = "assign";
    public const string Status = "status";
    public const string Note = "note";
    public const string Emergency = "emergency";
    public const string RequestInfo = "request_info";
    /// <summary>The information request's letter, as the reviewer edited it in a form.</summary>
    public const string InfoRequestLetter = "request_info.letter";
    public const string Stats = "stats";
    public const string OnCall = "oncall";
    public const string OnCallSet = "oncall.set";
    public const string Export = "export";
    public const string Remind = "remind";
    public const string PageAck = "page.ack";
}

/// <summary>Card verbs (<see cref="Messages.CardAction.Verb"/>) and the data keys they carry.</summary>
public static class CaseVerbs
{
    public const string Take = "case.take";
    public const string Assign = "case.assign";
    public const string Show = "case.show";
    public const string RequestInfo = "case.request_info";
    public const string InfoRequestLetter = "case.info_request_letter";
    public const string Emergency = "case.emergency";
    public const string NotEmergency = "case.not_emergency";
    public const string Status = "case.status";

    public const string CaseKey = "case";
    public const string MemberKey = "member";
    public const string StatusKey = "status";
    public const string NoteKey = "note";
    public const string LetterKey = "letter";
}
