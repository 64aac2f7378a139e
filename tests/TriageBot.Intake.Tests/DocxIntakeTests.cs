using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TriageBot.Intake.Tests.Fixtures;

namespace TriageBot.Intake.Tests;

public sealed class DocxIntakeTests
{
    [Fact]
    public async Task Word_document_gives_its_paragraphs_and_table_rows_in_order()
    {
        var bytes = Docx(body =>
        {
            body.Append(new Paragraph(new Run(new Text("SEARCH WARRANT"))));
            body.Append(new Paragraph(new Run(new Text("Case No. 2:25-mj-0117"))));
            body.Append(new Table(new TableRow(Cell("Account"), Cell("jdoe@example.com"))));
        });

        var document = await Reading.Document("warrant.docx", bytes);

        Assert.Equal("SEARCH WARRANT\nCase No. 2:25-mj-0117\nAccount\tjdoe@example.com\t\n", document.Text);
        Assert.Equal(["warrant.docx"], document.AttachmentNames);
    }

    [Fact]
    public async Task Damaged_word_document_is_refused_with_a_reason()
    {
        var bytes = Docx(body => body.Append(new Paragraph(new Run(new Text("x")))))[..200];

        Assert.Equal("not a readable Word document (.docx): the file is damaged", await Reading.Failure("warrant.docx", bytes));
    }

    private static TableCell Cell(string text) => new(new Paragraph(new Run(new Text(text))));

    private static byte[] Docx(Action<Body> fill)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            fill(body);
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }
}
