using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TriageBot.Intake;

/// <summary>The text of a Word document (.docx): paragraphs in order, table cells separated by tabs, headers and
/// footers after the body (letterheads name the agency there).</summary>
internal static class DocxReader
{
    public const string MimeSubtype = "vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static string ReadText(byte[] bytes, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { AutoSave = false });
            var main = document.MainDocumentPart ?? throw new IntakeException("not a readable Word document (.docx): it has no body");
            var text = new StringBuilder();
            if (main.Document?.Body is { } body) Write(body, text, cancellationToken);
            foreach (var header in main.HeaderParts) if (header.Header is { } h) Write(h, text, cancellationToken);
            foreach (var footer in main.FooterParts) if (footer.Footer is { } f) Write(f, text, cancellationToken);
            return text.ToString();
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or System.Xml.XmlException or InvalidOperationException)
        {
            throw new IntakeException("not a readable Word document (.docx): the file is damaged");
        }
    }

    private static void Write(OpenXmlElement root, StringBuilder text, CancellationToken cancellationToken)
    {
        foreach (var paragraph in root.Descendants<Paragraph>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A paragraph inside a table cell ends the cell with a tab rather than a line, keeping a row on one line.
            var inCell = paragraph.Parent is TableCell;
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Text t: text.Append(t.Text); break;
                    case TabChar: text.Append('\t'); break;
                    case Break or CarriageReturn: text.Append('\n'); break;
                }
            }
            text.Append(inCell ? '\t' : '\n');
            if (inCell && paragraph.Parent is TableCell cell && cell.NextSibling<TableCell>() is null) text.Append('\n');
        }
    }
}
