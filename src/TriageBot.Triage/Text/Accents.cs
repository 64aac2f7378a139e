using System.Text;

namespace TriageBot.Triage.Text;

/// <summary>
/// Lower-case accented Latin letters of the languages read, folded to their plain letter ("í" → "i", "ß" → "ss").
/// By table, not by Unicode decomposition: the engine runs with invariant globalization, where string.Normalize
/// leaves accented letters as they are.
/// </summary>
internal static class Accents
{
    private const string Accented = "àáâãäåāăąçćčďđèéêëēėęěìíîïīįľĺłñńňòóôõöøōőŕřśšşșťţțùúûüūůűųýÿžźż";
    private const string Plain = "aaaaaaaaacccddeeeeeeeeiiiiiilllnnnoooooooorrsssstttuuuuuuuuyyzzz";

    /// <summary>Appends <paramref name="lower"/> folded (a lower-case letter); false when it carries no accent.</summary>
    public static bool TryAppendFolded(StringBuilder sb, char lower)
    {
        if (lower == 'ß') { sb.Append("ss"); return true; }
        if (Accented.IndexOf(lower) is not (var at and >= 0)) return false;
        sb.Append(Plain[at]);
        return true;
    }

    /// <summary><paramref name="lower"/> (lower-case text) with every accented letter folded, other characters kept.</summary>
    public static string Strip(string lower)
    {
        var sb = new StringBuilder(lower.Length);
        foreach (var c in lower)
            if (!TryAppendFolded(sb, c)) sb.Append(c);
        return sb.ToString();
    }
}
