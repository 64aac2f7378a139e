namespace TriageBot.Intake;

/// <summary>Picks how to read a file from its name and its first bytes. Content wins where it is unambiguous.</summary>
internal static class FormatDetector
{
    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;

    // OLE2 compound file: what Outlook saves as .msg.
    private static ReadOnlySpan<byte> OleMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static DocumentFormat Detect(string fileName, ReadOnlySpan<byte> bytes)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (StartsWithPdfHeader(bytes)) return DocumentFormat.Pdf;
        if (extension == ".msg" || (extension == ".eml" && bytes.StartsWith(OleMagic))) return DocumentFormat.OutlookMsg;
        return extension switch
        {
            ".pdf" => DocumentFormat.Pdf,
            ".docx" => DocumentFormat.Docx,
            ".eml" => DocumentFormat.Email,
            ".htm" or ".html" => DocumentFormat.Html,
            _ => DocumentFormat.Text,
        };
    }

    /// <summary>"%PDF-" at the start, after at most a little whitespace (some mailers prepend a line break).</summary>
    public static bool StartsWithPdfHeader(ReadOnlySpan<byte> bytes)
    {
        var start = 0;
        while (start < bytes.Length && start < 16 && bytes[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') start++;
        return bytes[start..].StartsWith(PdfMagic);
    }

    /// <summary>Readers tolerate junk before the header within the first kilobyte, so a file named .pdf may too.</summary>
    public static bool HasPdfHeaderNearStart(ReadOnlySpan<byte> bytes) =>
        bytes[..Math.Min(bytes.Length, 1024)].IndexOf(PdfMagic) >= 0;
}
