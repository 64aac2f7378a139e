using System.Text.RegularExpressions;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Commands;

/// <summary>
/// Reads a typed message or a card button into a <see cref="CommandRequest"/>. The language is a small table of
/// whole-message patterns: a message is a command only when all of it reads as one, so request text pasted into
/// the chat is never mistaken for a command. Long or multi-line messages are never commands.
/// </summary>
public static class CommandGrammar
{
    /// <summary>Longer messages are pasted requests (intake), not commands.</summary>
    public const int MaxCommandLength = 200;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking;

    private const string Case = @"(?<case>(le-?)?\d{4}-\d{1,9})";
    private const string Member = @"(?<member>[\w.@-]{1,64})";
    /// <summary>A member id, or a name of up to three words ("Dana Diaz").</summary>
    private const string MemberName = @"(?<member>[\w.@-]{1,64}( [\w.@-]{1,64}){0,2})";
    private const string What = @"what('?s| is| are)";

    private const string QueueFilter =
        @"(?<filter>mine|overdue|p[0-3]|subpoenas?|court[_ ]orders?|search[_ ]warrants?|warrants?|pen[_ ]registers?|wiretaps?" +
        @"|emergency|emergencies|preservations?|international|national[_ ]security|civil|other)";

    private const string Period = @"(?<period>((for|over|in) )?(the )?((last|past) )?(\d{1,3} ?(d|days?|w|weeks?)|day|week|month|quarter))";

    // Order matters: the first pattern that reads the whole message wins.
    private static readonly (string Name, Regex Pattern)[] Table =
    [
        (CommandNames.Help, P(@"(help|\?|commands|menu|usage|what can you do|how does this work)( me)?")),
        (CommandNames.OnCallSet, P($@"(on-?call|on call) set( (?<role>primary|secondary))? {Member}( (until |till |for )?(?<until>[\w:./+ -]{{1,40}}))?")),
        (CommandNames.OnCallSet, P($@"put {Member} on[- ]?call( as (?<role>primary|secondary))?( (until |till |for )?(?<until>[\w:./+ -]{{1,40}}))?")),
        (CommandNames.OnCall, P(@"(who('?s| is)( the)? (on call|on-call|oncall|on duty)( now| today| this week| right now)?|on-?call( show| now)?|on call|(show )?(me )?(the )?on-?call( rota| schedule)?)")),
        (CommandNames.Export, P(@"export( the)? transparency( report)?( (for )?(?<half>\w{1,10}))?")),
        (CommandNames.Stats, P($@"((show|give) )?(me )?(the )?(stats|statistics|metrics|numbers)( {Period})?")),
        (CommandNames.Remind, P($@"(remind( me)?|reminders|my reminders|{What} due( now| today)?|due now|anything due|what needs doing)")),
        (CommandNames.Overdue, P($@"(((show|list)( me)? )?(the |all )?(overdue|late)( cases)?|{What}( the)? (overdue|late)( cases)?)")),
        (CommandNames.Mine, P($@"(mine|my cases|my queue|((show|list)( me)? )?my (open )?cases|{What} (on my plate|assigned to me|mine)|cases assigned to me)")),
        (CommandNames.Queue, P($@"((((show|list|view)( me)? )?(the )?queue|{What} in the queue|{What} (open|pending)|open cases)( (for |of |by |filtered by )?{QueueFilter})?)")),
        (CommandNames.Emergency, P($@"mark( case)? {Case}( as)? (?<emergency>emergency|an emergency|not (an )?emergency|non-emergency)")),
        (CommandNames.RequestInfo, P($@"(request info|request information|ask for info|{What} missing)( (for|on|from))?( case)? {Case}")),
        (CommandNames.Take, P($@"(take|claim|grab|i'?ll take)( case)? {Case}( for me)?")),
        (CommandNames.Assign, P($@"(assign|give)( case)? {Case}(( to)? {MemberName})?")),
        (CommandNames.Status, P($@"(status|set status( of)?|move|mark|set)( case)? {Case}(( to| as)? (?<status>in review|awaiting info|[a-z][a-z_-]{{1,20}})( (?<note>.{{1,160}}))?)?")),
        (CommandNames.Note, P($@"(note|add (a )?note( to)?|comment( on)?)( case)? {Case}:?( (?<text>.{{1,180}}))?")),
        (CommandNames.Case, P($@"((show|open|view|display|get|look up|lookup)( me)? )?(case )?{Case}")),
    ];

    private static readonly Regex Polite = new(@"^((please|pls|hey|hi|ok|triagebot|@triagebot|can you|could you|would you)[,:]? )+", Options);

    private static readonly string[] GroupNames = ["case", "member", "role", "until", "half", "period", "filter", "status", "note", "text", "emergency"];

    /// <summary>A note may be long and run over several lines: "note LE-2026-00042 called the agency…".</summary>
    public const int MaxNoteLength = 4000;

    private static readonly Regex LongNote = new(
        $@"^(/triage\s+)?(note|add (a )?note( to)?|comment( on)?)( case)?\s+{Case}:?\s+(?<text>[\s\S]+)$", Options);

    /// <summary>The command a typed message asks for, or null when it is not one (a pasted request, an answer).</summary>
    public static CommandRequest? Parse(string? text)
    {
        if (text?.Trim() is { Length: > 0 and <= MaxNoteLength } trimmed && LongNote.Match(trimmed) is { Success: true } note
            && (trimmed.Length > MaxCommandLength || trimmed.Contains('\n')))
            return new CommandRequest(CommandNames.Note, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["case"] = note.Groups["case"].Value,
                ["text"] = note.Groups["text"].Value.Trim(),
            });
        var normalised = Normalise(text);
        if (normalised is null) return null;
        foreach (var (name, pattern) in Table)
        {
            var match = pattern.Match(normalised);
            if (!match.Success) continue;
            var args = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var group in GroupNames)
            {
                if (match.Groups[group] is { Success: true } g && g.Length > 0) args[group] = g.Value;
            }
            return new CommandRequest(name, args);
        }
        return null;
    }

    /// <summary>The command a card button asks for, or null when the verb is not one of <see cref="CaseVerbs"/>.</summary>
    public static CommandRequest? FromAction(CardActionInvocation action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var data = action.Data ?? new Dictionary<string, string>();
        string? Get(string key) => data.TryGetValue(key, out var v) ? v : null;
        Dictionary<string, string> Args(params (string Key, string? Value)[] pairs) =>
            pairs.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);

        var caseArg = (CaseVerbs.CaseKey, Get(CaseVerbs.CaseKey));
        return action.Verb switch
        {
            CaseVerbs.Take => new(CommandNames.Take, Args(caseArg), true),
            CaseVerbs.Assign => new(CommandNames.Assign, Args(caseArg, ("member", Get(CaseVerbs.MemberKey))), true),
            CaseVerbs.Show => new(CommandNames.Case, Args(caseArg), true),
            CaseVerbs.RequestInfo => new(CommandNames.RequestInfo, Args(caseArg), true),
            CaseVerbs.InfoRequestLetter => new(CommandNames.InfoRequestLetter, Args(caseArg, (CaseVerbs.LetterKey, Get(CaseVerbs.LetterKey))), true),
            CaseVerbs.Emergency => new(CommandNames.Emergency, Args(caseArg, ("emergency", "emergency")), true),
            CaseVerbs.NotEmergency => new(CommandNames.Emergency, Args(caseArg, ("emergency", "not emergency")), true),
            Paging.PageVerbs.Acknowledge => new(CommandNames.PageAck, Args(caseArg, (Paging.PageVerbs.TokenKey, Get(Paging.PageVerbs.TokenKey))), true),
            CaseVerbs.Status => new(CommandNames.Status, Args(caseArg, ("status", Get(CaseVerbs.StatusKey)), ("note", Get(CaseVerbs.NoteKey))), true),
            _ => null,
        };
    }

    /// <summary>One line, trimmed, without "/triage", a polite opening or closing punctuation, single-spaced.</summary>
    internal static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (t.Length > MaxCommandLength || t.AsSpan().IndexOfAny('\n', '\r') >= 0) return null;
        t = t.Replace('\u2019', '\'').Replace('\u2018', '\'');
        if (t.StartsWith("/triage", StringComparison.OrdinalIgnoreCase) && (t.Length == 7 || char.IsWhiteSpace(t[7])))
        {
            t = t[7..].Trim();
            if (t.Length == 0) return CommandNames.Help;
        }
        t = string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        t = Polite.Replace(t, "", 1);
        t = t.TrimEnd('?', '!', '.', ' ');
        if (t.EndsWith(" please", StringComparison.OrdinalIgnoreCase)) t = t[..^7].TrimEnd(',', ' ');
        return t.Length == 0 ? null : t;
    }

    private static Regex P(string pattern) => new($"^{pattern}$", Options);
}
