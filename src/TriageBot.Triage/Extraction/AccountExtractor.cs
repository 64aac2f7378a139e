using System.Text.RegularExpressions;
using PhoneNumbers;
using TriageBot.Triage.Detection;
using TriageBot.Triage.Diagnostics;
using TriageBot.Triage.Model;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Extraction;

/// <summary>
/// The accounts a request is about: usernames, e-mail addresses, profile URLs, account ids and phone numbers.
/// The requester's own addresses, government addresses and header lines are not targets.
/// </summary>
internal sealed class AccountExtractor
{
    internal static readonly Regex Username = Patterns.Build(
        @"(^|[\s(\[,;:""'])@(?<u>[A-Za-z0-9_][A-Za-z0-9_.]{0,28}[A-Za-z0-9_])");

    internal static readonly Regex LabelledUsername = Patterns.Build(
        @"\b(user\s?name|screen\s?name|handle|display\s+name|benutzername|nom\s+d'utilisateur|pseudo|nombre\s+de\s+usuario|usuario)\s*(\([^)\n]{0,20}\))?\s*[:=]\s*@?(?<u>[A-Za-z0-9_][A-Za-z0-9_.-]{1,40})");

    // "the username "harbor_lynx"", "account 'harbor_lynx'", "utente «gufo_reale»": a quoted name after a naming word
    // (round 28: or its plural, "the Quillo accounts "windycitybrody", …").
    internal static readonly Regex QuotedUsername = Patterns.Build(
        @"\b(user\s?names?|screen\s?name|handles?|accounts?|profiles?|user|benutzer(name|konto)?|utilisateur|usuario|usu[aá]rio|utente|gebruiker(snaam)?|(nutzer|benutzer)?kontos?|compte|cuenta|conta|perfil|profilo|profiel)\s+(named\s+|called\s+)?[""'](?<u>@?[A-Za-z0-9_][A-Za-z0-9_.-]{1,40})[""']");

    // A person named to be contacted, right before an address ("Please contact Jonah Ashby at", "reach Det. Ruiz via").
    private static readonly Regex ContactPersonBefore = Patterns.Build(
        @"\b([Cc]ontact|[Rr]each|[Ww]rite\s+to|[Ee]-?mail|[Cc]all)\s+((Det|Sgt|Lt|SA|Ofc|Insp)\.?\s+)?(\p{Lu}[\p{L}'’.-]*\s+){1,4}(at|via|on)\s*[:(<]?\s*$", ignoreCase: false);

    private static readonly Regex DateShaped = new(@"\A\d{1,2}[./-]\d{1,2}[./-](19|20)\d{2}\z|\A(19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}\z", RegexOptions.CultureInvariant);

    // Numbers the writer gives to be called back on are the requester's, not a target's.
    private static readonly Regex CallbackBefore = Patterns.Build(
        @"(call\s+(me|us)(\s+back)?|callback|call-back|reach\s+(me|us)|contact\s+(me|us)|my\s+(direct\s+|cell\s+|mobile\s+|office\s+)?(line|number|phone|cell)|can\s+be\s+reached|on-?call|24/7|dispatch" +
        // Issue 11 round 11: a hotline the public is told to report to ("Report ... to the NCMEC CyberTipline:
        // 1-800-...", "tip line", "Crime Stoppers") is nobody's account.
        @"|hot\s?line|help\s?line|tip\s?line|cyber\s*tip(line)?|crime\s*stoppers" +
        // Round 27: the desks that find the officer when the officer cannot answer ("the command post desk is ...").
        @"|command\s+post|(duty|front|operations|watch)\s+desk|switchboard|watch\s+commander|duty\s+(officer|sergeant))[^\n]{0,25}$");

    // Single quotes too ("Account: 'dune_tide_7'", as Dutch and Italian forms write them).
    internal static readonly Regex QuotedHandle = Patterns.Build(
        @"[""“«‹(‘'](?<u>@?[A-Za-z][A-Za-z0-9_.-]{2,39})[""”»›)’']");

    // French quotes keep a space inside (« leman_brume »), and normalising makes them plain double quotes.
    private static readonly Regex SpacedQuotedHandle = Patterns.Build(@"[""«‹] (?<u>[a-z][a-z0-9_.]{2,39}) [""»›]");

    internal static readonly Regex BareHandle = Patterns.Build(
        @"\b(nutzerkonto|benutzerkonto|benutzername|user\s?names?|handles?|accounts?|konto|compte|perfil|profilo|profil|conta|cuenta|utente|gebruiker|user|usuario|usu[aá]rio|utilisateur|nutzer|target|pseudo(nyme?)?|seud[oó]nimo|alias|nickname)(\s+name)?\s+@?(?<u>[A-Za-z][A-Za-z0-9.]*_[A-Za-z0-9_.]*|[a-z][a-z0-9]*(\.[a-z0-9]+)+)");

    // A handle standing bare in prose or alone on a list line ("IP logins for mainline_x_44 ASAP"): lower case
    // with an underscore, not part of an address, a path or a file name, and not a form's field name ("x_y:").
    private static readonly Regex ProseHandle = Patterns.Build(
        @"(^|[\s(,;])(?<u>[a-z][a-z0-9]*(_[a-z0-9]+)+)($|[\s),;!?]|\.(\s|$))");

    // A mail's subject names the target often: "Subject: Grand Jury Subpoena - wallstreet_whale_88 - New York".
    private static readonly Regex SubjectLine = Patterns.Build(@"^[ \t>]*(subject|betreff|objet|asunto|assunto|oggetto|onderwerp)\s*:[^\n]*");

    private static readonly Regex SubjectHandle = Patterns.Build(@"(^|[\s""'«“(:])(?<u>[a-z][a-z0-9.]*_[a-z0-9_.]*[a-z0-9])($|[\s""'»”),;:])");

    // Words that tie a phone number to a target when the sentence wraps onto the number's line.
    private static readonly Regex PhoneTargetTail = Patterns.Build(
        @"(account|user|subscriber|target|suspect|associated|associad[oa]\b|asociad[oa]\b|associ[ée]e?\b|associato\b|registered|linked|using|utilizando|utilisant|gebruiker|nutzer|utente|utilizador|usuario)[^\n.]{0,40}(phone|telephone|telefoon|telefon|t[ée]l[ée]phone|tel[ée]fono|telefone|telefono|mobile|cell|number|num[ée]ro|n[uú]mero|numero|nummer)?[^\n.]{0,20}$");

    // Words a form puts after a label in place of a value: yes, no, none, unknown, in the seven languages read.
    private static readonly HashSet<string> FormAnswers = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "yes", "none", "unknown", "si", "ja", "nein", "nee", "oui", "non", "sim", "nao", "nd", "na", "tbd",
        "ninguno", "ninguna", "desconocido", "aucun", "inconnu", "keine", "unbekannt", "geen", "onbekend", "nenhum", "desconhecido", "nessuno", "sconosciuto",
    };

    private static readonly HashSet<string> NotHandleEndings = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "org", "net", "gov", "edu", "mil", "io", "pdf", "txt", "eml", "doc", "docx", "html", "htm", "jpg", "jpeg", "png", "zip", "csv", "xlsx",
    };

    /// <summary>A username's shape: a lower-case letter somewhere, and an underscore, a digit or an inner dot
    /// (plain words and case numbers in quotes are not handles).</summary>
    private static bool LooksLikeHandle(string name)
    {
        if (name.Length < 3 || !name.Any(char.IsAsciiLetterLower)) return false;
        if (!name.Any(c => c == '_' || char.IsAsciiDigit(c) || c == '.')) return false;
        var dot = name.LastIndexOf('.');
        if (dot >= 0 && (dot == name.Length - 1 || NotHandleEndings.Contains(name[(dot + 1)..]))) return false;
        return !name.Contains("..");
    }

    private static readonly Regex HandleContext = Patterns.Build(
        @"account|user|profile|handle|konto|nutzer|benutzer|compte|perfil|profilo|conta|cuenta|utente|gebruiker|target|username|subscriber");

    private static readonly Regex ListItem = Patterns.Build(@"^[ \t>]*(\(?\d{1,2}[.)]|\(?[a-z][.)]|[-*•·])[ \t]+");

    // Round 21: a line that ends by introducing what the paper covers ("for records of:", "all records associated
    // with:", "the facilities:", "selectors:"): the names under it are the targets.
    private static readonly Regex CoveredLeadIn = Patterns.Build(@"\b(records|facilit(y|ies)|selectors?|identifiers?)\b[^\n]{0,40}:[ \t]*$");

    private static bool NearTargetWords(NormalizedText text, int offset)
    {
        var line = text.LineIndexOf(offset);
        for (var i = Math.Max(0, line - 2); i <= line; i++)
            if (HandleContext.IsMatch(text.Line(i))) return true;
        if (line > 0 && CoveredLeadIn.IsMatch(text.Line(line - 1))) return true;
        // An item of a list ("1. rva_x", "- y_z") under a lead-in that names accounts ("the accounts below:"):
        // the lead-in's sentence decides, however long the list is above the item.
        if (!ListItem.IsMatch(text.Line(line))) return false;
        var lead = line - 1;
        for (var steps = 0; lead >= 0 && steps < 20 && (ListItem.IsMatch(text.Line(lead)) || text.Line(lead).IsWhiteSpace()); steps++) lead--;
        if (lead < 0) return false;
        for (var i = Math.Max(0, lead - 2); i <= lead; i++)
            if (HandleContext.IsMatch(text.Line(i))) return true;
        return CoveredLeadIn.IsMatch(text.Line(lead));
    }

    private const int MaxListLines = 200;

    /// <summary>The first word of each item of a list whose lead-in names accounts ("the following accounts:",
    /// "records for:" under "subscriber"): "2. qc.hr.onboarding", "•  vendor-remit-desk  (registered phone …)".
    /// A handle there needs no underscore or quotes; an e-mail, a URL or a file name is not one. Lines are
    /// checked by their first character before any pattern runs.</summary>
    private static IEnumerable<string> ListedHandles(NormalizedText text)
    {
        var checkedLines = 0;
        for (var i = 0; i < text.LineCount && checkedLines < MaxListLines; i++)
        {
            var line = text.Line(i).TrimStart(" \t>");
            if (line.Length < 4 || !(char.IsAsciiDigit(line[0]) || line[0] is '•' or '·' or '-' or '*' or '(' or '–')) continue;
            checkedLines++;
            var item = ListItem.Match(text.Value, text.LineStart(i), text.Line(i).Length);
            if (!item.Success) continue;
            var rest = text.Value.AsSpan(item.Index + item.Length, text.LineStart(i) + text.Line(i).Length - item.Index - item.Length);
            var end = rest.IndexOfAny(' ', '\t');
            var word = (end < 0 ? rest : rest[..end]).ToString().TrimEnd(',', ';');
            // Alone on its line or followed by a gap of spaces or a bracket: a name, not the first word of prose.
            var after = end < 0 ? "" : rest[end..].ToString();
            if (after.Length > 0 && !after.StartsWith("  ") && !after.TrimStart().StartsWith('(') && !after.TrimStart().StartsWith("http")) continue;
            if (word.Contains('@') || word.Contains("://") || !IsListedHandleShape(word)) continue;
            if (NearTargetWords(text, item.Index)) yield return word.TrimStart('@');
        }
    }

    /// <summary>Lower case, with a dot, a hyphen, an underscore or a digit inside ("qc.hr.onboarding",
    /// "vendor-remit-desk"), not a domain or a file name.</summary>
    private static bool IsListedHandleShape(string word)
    {
        var name = word.TrimStart('@');
        if (name.Length < 5 || name.Any(char.IsAsciiLetterUpper) || !char.IsAsciiLetterLower(name[0])) return false;
        if (!name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '.' or '-')) return false;
        if (!name.Any(c => c is '_' or '.' or '-' || char.IsAsciiDigit(c)) || name.EndsWith('-') || name.EndsWith('.')) return false;
        // A word with one hyphen and nothing else ("e-mail", "log-in") is a kind of data, not a name.
        if (!name.Any(c => c is '_' or '.' || char.IsAsciiDigit(c)) && name.Count(c => c == '-') < 2) return false;
        var dot = name.LastIndexOf('.');
        return (dot < 0 || !NotHandleEndings.Contains(name[(dot + 1)..])) && !name.Contains("..") && !name.Contains("--");
    }

    private static readonly Regex Url = Patterns.Build(@"https?://(?<host>[A-Za-z0-9.-]+)(?<path>/[^\s<>""')\]]*)?");

    internal static readonly Regex AccountId = Patterns.Build(
        @"\b(account|user|customer|subscriber|member|organi[sz]ation|org|workspace|konto|compte|cuenta)[\s-]?(id|identifier|number|no\.?|#|nr\.?)\s*[:#]?\s*(?<id>[A-Za-z0-9][A-Za-z0-9_-]{3,63})");

    // "identificador numérico 70221458831", "identifiant numérique : 1234567", "numeric ID 99887766".
    internal static readonly Regex NumericId = Patterns.Build(
        // Dutch and German put the adjective first ("numeriek ID 88120473391", "numerische ID"); OCR reads "ID" as "lD".
        @"\b(identificador|identifiant|identificativo|identificatie|kennung|numeric\s+(user\s+)?id|user\s+[il1]d|numerieke?\s+(gebruikers-?)?id|numerische\s+(nutzer-?)?id)(\s+(num[ée]ric[oa]?|num[ée]rique|numerico|numeriek|numerisch[e]?|do\s+perfil|del\s+perfil|du\s+profil|utilisateur|d'utilisateur|de\s+l'utilisateur|de(l)?\s+usuario|do\s+usu[aá]rio|dell'utente))?\s*[:#(]?\s*(?<id>\d{5,20})\b" +
        // An account's id written beside its quoted name: 'Account: "name", ID 83311290045', 'konto "x" (ID 1234567)'.
        // OCR reads the capital I as a small l or a one ("(lD 52271904418)").
        // "for the account "x" and ID 20571183349": the id joined to the name by "and".
        // Round 14: the quoted name may wrap onto the next line, as a PDF's text layer breaks it ("laguna_x_rent\nals" (id …)).
        @"|""[^""\n]{2,64}(\r?\n[^""\n]{1,64})?""\s*[,(]?\s*((and|et|y|e|und|en)\s+)?[Il1]D\s*[:#]?\s*(?<id>\d{6,20})\b" +
        // Round 15: the id in brackets with a word that says whose it is, after an unquoted name ("Benutzerkonto:
        // x   (interne ID 88204417319)", "(internal ID …)", "(ID utente …)").
        @"|\(\s*(interne?|internal|interno|interna|numeric|numerische|num[ée]rique|user|nutzer|platform|plattform|account|konto)\s+[Il1]D\s*[:#]?\s*(?<id>\d{6,20})\b");

    private static readonly Regex IdLabelBefore = Patterns.Build(@"\b(user|account|profile|member|numeric|internal|platform|nutzer|utente|usuario|utilisateur|gebruikers)[\s-]*id\s*(no\.?|number|#)?\s*[:#]?\s*\z|\bid\s+(utente|usuario|de\s+usuario|utilisateur)\s*[:#]?\s*\z");

    private static readonly Regex HeaderOrContactLine = Patterns.Build(
        @"^[ \t>]*(from|to|cc|bcc|reply-to|sent by|von|an|aan|van|da|de|[aà]|para|e-?mail|email address|contact|courriel|correo|tel|phone|attn|destinatari[oa]|destinataire|empf[äa]nger|(per|par|por|via|by)\s+(e-?mail|courriel|correo(\s+electr[óo]nico)?|posta\s+elettronica))\b[^\n:]{0,20}:");

    private static readonly Regex TargetWords = Patterns.Build(
        @"target|subscriber|account|associated|registered|user|suspect|victim|subject|linked|belonging|zielkonto|beschuldigte|compte|cuenta|titular|usu[aá]rio|utente|utilisat|gebruiker|benutzer|konto|conta\b" +
        // The suspect's own number in the other languages read: "Rufnummer des Tatverdächtigen", "verdachte".
        @"|tatverd[aä]chtig|verkn[uü]pft|verdachte|indagat|sospettat|sospechos|investigad[oa]s?\b|suspeit");

    /// <summary>An address that continues a sentence about a target begun on the line before ("for the account
    /// with username … / and e-mail x@y").</summary>
    public static bool FollowsTargetWords(NormalizedText text, int offset)
    {
        var lineIndex = text.LineIndexOf(offset);
        if (lineIndex == 0) return false;
        var previous = text.Line(lineIndex - 1);
        var before = text.Value.AsSpan(text.LineStart(lineIndex), offset - text.LineStart(lineIndex));
        return TargetWords.IsMatch(previous) && before.Trim().Length > 0 && !before.TrimEnd().EndsWith(":");
    }

    private static readonly Regex ProfilePath = Patterns.Build(@"^/(u|user|users|profile|profiles|account|accounts|@)[/@]|^/@");

    /// <summary>A real request names a handful of accounts; a list this long is pasted data, not a request.</summary>
    private const int MaxAccounts = 100;
    private const int MaxPhoneLines = 200;
    private const int MinPhoneDigits = 7;

    private static bool HasDigits(ReadOnlySpan<char> line, int count)
    {
        var first = line.IndexOfAnyInRange('0', '9');
        if (first < 0) return false;
        var seen = 0;
        foreach (var c in line[first..])
            if (char.IsAsciiDigit(c) && ++seen >= count) return true;
        return false;
    }
    private const int MaxProseHandleChecks = 200;

    private static readonly Regex TargetLabel = Patterns.Build(
        @"^[ \t>*•-]*(user\s?name|username|handle|profile(\s+url)?|account(\s+(id|name|url))?|user\s+id|target|screen\s+name|benutzername|compte|cuenta)\s*:");

    /// <summary>Whether the line around an offset talks about a target ("the account registered to ...").</summary>
    public static bool IsTargetContext(NormalizedText text, int offset)
    {
        var lineIndex = text.LineIndexOf(offset);
        return TargetWords.IsMatch(text.Line(lineIndex)) || InTargetBlock(text, lineIndex);
    }

    /// <summary>An "E-mail:" line in a block that describes the target ("Username:", "Profile URL:" nearby).</summary>
    private static bool InTargetBlock(NormalizedText text, int lineIndex)
    {
        for (var i = Math.Max(0, lineIndex - 3); i <= Math.Min(text.LineCount - 1, lineIndex + 3); i++)
            if (i != lineIndex && TargetLabel.IsMatch(text.Line(i))) return true;
        return false;
    }

    /// <summary>Words with no colon or separator before the number ("mobile ", ""x_y" and phone "): the sentence goes
    /// on from the line before, unlike a signature's "Desk … | Cell …", "Tel.: …" or a letterhead's "Via … – tel. …".</summary>
    private static bool ContinuesSentence(ReadOnlySpan<char> before) =>
        before.Length <= 80 && before.IndexOfAny('|', ',', ';') < 0 && before.IndexOf(':') < 0 && before.IndexOf(" - ") < 0 && before.IndexOf('·') < 0;

    /// <summary>Whether a target word stands in the number's own sentence on its line: before it, or after it up to
    /// the sentence's end.</summary>
    private static bool TargetWordInOwnSentence(string line, int start, int end)
    {
        var before = line.AsSpan(0, start);
        var sentenceStart = before.LastIndexOf(". ");
        if (sentenceStart >= 0) before = before[(sentenceStart + 2)..];
        if (TargetWords.IsMatch(before)) return true;
        var after = line.AsSpan(end);
        var sentenceEnd = after.IndexOf(". ");
        if (sentenceEnd < 0 && after.EndsWith(".")) sentenceEnd = after.Length - 1;
        return TargetWords.IsMatch(sentenceEnd >= 0 ? after[..sentenceEnd] : after);
    }

    private static readonly Regex PhoneLineStart = Patterns.Build(@"^[ \t]*((or|and)[ \t]+)?(the[ \t]+)?(tele(phone)?|phone|mobile|cell(ular)?)([ \t]+(phone|number))?[ \t:]*$");
    private static readonly Regex BystanderWord = Patterns.Build(
        @"\b(mother|father|parent|complainant|victims?|witness|sister|brother|wife|husband|daughter|son|caller|reporting\s+party)('s)?\b");
    private static readonly Regex AreaCodeAtEnd = Patterns.Build(@"\(\d{3}\)[ \t]*$");
    private static readonly Regex NumberRestAtStart = Patterns.Build(@"^[ \t]*\d{3}[-.][ \t]?\d{4}\b");
    private static readonly Regex PhoneWord = Patterns.Build(
        @"\b(phone|telephone|mobile|cell|telefon|telefoon|t[ée]l[ée]phone|tel[ée]fono|telefone|telefono|portable|handy|number|nummer|num[ée]ro|n[uú]mero)\b");

    /// <summary>Round 25: "the account(s) associated with e-mail x@y.com and phone number\n(480) 555-0196": a sentence
    /// about the target that runs on, with the phone word just before the number, across the line break.</summary>
    private static bool TargetSentenceWraps(NormalizedText text, int index)
    {
        static bool EndsSentence(ReadOnlySpan<char> l) => l.TrimEnd() is var t && (t.Length == 0 || t[^1] is '.' or '!' or '?' or ':' or ';');
        var previous = text.Line(index - 1);
        var line = text.Line(index);
        var trimmed = previous.TrimEnd();
        if (EndsSentence(previous) || HeaderOrContactLine.IsMatch(previous)) return false;
        // The target word may stand a line higher in the same sentence ("the account(s) associated with the e-mail
        // address\nx@y.com, the e-mail address z@w.com, or the\ntelephone number +1 347 555 0119").
        if (!TargetWords.IsMatch(previous) && !(index > 1 && !EndsSentence(text.Line(index - 2)) && TargetWords.IsMatch(text.Line(index - 2)))) return false;
        var digit = line.IndexOfAnyInRange('0', '9');
        var plus = line.IndexOf('+');
        var numberAt = plus >= 0 && (digit < 0 || plus < digit) ? plus : digit;
        if (numberAt < 0) return false;
        // Someone else's number in the same sentence ("Her mother (account "x",\nphone 305-555-0111)", "Special
        // Victims Unit\n… Cell 402-555-0190") is not the target's.
        if (BystanderWord.IsMatch(Tail(trimmed, 80)) || index > 1 && BystanderWord.IsMatch(text.Line(index - 2))) return false;
        return PhoneWord.IsMatch(Tail(trimmed, 25)) && line[..numberAt].Trim(" \t(").Length == 0 || PhoneLineStart.IsMatch(line[..numberAt]);
    }

    /// <summary>Round 25: a list item under a lead-in about the target ("For the account(s) associated with:\n - phone
    /// number: +1 913 555 0142"): the lead-in ends with a colon and speaks of the target; only the list's other items and
    /// blank lines stand between.</summary>
    private static bool InTargetList(NormalizedText text, int index)
    {
        if (!ListItem.IsMatch(text.Line(index))) return false;
        // Up over the list's other items and blank lines to the first line that is neither: the lead-in, or prose.
        for (var j = index - 1; j >= 0 && j >= index - 8; j--)
        {
            var line = text.Line(j).Trim();
            if (line.Length == 0 || ListItem.IsMatch(text.Line(j))) continue;
            return line[^1] == ':' && TargetWords.IsMatch(line) && !HeaderOrContactLine.IsMatch(line);
        }
        return false;
    }

    private static string Tail(ReadOnlySpan<char> line, int chars) => line.Length > chars ? line[^chars..].ToString() : line.ToString();

    // Right before a quoted handle: the writer names it as their own ("between his account "a_b" and mine ("c_d")",
    // "my account "c_d""). A private requester's own account is where the messages sit, not whom the request is about.
    // Round 14: the writer introduces themself as a user under that name ("I am a user of your service under the
    // name", "ich bin Nutzerin Ihres Dienstes unter dem Namen", "je suis utilisatrice sous le pseudo"): a data
    // subject's own account, not an account the request is about. Within one sentence only.
    private static readonly Regex WritersOwnBefore = Patterns.Build(
        @"\b(mine|my\s+(own\s+)?(account|profile|user\s?name|handle))\s*[(:,]?\s*\z" +
        @"|\b(i\s+am|i'm|ich\s+bin|je\s+suis|soy|sou|sono|ik\s+ben)\s+((a|an|une?|eine?|uma?|un[ao]?|een)\s+)?(user|customer|subscriber|nutzer(in)?|benutzer(in)?|kund(e|in)|utilisat(eur|rice)|abonn[ée]e?|usuari[oa]|usu[aá]ri[oa]|utente|gebruiker|klant|client[ea]?)\b[^""'«“„\n.!?]{0,40}" +
        @"\b(under\s+the\s+(user\s?)?name|with\s+the\s+(user\s?name|handle|account)|unter\s+dem\s+((nutzer|benutzer)\s*)?namen|mit\s+dem\s+(konto|profil|benutzernamen)|sous\s+le\s+(nom|pseudo)(\s+d'utilisat(eur|rice))?|con\s+el\s+(nombre(\s+de\s+usuario)?|usuario)|com\s+o\s+(nome(\s+de\s+usu[aá]rio)?|usu[aá]rio)|con\s+il\s+nome(\s+utente)?|onder\s+de\s+naam)\s*[:,]?\s*\z");

    private static bool WritersOwn(string value, int index)
    {
        var from = Math.Max(0, index - 110);
        return WritersOwnBefore.IsMatch(value.AsSpan(from, index - from));
    }

    /// <summary>Lower-case letters with an underscore, not a file name or a domain: a handle in any context.</summary>
    private static bool IsStrongHandle(string name) =>
        LooksLikeHandle(name) && name.Contains('_') && !name.Any(char.IsAsciiLetterUpper) && !name.Contains('.');

    /// <summary>An opening quote followed by a space, as <see cref="SpacedQuotedHandle"/> needs.</summary>
    private static bool HasSpacedQuote(string value)
    {
        for (var at = value.AsSpan().IndexOfAny('"', '«', '‹'); at >= 0 && at + 1 < value.Length; )
        {
            if (value[at + 1] == ' ') return true;
            var next = value.AsSpan(at + 1).IndexOfAny('"', '«', '‹');
            if (next < 0) return false;
            at += 1 + next;
        }
        return false;
    }

    /// <summary><see cref="Username"/>'s matches, in order, without a whole-text pass: each holds an "@" at a line's
    /// start or after a blank or one of <c>([,;:"'</c>, starts on the character before it and spans at most 32
    /// characters (the name is at most 30), so the pattern is asked only about that window. Its name's characters
    /// are none of those, so two matches never share one and each "@" is asked once.</summary>
    internal static IEnumerable<Match> AtHandles(string text)
    {
        var windows = 0;
        for (var at = text.IndexOf('@'); at >= 0; at = at + 1 < text.Length ? text.IndexOf('@', at + 1) : -1)
        {
            if (at > 0 && !AccountPrefilters.OpensAtHandle(text[at - 1])) continue;
            var start = Math.Max(0, at - 1);
            // A text of thousands of "@" is pasted data: one pass over the rest costs less than a call per window, and
            // finds the same (every match so far ended before this one's first character).
            if (++windows > AccountPrefilters.MaxWindows)
            {
                for (var rest = Username.Match(text, start); rest.Success; rest = rest.NextMatch()) yield return rest;
                yield break;
            }
            var m = Username.Match(text, start, Math.Min(32, text.Length - start));
            if (m.Success && m.Index == start) yield return m;
        }
    }

    private readonly DomainCatalog _domains;
    private readonly PhoneNumberUtil _phones = PhoneNumberUtil.GetInstance();

    public AccountExtractor(DomainCatalog domains) => _domains = domains;

    public List<AccountIdentifier> Extract(NormalizedText text, ICollection<string> requesterAddresses, string region)
    {
        var value = text.Value;
        var accounts = new List<AccountIdentifier>();
        void Add(AccountKind kind, string raw)
        {
            if (accounts.Count >= MaxAccounts) return;
            var v = raw.Trim().TrimEnd('.', ',', ';', ':');
            if (v.Length == 0) return;
            if (!accounts.Any(a => a.Kind == kind && string.Equals(a.Value, v, StringComparison.OrdinalIgnoreCase)))
                accounts.Add(new AccountIdentifier(kind, v));
        }

        foreach (Match m in HeaderBlocks.Addresses(value))
        {
            var address = m.Value.ToLowerInvariant();
            var domain = DomainCatalog.DomainOf(address);
            if (requesterAddresses.Contains(address) || _domains.IsGovernment(domain) || _domains.IsOwn(domain)) continue;
            var lineIndex = text.LineIndexOf(m.Index);
            var line = text.Line(lineIndex);
            if (HeaderOrContactLine.IsMatch(line) && !TargetWords.IsMatch(line) && !InTargetBlock(text, lineIndex)) continue;
            // Round 21: "Please contact Jonah Ashby at jashby@…": the requester's own desk, named for replies.
            var lineStart = text.LineStart(lineIndex);
            if (ContactPersonBefore.IsMatch(value.AsSpan(lineStart, m.Index - lineStart))) continue;
            Add(AccountKind.Email, address);
        }

        SubStages.Lap("accounts: header addresses");
        // Each whole-text pass below is skipped where AccountPrefilters says its pattern cannot match.
        foreach (var m in AtHandles(value)) Add(AccountKind.Username, "@" + m.Groups["u"].Value);
        if (AccountPrefilters.MayHaveUsernameLabel(value))
        foreach (Match m in LabelledUsername.Matches(value))
        {
            // Round 20: a form's answer after the label is no handle ("Información al usuario: no se informará").
            var name = m.Groups["u"].Value.TrimStart('@');
            if (!FormAnswers.Contains(name)) Add(AccountKind.Username, "@" + name);
        }
        if (AccountPrefilters.MayHaveQuoteAfterBlank(value))
        foreach (Match m in QuotedUsername.Matches(value))
        {
            var name = m.Groups["u"].Value.TrimStart('@');
            if (!name.Contains('.') || !name.Contains('@')) Add(AccountKind.Username, "@" + name);
        }

        SubStages.Lap("accounts: usernames");
        // A handle in quotes or brackets near words about an account ("the accounts "a_b" and "c.d"",
        // "Nutzerkonto "x_1"", a quoted list under "for the following accounts:"), or bare after such a word.
        if (AccountPrefilters.MayHaveQuotedHandle(value))
        foreach (Match m in QuotedHandle.Matches(value))
        {
            var name = m.Groups["u"].Value.TrimStart('@');
            // A quoted lower-case name with an underscore is a handle wherever it stands ("subscriber data for
            // "maple_leaf_max"", "pseudonyme « leman_brume »"); other shapes need words about an account nearby.
            if (LooksLikeHandle(name) && (NearTargetWords(text, m.Index) || IsStrongHandle(name)) && !WritersOwn(value, m.Index)) Add(AccountKind.Username, "@" + name);
        }
        SubStages.Lap("accounts: quoted handles");
        // The same, cut in two by a line break (a caption's narrow column): read the same way once joined.
        foreach (var (name, at) in WrappedHandles.Find(value))
            if (LooksLikeHandle(name) && (NearTargetWords(text, at) || IsStrongHandle(name)) && !WritersOwn(value, at)) Add(AccountKind.Username, "@" + name);
        SubStages.Lap("accounts: wrapped handles");
        // The readings below that need an underscore, a quote opened with a space or a URL's scheme skip their
        // whole-text pass when the text has none (most requests have no underscore at all).
        var hasUnderscore = value.Contains('_');
        if (HasSpacedQuote(value))
        foreach (Match m in SpacedQuotedHandle.Matches(value))
        {
            var name = m.Groups["u"].Value;
            if (IsStrongHandle(name) || (LooksLikeHandle(name) && NearTargetWords(text, m.Index))) Add(AccountKind.Username, "@" + name);
        }
        if (hasUnderscore)
        foreach (Match line in SubjectLine.Matches(value))
        {
            foreach (Match m in SubjectHandle.Matches(line.Value))
            {
                var name = m.Groups["u"].Value;
                if (IsStrongHandle(name)) Add(AccountKind.Username, "@" + name);
            }
        }
        SubStages.Lap("accounts: spaced, subject handles");
        // Each check without a digit reads the lines around the name: a bounded number keeps hostile text
        // (one long line of snake-case words) linear.
        var proseChecks = 0;
        if (hasUnderscore)
        foreach (Match m in ProseHandle.Matches(value))
        {
            if (accounts.Count >= MaxAccounts || ++proseChecks > MaxProseHandleChecks) break;
            var name = m.Groups["u"].Value;
            // Snake-case words occur in pasted forms; a digit or words about an account nearby make it a handle.
            if (IsStrongHandle(name) && (name.Any(char.IsAsciiDigit) || NearTargetWords(text, m.Groups["u"].Index)))
                Add(AccountKind.Username, "@" + name);
        }
        SubStages.Lap("accounts: prose handles");
        foreach (var name in ListedHandles(text)) Add(AccountKind.Username, "@" + name);
        SubStages.Lap("accounts: listed handles");
        foreach (var m in AccountPrefilters.BareHandles(value, BareHandle))
        {
            var name = m.Groups["u"].Value.TrimEnd('.');
            if (LooksLikeHandle(name)) Add(AccountKind.Username, "@" + name);
        }

        SubStages.Lap("accounts: bare handles");
        if (IgnoreCase.Contains(value, "http"))
        foreach (Match m in Url.Matches(value))
        {
            var host = m.Groups["host"].Value.ToLowerInvariant();
            var path = m.Groups["path"].Value;
            if (_domains.IsGovernment(host)) continue;
            if (_domains.IsOwn(host) ? path.Length > 1 : ProfilePath.IsMatch(path)) Add(AccountKind.Url, m.Value);
        }

        SubStages.Lap("accounts: urls");
        if (AccountPrefilters.MayHaveNumericId(value))
        foreach (Match m in NumericId.Matches(value)) Add(AccountKind.AccountId, m.Groups["id"].Value);
        if (AccountPrefilters.MayHaveAccountId(value))
        foreach (Match m in AccountId.Matches(value))
        {
            var id = m.Groups["id"].Value;
            if (id.Any(char.IsDigit)) Add(AccountKind.AccountId, id);
        }

        SubStages.Lap("accounts: account ids");
        // Phone numbers count as targets only on lines that say so ("phone number associated with the account").
        var phoneLines = 0;
        for (var i = 0; i < text.LineCount && phoneLines < MaxPhoneLines; i++)
        {
            var line = text.Line(i);
            // No phone number has fewer than seven digits in any numbering plan a request comes from: a line with
            // fewer (a case number, a single date) is skipped before the dearer checks and libphonenumber's search.
            if (line.Length is < 7 or > 300 || !HasDigits(line, MinPhoneDigits)) continue;
            if (HeaderOrContactLine.IsMatch(line)) continue;
            // The sentence may wrap: "... and any account\n using the phone number 412-555-0173".
            var previousTail = i > 0 ? Tail(text.Line(i - 1), 60) : "";
            var inTargetList = InTargetList(text, i);
            var wrapped = previousTail.Length > 0 && PhoneTargetTail.IsMatch(previousTail) || i > 0 && TargetSentenceWraps(text, i) || inTargetList;
            if (!TargetWords.IsMatch(line) && !wrapped) continue;
            phoneLines++;
            var lineText = line.ToString();
            // Round 25: "telephone number (718)\n555-0152": the area code the line before ends with is the number's.
            if (i > 0 && AreaCodeAtEnd.Match(Tail(text.Line(i - 1), 12)) is { Success: true } areaCode && NumberRestAtStart.IsMatch(lineText))
                lineText = areaCode.Value.Trim() + " " + lineText.TrimStart();
            foreach (var found in _phones.FindNumbers(lineText, region))
            {
                // Round 27: "am 05.04.2027 gegen 00:55 Uhr": a date written with dots is no phone number.
                if (DateShaped.IsMatch(found.RawString)) continue;
                if (CallbackBefore.IsMatch(lineText.AsSpan(0, found.Start))) continue;
                // Round 24: "user ID 5518820461" is the account's number, read as an id, not a North American phone.
                if (IdLabelBefore.IsMatch(lineText.AsSpan(Math.Max(0, found.Start - 30), Math.Min(30, found.Start)))) continue;
                // Round 14: "Please respond to Investigator X, x@agency.gov,\n(571) 555-0127. Please do not tell the
                // subscriber": the target word sits in the next sentence, so it says nothing about this number.
                if (!wrapped && !TargetWordInOwnSentence(lineText, found.Start, found.Start + found.Length)) continue;
                // Issue 11 round 12: "the account "x" (linked\n mobile +91 …)": a label that carries on the target's
                // sentence from the line before is the target's number, not the writer's own line.
                // An item of a list of the target's identifiers ("- Phone: +1 305 555 0111") is labelled like a
                // signature's line but is the target's.
                if (TargetIdentifiers.IsOwnNumber(lineText, found.Start) && !inTargetList && !(wrapped && ContinuesSentence(lineText.AsSpan(0, found.Start)))) continue;
                Add(AccountKind.Phone, _phones.Format(found.Number, PhoneNumberFormat.E164));
            }
        }
        SubStages.Lap("accounts: phones");
        foreach (var (kind, found) in TargetIdentifiers.Find(value)) Add(kind, found);
        SubStages.Lap("accounts: target identifiers");
        // A victim's, a parent's or the writer's own account named beside the target is not one. Named alone, it is
        // the account whose data is sought ("my account "x"" in a data-subject request), and stays.
        var named = accounts.Where(a => a.Kind is AccountKind.Username or AccountKind.Email).Select(a => a.Value).ToList();
        var bystanders = accounts.Where(a => a.Kind is AccountKind.Username or AccountKind.Email && NonTargetRoles.IsNonTarget(value, a.Value, named)).ToList();
        // Issue 11 round 12: a request that limits itself to some usernames ("for @x only") does not ask about the
        // other usernames it names.
        if (accounts.Count(a => a.Kind == AccountKind.Username) > 1)
        {
            var only = accounts.Where(a => a.Kind == AccountKind.Username && NonTargetRoles.IsOnlyTarget(value, a.Value)).ToList();
            if (only.Count > 0)
                bystanders.AddRange(accounts.Where(a => a.Kind == AccountKind.Username && !only.Contains(a) && !bystanders.Contains(a)));
        }
        // Round 15: counsel asking for the client's own data names the client's account ("Mon client est le titulaire
        // du compte « x »") beside the other side's, which is no target: when every account named is a bystander, the
        // client's own is the one asked about.
        if (named.Count > 0 && bystanders.Count(b => b.Kind is AccountKind.Username or AccountKind.Email) == named.Count)
            bystanders.RemoveAll(b => !NonTargetRoles.IsNonTarget(value, b.Value, named, ignoreRepresented: true));
        // A target named only by its numeric id ("the account with user ID 4471...") counts as the one beside them.
        if (bystanders.Count > 0 && accounts.Any(a => a.Kind is AccountKind.Username or AccountKind.Url or AccountKind.AccountId && !bystanders.Contains(a)))
            accounts.RemoveAll(bystanders.Contains);
        SubStages.Lap("accounts: non-target roles");
        return accounts;
    }
}
