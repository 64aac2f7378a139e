using System.Text;
using TriageBot.Intake.Tests.Fixtures;

namespace TriageBot.Intake.Tests;

public sealed class TextIntakeTests
{
    [Fact]
    public async Task Utf8_text_is_read_with_line_endings_made_unix()
    {
        var document = await Reading.Document("paste.txt", Encoding.UTF8.GetBytes("Preservation request\r\nAccount: jane@example.com\rThank you – Zoë"));

        Assert.Equal("Preservation request\nAccount: jane@example.com\nThank you – Zoë", document.Text);
        Assert.Null(document.Envelope);
        Assert.Empty(document.AttachmentNames);
    }

    [Fact]
    public async Task Utf8_byte_order_mark_is_not_part_of_the_text()
    {
        var document = await Reading.Document("paste.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Subpoena")]);

        Assert.Equal("Subpoena", document.Text);
    }

    [Fact]
    public async Task Utf16_little_endian_with_byte_order_mark_is_decoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Beschluss – Müller ©\r\nZeile 2")).ToArray();

        var document = await Reading.Document("beschluss.txt", bytes);

        Assert.Equal("Beschluss – Müller ©\nZeile 2", document.Text);
    }

    [Fact]
    public async Task Utf16_big_endian_with_byte_order_mark_is_decoded()
    {
        var bytes = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("Réquisition judiciaire")).ToArray();

        var document = await Reading.Document("requisition.txt", bytes);

        Assert.Equal("Réquisition judiciaire", document.Text);
    }

    [Fact]
    public async Task Utf16_saved_without_byte_order_mark_is_recognised()
    {
        var document = await Reading.Document("export.txt", Encoding.Unicode.GetBytes("Emergency disclosure request"));

        Assert.Equal("Emergency disclosure request", document.Text);
    }

    [Fact]
    public async Task Windows_1252_text_is_read_although_it_is_not_utf8()
    {
        const string original = "Sehr geehrte Damen und Herren, Café Müller – „Beschluss“ über 5 €";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(original);
        Assert.False(System.Text.Unicode.Utf8.IsValid(bytes));

        var document = await Reading.Document("brief.txt", bytes);

        Assert.Equal(original, document.Text);
    }

    [Fact]
    public async Task Empty_file_is_refused()
    {
        Assert.Equal("empty file", await Reading.Failure("paste.txt", []));
    }

    [Fact]
    public async Task Whitespace_only_file_is_refused_as_empty()
    {
        Assert.Equal("empty file", await Reading.Failure("paste.txt", Encoding.UTF8.GetBytes(" \r\n\t \n ")));
    }

    [Fact]
    public async Task Binary_data_with_nul_bytes_is_refused()
    {
        var bytes = new byte[2000];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;

        Assert.Equal("not a text document: it looks like binary data", await Reading.Failure("image.txt", bytes));
    }

    [Fact]
    public async Task Text_full_of_control_characters_is_refused_as_binary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 + i % 7 : 'a')).ToArray();

        Assert.Equal("not a text document: it looks like binary data", await Reading.Failure("data", bytes));
    }

    [Fact]
    public async Task Mail_headers_pasted_into_a_txt_stay_text_for_the_engine()
    {
        const string paste = "From: Special Agent Dana Scully <dscully@fbi.gov>\nSubject: Preservation request\n\nPlease preserve the account.";

        var document = await Reading.Document("forwarded.txt", Encoding.UTF8.GetBytes(paste));

        Assert.Equal(paste, document.Text);
        Assert.Null(document.Envelope);
    }

    [Fact]
    public async Task File_without_extension_is_read_as_text()
    {
        var document = await Reading.Document("REQUEST", Encoding.UTF8.GetBytes("Court order 2025-44"));

        Assert.Equal("Court order 2025-44", document.Text);
    }

    [Fact]
    public async Task Html_file_is_read_as_its_visible_text()
    {
        var html = "<html><head><title>x</title></head><body><p>Order &amp; warrant</p><p>Case&nbsp;12</p></body></html>";

        var document = await Reading.Document("request.html", Encoding.UTF8.GetBytes(html));

        Assert.Equal("Order & warrant\n\nCase 12", document.Text);
    }
}
