using System.Text.RegularExpressions;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Extraction;

/// <summary>One run of e-mail header lines found in the text (a pasted or forwarded message's From:/Subject:/...).</summary>
internal sealed record HeaderBlock(int Offset, string? From, string? FromName, string? ReplyTo, string? Subject, string? Date)
{
    /// <summary>The addresses on its To: line (the mailbox it was sent to).</summary>
    public IReadOnlyList<string> To { get; init; } = [];
}

/// <summary>
/// Finds header blocks in pasted and forwarded mail. Forwarded chains repeat them, so the block of the original
/// sender is usually the last one not from the provider's own domain.
/// </summary>
internal static class HeaderBlocks
{
    private static readonly Regex HeaderLine = new(
        @"^[ >]*(?<name>from|von|de|van|da|reply-to|antwort an|r[eé]pondre [aà]|responder a|subject|betreff|objet|asunto|assunto|oggetto|onderwerp|date|data|sent|datum|gesendet|envoy[eé]|enviado|fecha|verzonden|inviato|to|an|aan|[aà]|para|cc)\s*:[ ]*(?<value>[^\n]*)$",
        RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.ExplicitCapture);

    private static readonly Regex Address = new(
        @"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    public static List<HeaderBlock> Find(NormalizedText text)
    {
        var blocks = new List<HeaderBlock>();
        int blockOffset = -1, lastLine = -2;
        string? from = null, fromName = null, replyTo = null, subject = null, date = null;
        var to = new List<string>();

        void Flush()
        {
            if (blockOffset >= 0 && (from is not null || subject is not null))
                blocks.Add(new HeaderBlock(blockOffset, from, fromName, replyTo, subject, date) { To = [.. to] });
            blockOffset = -1;
            from = fromName = replyTo = subject = date = null;
            to.Clear();
        }

        foreach (Match match in HeaderLine.Matches(text.Value))
        {
            var line = text.LineIndexOf(match.Index);
            var name = match.Groups["name"].Value.ToLowerInvariant();
            var value = match.Groups["value"].Value.Trim();
            var isFrom = name is "from" or "von" or "de" or "van" or "da";
            // A new From: after the block has one starts the next message in the chain.
            if (line > lastLine + 2 || (isFrom && from is not null)) Flush();
            if (blockOffset < 0) blockOffset = match.Index;
            lastLine = line;

            switch (name)
            {
                // Issue 11 round 12: the Dutch, Italian and Portuguese headers too ("Van:", "Da:", "Onderwerp:", "Oggetto:",
                // "Assunto:"): without them a pasted mail from a private person there had no sender to weigh.
                case "from" or "von" or "de" or "van" or "da":
                    var address = Address.Match(value);
                    if (address.Success)
                    {
                        from = address.Value.ToLowerInvariant();
                        fromName = DisplayName(value, address);
                    }
                    else if (value.Length is > 1 and < 80) fromName = value;
                    break;
                case "reply-to" or "antwort an" or "responder a" when Address.Match(value) is { Success: true } r:
                    replyTo = r.Value.ToLowerInvariant();
                    break;
                case var n when n.StartsWith("r", StringComparison.Ordinal) && n != "re" && Address.Match(value) is { Success: true } r2:
                    replyTo = r2.Value.ToLowerInvariant(); // "Répondre à"
                    break;
                case "to" or "an" or "aan" or "a" or "à" or "para":
                    foreach (Match recipient in Address.Matches(value)) to.Add(recipient.Value.ToLowerInvariant());
                    break;
                case "subject" or "betreff" or "objet" or "asunto" or "assunto" or "oggetto" or "onderwerp":
                    subject = value;
                    break;
                case "date" or "data" or "sent" or "datum" or "gesendet" or "envoyé" or "envoye" or "enviado" or "fecha" or "verzonden" or "inviato":
                    date = value;
                    break;
            }
        }
        Flush();
        return blocks;
    }

    private static string? DisplayName(string value, Match address)
    {
        var name = value[..address.Index].Trim().Trim('<', '"', '\'', ' ', '(', '[').Trim();
        if (name.Length == 0)
        {
            // "addr (Name)" form
            var rest = value[(address.Index + address.Length)..].Trim().Trim('>', ')', '(', ' ', '"');
            name = rest;
        }
        return name.Length is > 1 and < 80 ? name : null;
    }

    /// <summary>The e-mail addresses in a text, in order: what <c>Address.Matches(text)</c> gives.</summary>
    /// <remarks>An address is made of the characters of <see cref="IsAddressChar"/> only, so each match lies inside one
    /// run of them that holds an "@": the pattern is run on those runs alone, not over the whole text (a whole-text
    /// pass of it is costly, since any letter may start a match). The pattern has no anchors or look-arounds, so what
    /// it finds in a run is what it finds there in the whole text.</remarks>
    public static IEnumerable<Match> Addresses(string text)
    {
        var runs = 0;
        for (var at = text.IndexOf('@'); at >= 0;)
        {
            var start = at;
            while (start > 0 && IsAddressChar(text[start - 1])) start--;
            // Thousands of addresses are pasted data: one pass over the rest costs less than a call per run, and finds
            // the same (every match so far ended before this run).
            if (++runs > AccountPrefilters.MaxWindows)
            {
                for (var rest = Address.Match(text, start); rest.Success; rest = rest.NextMatch()) yield return rest;
                yield break;
            }
            var end = at + 1;
            while (end < text.Length && IsAddressChar(text[end])) end++;
            for (var m = Address.Match(text, start, end - start); m.Success; m = m.NextMatch()) yield return m;
            at = end < text.Length ? text.IndexOf('@', end) : -1;
        }
    }

    /// <summary>The characters <see cref="Address"/> reads: [A-Za-z0-9._%+'-] and "@".</summary>
    private static bool IsAddressChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '\'' or '-' or '@';

    /// <summary>The whole-text pass <see cref="Addresses"/> stands for (tests hold them equal).</summary>
    internal static IEnumerable<Match> AddressesByWholeText(string text) => Address.Matches(text);
}
