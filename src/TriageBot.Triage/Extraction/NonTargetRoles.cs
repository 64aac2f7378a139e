using System.Text.RegularExpressions;

namespace TriageBot.Triage.Extraction;

/// <summary>
/// Accounts a request names beside its target but does not ask about: the victim's, a parent's or the family's,
/// the reporting person's, a witness's, the writer's own ("my account is …"). A careful reader takes the role
/// from the words tied to the handle — right before it ("the victim's account", "cuenta de la víctima",
/// "La madre, usuaria «…»") or in the aside right after it ("(slachtoffer, niet het doelwit)", ", víctima)",
/// "; no es objeto de la solicitud"). Only short windows around each handle are read, never the whole text.
/// </summary>
internal static class NonTargetRoles
{
    // Who a non-target is, in the seven languages read. Not "mother" or "father" alone, nor "minor": a parent who
    // took a child, or a minor, can be the suspect; a parent's account is no target only when the text says so.
    private const string Role =
        @"(victim|victims|complainant|witness|reporting\s+(person|party|parent|mother|father)|family|plaintiff|" +
        @"v[ií]ctima|denunciante|testigo|familia|" +
        @"victime|plaignante?|t[ée]moin|famille|" +
        @"v[ií]tima|queixos[oa]|testemunha|fam[ií]lia|" +
        @"opfer|gesch[aä]digte[rn]?|zeug(e|in)|anzeigeerstatter(in)?|familie|" +
        @"vittima|testimone|" +
        @"slachtoffer|getuige|aangever|aangeefster|melder|meldster)";

    // The words that name an account in the seven languages.
    private const string Account =
        @"(account|profile|handle|user\s?name|user|e-?mail(\s+address)?|" +
        @"cuenta|perfil|usuari[oa]|correo|compte|profil|utilisat(eur|rice)|adresse|conta|utilizador(a)?|usu[aá]ri[oa]|" +
        @"konto|nutzerkonto|benutzer(konto|name)?|profilo|utente|gebruiker(saccount)?)";

    // Who stands beside a non-target: their relative's account is no target either ("the victim's wife's account").
    private const string Relative =
        @"(wife|husband|spouse|partner|mother|father|parent|parents|sister|brother|son|daughter|girlfriend|boyfriend|fianc[ée]e?)";

    private const string Article = @"((the|la|el|le|les|a|o|het|de|die|der|des|del|da|do|della|di|his|her|their|su|sa|son|sua|seu|ihr(e|es)?|zijn|haar)\s+)?";

    // Each ends right before the handle (or its opening quote). One regex per form: together they pass the
    // non-backtracking engine's automaton size limit, and each reads only a short window.
    private static readonly Regex[] RoleBefore =
    [
        // "victim account:", "the victim's account", "Plaintiff's own account,", "the family account", and a relative
        // of one: "the victim's wife's account (", "the complainant's mother's profile"
        Patterns.Build(@"\b" + Role + @"('s|s')?(\s+" + Relative + @"('s|s')?)?(\s+own)?\s+" + Account + @"\s*[:,]?(\s+(is|was))?\s*[""'«“(]?\s*\z"),
        // "the victim, who uses the account", "la víctima, que usa la cuenta"
        Patterns.Build(@"\b" + Role + @"\s*,\s*(who|que|qui|die|che)\s+(uses|used|usa|utiliza|utilise|gebruikt|nutzt|usava|utilizava)\s+" + Article + Account + @"\s*[:,]?\s*[""'«“]?\s*\z"),
        // "La madre, usuaria «", "the complainant, user "
        Patterns.Build(@"\b" + Role + @"\s*,\s*" + Account + @"\s*[""'«“]?\s*\z"),
        // "cuenta de la víctima", "compte de la victime", "account of the victim", "conta da vítima"
        // and a relative of one: "the account of the victim's father", "la cuenta del padre de la víctima" is read by
        // the role alone.
        Patterns.Build(@"\b" + Account + @"\s+(de|del|da|do|of|van|di|della|du|des|der|von)\s+" + Article + Role + @"(('s|s')\s+(father|mother|parents?|guardian|sister|brother|husband|wife|spouse|partner|son|daughter))?(\s+(es|is|est|é|è|ist))?\s*[:,]?\s*[""'«“]?\s*\z"),
        // Issue 11 round 11: a form's line gives the role as its label: "Vítima: titular da conta «", "Victim: holder of
        // the account "", "Victime : compte «", "Opfer: Konto "".
        Patterns.Build(@"\b" + Role + @"\s*:\s*((account\s+)?(titular|holder|owner|titulaire|inhaber(in)?|houder|titolare)\s+((of|da|de|del|du|des|van|dell'|der)\s+)?" + Article + @")?(" + Account + @"\s*)?[""'«“]?\s*\z"),
        // The writer's own: "my account is", "mon compte est", "a minha conta é", "mi cuenta es", "mijn account"
        Patterns.Build(@"\b(my|mine|mi|mon|ma|minha|mein(e|en)?|mijn|mio|mia)\s+(own\s+|propia\s+|propre\s+|pr[oó]pria\s+|eigene(s|n)?\s+|eigen\s+)?" + Account + @"\s*(is|es|est|é|ist|è)?\s*[:,]?\s*[""'«“]?\s*\z"),
    ];

    // Each starts right after the handle (or its closing quote): the aside that gives its role or says it is no target.
    private static readonly Regex[] RoleAfter =
    [
        Patterns.Build(@"\A\s*[""'»”]?\s*[(,\[]\s*" + Article + Role + @"\s*[,;)\]]"),
        // The aside may stand on the next line in brackets ("«x»\n   (não visada; os dados desta conta não são pedidos)").
        Patterns.Build(@"\A\s*[""'»”]?([^""«»“”\n]{0,80}|[ \t]*\r?\n[ \t]*\([^""«»“”\n]{0,80})\b(not\s+(a|the)\s+(target|suspect|subject)|not\s+targeted|(is|are)\s+not\s+to\s+be\s+searched|n[ãa]o\s+visad[oa]|non\s+vis[ée]e?|no\s+(es\s+)?objetivo|nicht\s+(das\s+)?ziel|niet\s+geviseerd|non\s+(oggetto|destinatari[oa])|do\s+not\s+treat\s+(it\s+)?as\s+a\s+target|no\s+es\s+objeto|no\s+investigad[oa]|" +
            @"no\s+es\s+(el\s+)?(objetivo|investigad[oa])|n'est\s+pas\s+(vis[ée]e?|la\s+cible|concern[ée]e?)|n[ãa]o\s+[ée]\s+(alvo|objeto|investigad[oa])|" +
            @"niet\s+het\s+doelwit|geen\s+doelwit|kein(e)?\s+(ziel|beschuldigte)|nicht\s+(betroffen|beschuldigt)|non\s+[èe]\s+(il\s+)?(bersaglio|oggetto|indagat[oa]))"),
    ];

    // "named in the application as a witness who reported ...", "identified as the complainant": read only when the
    // words after the handle hold " as ".
    private static readonly Regex NamedAsRole = Patterns.Build(
        @"\A\s*[""'»”]?[^""«»“”\n]{0,40}\b(named|identified|listed|described|mentioned|cited|referred\s+to)\b[^""«»“”\n.;]{0,40}\bas\s+(a|an|the)\s+" + Role + @"\b");

    // Right after the handle: what is asked about it ("the victim's account "x": last login IP and time only").
    // A bystander's account whose data the request asks for is a target all the same.
    private static readonly Regex AskedAbout = Patterns.Build(@"\A\s*[""'»”]?\s*:[ \t]*\S");

    // Issue 11 round 11: the aside says the victim is to be located through the account ("(vittima, da localizzare)",
    // "(victim, missing)"): the account is asked about to find her, so it is specified like the target's.
    private static readonly Regex ToBeLocated = Patterns.Build(
        @"\A\s*[""'»”]?\s*[(,\[][^)\]\n]{0,60}\b(to\s+(be\s+)?locate[d]?|to\s+be\s+found|missing|da\s+localizzare|scompars[oa]|(a|por)\s+localizar|desaparecid[oa]|[àa]\s+localiser|disparue?|zu\s+(lokalisieren|orten)|vermisst|te\s+(lokaliseren|vinden)|vermist)\b");

    private const int WindowBefore = 70;
    private const int WindowAfter = 120;

    /// <summary>Whether a handle or address is tied to a non-target role where the text names it, and nowhere
    /// asked about itself.</summary>
    public static bool IsNonTarget(string text, string handle)
    {
        var name = handle.TrimStart('@');
        if (name.Length < 3) return false;
        var checks = 0;
        var bystander = false;
        for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0 && checks < 20;
             at = text.IndexOf(name, at + name.Length, StringComparison.OrdinalIgnoreCase), checks++)
        {
            var end = at + name.Length;
            // Only the whole handle: "x_y" inside "x_y_z" is another account.
            if (at > 0 && IsNameChar(text[at - 1]) || end < text.Length && IsNameChar(text[end]) && text[end] != '.') continue;
            var start = at > 0 && text[at - 1] == '@' ? at - 1 : at;
            var from = Math.Max(0, start - WindowBefore);
            var after = text.AsSpan(end, Math.Min(WindowAfter, text.Length - end));
            if (AskedAbout.IsMatch(after) || ToBeLocated.IsMatch(after)) return false;
            var before = text.AsSpan(from, start - from);
            foreach (var form in RoleBefore)
                bystander |= form.IsMatch(before);
            foreach (var form in RoleAfter)
                bystander |= form.IsMatch(after);
            if (after.Contains(" as ", StringComparison.OrdinalIgnoreCase)) bystander |= NamedAsRole.IsMatch(after);
        }
        return bystander;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-';
}
