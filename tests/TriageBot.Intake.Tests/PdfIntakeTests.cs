using System.Text;
using TriageBot.Intake.Tests.Fixtures;

namespace TriageBot.Intake.Tests;

public sealed class PdfIntakeTests
{
    private static readonly byte[] Warrant = Pdfs.WithPages(
        ["SEARCH WARRANT", "Case No. 2:25-mj-0117", "Account: jdoe@example.com"],
        ["Records to be produced:", "Subscriber information for the account"],
        ["Signed: Judge Alice Moreno"]);

    [Fact]
    public async Task Multi_page_pdf_keeps_its_lines_and_pages_in_order()
    {
        var document = await Reading.Document("warrant.pdf", Warrant);

        Assert.Equal(
            "SEARCH WARRANT\nCase No. 2:25-mj-0117\nAccount: jdoe@example.com\n\n"
            + "Records to be produced:\nSubscriber information for the account\n\n"
            + "Signed: Judge Alice Moreno",
            document.Text);
    }

    [Fact]
    public async Task Pdf_is_listed_as_the_document_that_came_with_the_request()
    {
        var document = await Reading.Document("warrant.pdf", Warrant);

        Assert.Equal(["warrant.pdf"], document.AttachmentNames);
        Assert.Null(document.Envelope);
    }

    [Theory]
    [InlineData("warrant.txt")]
    [InlineData("warrant")]
    [InlineData("warrant.eml")]
    public async Task Pdf_is_recognised_by_its_content_whatever_its_name(string fileName)
    {
        var document = await Reading.Document(fileName, Warrant);

        Assert.StartsWith("SEARCH WARRANT\nCase No. 2:25-mj-0117", document.Text);
    }

    [Fact]
    public async Task Pdf_header_followed_by_garbage_is_corrupt()
    {
        var garbage = new byte[3000];
        new Random(1).NextBytes(garbage);

        var message = await Reading.Failure("warrant.pdf", [.. "%PDF-1.7\n"u8, .. garbage]);

        Assert.Equal("corrupt PDF: the file structure is damaged", message);
    }

    [Fact]
    public async Task Truncated_pdf_is_corrupt_and_says_so()
    {
        var message = await Reading.Failure("warrant.pdf", Warrant[..(Warrant.Length * 2 / 3)]);

        Assert.Equal("corrupt PDF: the file is truncated", message);
    }

    [Fact]
    public async Task File_named_pdf_without_a_pdf_header_is_corrupt()
    {
        var message = await Reading.Failure("warrant.pdf", Encoding.UTF8.GetBytes("This is a text file with a .pdf name."));

        Assert.Equal("corrupt PDF: it has no PDF header", message);
    }

    [Fact]
    public async Task Password_protected_pdf_is_refused()
    {
        Assert.Equal("PDF is password-protected", await Reading.Failure("sealed.pdf", Pdfs.PasswordProtected()));
    }

    [Fact]
    public async Task Pdf_without_text_asks_for_ocr()
    {
        var message = await Reading.Failure("scan.pdf", Pdfs.WithoutText());

        Assert.Equal("PDF has no extractable text (scanned image? run OCR first)", message);
    }

    [Fact]
    public async Task Pdf_over_the_page_limit_is_refused()
    {
        var message = await Reading.Failure("warrant.pdf", Warrant, new IntakeLimits(MaxPdfPages: 2));

        Assert.Equal("PDF has 3 pages, over the 2-page limit", message);
    }

    [Fact]
    public async Task Pdf_at_the_page_limit_is_read()
    {
        var document = await Reading.Document("warrant.pdf", Warrant, new IntakeLimits(MaxPdfPages: 3));

        Assert.EndsWith("Signed: Judge Alice Moreno", document.Text);
    }
}
