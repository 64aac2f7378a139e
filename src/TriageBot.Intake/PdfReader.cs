using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace TriageBot.Intake;

/// <summary>
/// Text of a PDF, page by page in content order (which keeps each line of the page on its own line), pages apart
/// by a blank line. PdfPig is synchronous; callers run this off the caller's thread.
/// </summary>
internal sealed class PdfReader(int maxPages)
{
    public const string NoText = "PDF has no extractable text (scanned image? run OCR first)";

    public string ReadText(byte[] bytes, CancellationToken cancellationToken)
    {
        if (!FormatDetector.HasPdfHeaderNearStart(bytes)) throw new IntakeException("corrupt PDF: it has no PDF header");
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > maxPages)
                throw new IntakeException($"PDF has {document.NumberOfPages} pages, over the {maxPages}-page limit");

            var text = new StringBuilder();
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var pageText = ContentOrderTextExtractor.GetText(document.GetPage(number)).Trim();
                if (pageText.Length == 0) continue;
                if (text.Length > 0) text.Append("\n\n");
                text.Append(pageText);
            }
            if (string.IsNullOrWhiteSpace(text.ToString())) throw new IntakeException(NoText);
            return text.ToString();
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new IntakeException("PDF is password-protected");
        }
        catch (Exception e) when (e is not (IntakeException or OperationCanceledException))
        {
            // PdfPig's messages can quote the document's own strings, so the reason shown is ours.
            throw new IntakeException("corrupt PDF: " + (IsTruncated(bytes) ? "the file is truncated" : "the file structure is damaged"));
        }
    }

    /// <summary>Has PDF objects but not the "%%EOF" a complete PDF ends with (give or take trailing junk).</summary>
    private static bool IsTruncated(ReadOnlySpan<byte> bytes) =>
        bytes.IndexOf(" obj"u8) >= 0 && bytes[Math.Max(0, bytes.Length - 1024)..].IndexOf("%%EOF"u8) < 0;
}
