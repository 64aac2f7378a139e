using System.Text;
using MimeKit;
using TriageBot.Intake.Tests.Fixtures;

namespace TriageBot.Intake.Tests;

public sealed class EmailIntakeTests
{
    private const string Agent = "Special Agent Dana Scully <D.Scully@FBI.gov>";
    private const string Colleague = "Sam Colleague <sam@provider.example>";

    private static MimeMessage AgentRequest(string body = "Please preserve all records for jdoe@example.com.") =>
        Mail.Message(Agent, "Preservation request 2025-117", Mail.Plain(body), replyTo: "Case Desk <desk@fbi.gov>");

    [Fact]
    public async Task Message_gives_its_header_lines_then_its_body()
    {
        var document = await Reading.Document("request.eml", Mail.Bytes(AgentRequest()));

        Assert.Equal(
            "From: Special Agent Dana Scully <D.Scully@FBI.gov>\n"
            + "Reply-To: Case Desk <desk@fbi.gov>\n"
            + "Subject: Preservation request 2025-117\n"
            + "Date: Tue, 14 Jan 2025 10:30:00 -0500\n"
            + "\n"
            + "Please preserve all records for jdoe@example.com.\n",
            document.Text);
    }

    [Fact]
    public async Task Envelope_holds_the_senders_bare_lower_case_address_and_name()
    {
        var document = await Reading.Document("request.eml", Mail.Bytes(AgentRequest()));

        var envelope = Assert.IsType<TriageBot.Triage.Model.EmailEnvelope>(document.Envelope);
        Assert.Equal("d.scully@fbi.gov", envelope.From);
        Assert.Equal("Special Agent Dana Scully", envelope.FromName);
        Assert.Equal("desk@fbi.gov", envelope.ReplyTo);
        Assert.Equal("Preservation request 2025-117", envelope.Subject);
        Assert.Equal(Mail.SentAt, envelope.Date);
        Assert.Empty(document.AttachmentNames);
    }

    [Fact]
    public async Task Message_without_reply_to_has_no_reply_to_line()
    {
        var message = Mail.Message(Agent, "Request", Mail.Plain("Body."));

        var document = await Reading.Document("request.eml", Mail.Bytes(message));

        Assert.DoesNotContain("Reply-To:", document.Text);
        Assert.Null(document.Envelope!.ReplyTo);
    }

    [Fact]
    public async Task Plain_text_is_preferred_over_html_in_multipart_alternative()
    {
        var alternative = new MultipartAlternative
        {
            Mail.Plain("Plain version: produce subscriber records."),
            Mail.Html("<p>HTML version: produce subscriber records.</p>"),
        };

        var document = await Reading.Document("request.eml", Mail.Bytes(Mail.Message(Agent, "Request", alternative)));

        Assert.Contains("Plain version: produce subscriber records.", document.Text);
        Assert.DoesNotContain("HTML version", document.Text);
    }

    [Fact]
    public async Task Html_is_used_when_the_plain_alternative_is_empty()
    {
        var alternative = new MultipartAlternative { Mail.Plain("  \n"), Mail.Html("<div>Only the HTML says it.</div>") };

        var document = await Reading.Document("request.eml", Mail.Bytes(Mail.Message(Agent, "Request", alternative)));

        Assert.Contains("Only the HTML says it.", document.Text);
    }

    [Fact]
    public async Task Html_only_body_becomes_text_without_scripts_or_styles()
    {
        const string html = """
            <html><head><style>p { color: red; }</style><script>alert('x')</script></head>
            <body>
            <p>Dear  Custodian of   Records,</p>
            <p>Smith &amp; Wesson &eacute;t&eacute; &#8364;5&nbsp;000<br>second line</p>
            <ul><li>Subscriber information</li><li>IP logs</li></ul>
            <ol><li>First</li><li>Second</li></ol>
            <table><tr><td>Case no.:</td><td>12345</td></tr><tr><th>Agency</th><td>FBI</td></tr></table>
            <script type="text/javascript">document.write('<p>injected</p>')</script>
            </body></html>
            """;

        var document = await Reading.Document("request.eml", Mail.Bytes(Mail.Message(Agent, "Request", Mail.Html(html))));

        TextAssert.InOrder(document.Text,
            "\n\nDear Custodian of Records,\n\n",
            "Smith & Wesson été €5 000\nsecond line\n\n",
            "- Subscriber information\n- IP logs\n\n",
            "1. First\n2. Second\n\n",
            "Case no.:\t12345\nAgency\tFBI\n");
        Assert.DoesNotContain("color", document.Text);
        Assert.DoesNotContain("alert", document.Text);
        Assert.DoesNotContain("injected", document.Text);
    }

    [Fact]
    public async Task Outlook_html_lines_are_not_double_spaced()
    {
        const string html = """
            <body><div class=WordSection1>
            <p class=MsoNormal>Hello team,<o:p></o:p></p>
            <p class=MsoNormal><o:p>&nbsp;</o:p></p>
            <p class=MsoNormal>Please see the attached order.<o:p></o:p></p>
            <p class=MsoNormal>Thanks,<o:p></o:p></p>
            </div></body>
            """;

        var document = await Reading.Document("request.eml", Mail.Bytes(Mail.Message(Agent, "Request", Mail.Html(html))));

        Assert.EndsWith("\nHello team,\n\nPlease see the attached order.\nThanks,\n", document.Text);
    }

    [Fact]
    public async Task Base64_body_is_decoded()
    {
        var body = Mail.Plain("Emergency disclosure request: imminent danger to life.");
        body.ContentTransferEncoding = ContentEncoding.Base64;
        var bytes = Mail.Bytes(Mail.Message(Agent, "Emergency", body));
        Assert.DoesNotContain("imminent danger", Encoding.ASCII.GetString(bytes));

        var document = await Reading.Document("emergency.eml", bytes);

        Assert.Contains("Emergency disclosure request: imminent danger to life.", document.Text);
    }

    [Fact]
    public async Task Quoted_printable_body_is_decoded_with_its_charset_and_soft_line_breaks()
    {
        var longLine = "Die Staatsanwaltschaft Zürich ersucht um Herausgabe der Bestandsdaten des Kontos jdoe@example.com gemäß Beschluss.";
        var body = new TextPart("plain") { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        body.SetText("utf-8", longLine);
        var bytes = Mail.Bytes(Mail.Message(Agent, "Auskunftsersuchen", body));
        Assert.Contains("Z=C3=BCrich", Encoding.ASCII.GetString(bytes));

        var document = await Reading.Document("ersuchen.eml", bytes);

        Assert.Contains(longLine, document.Text);
    }

    [Fact]
    public async Task Eight_bit_body_without_charset_in_windows_1252_is_read()
    {
        var raw = "From: Polizei <info@polizei.example.de>\r\nSubject: Ersuchen\r\nContent-Type: text/plain\r\n"
            + "Content-Transfer-Encoding: 8bit\r\n\r\nHerr Müller, Straße 5 – „dringend“\r\n";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(raw);

        var document = await Reading.Document("ersuchen.eml", bytes);

        Assert.Contains("Herr Müller, Straße 5 – „dringend“", document.Text);
    }

    [Fact]
    public async Task Body_labelled_latin_1_is_read_as_windows_1252()
    {
        var raw = "From: Polizei <info@polizei.example.de>\r\nSubject: Ersuchen\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
            + "Content-Transfer-Encoding: 8bit\r\n\r\n„dringend“ – 5 €\r\n";

        var document = await Reading.Document("ersuchen.eml", CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(raw));

        Assert.Contains("„dringend“ – 5 €", document.Text);
    }

    [Fact]
    public async Task Eml_cut_off_inside_an_attachment_keeps_the_body_and_flags_the_attachment()
    {
        var pdf = Pdfs.WithPages(["SEARCH WARRANT", "Case No. 2:25-mj-0117"]);
        var bytes = Mail.Bytes(Mail.Message(Agent, "Warrant", Mail.Mixed(Mail.Plain("Warrant attached."), Mail.File("warrant.pdf", "application/pdf", pdf))));

        var document = await Reading.Document("request.eml", bytes[..(bytes.Length - 600)]);

        TextAssert.InOrder(document.Text, "Warrant attached.\n", "--- Attachment: warrant.pdf (not read: corrupt PDF: the file is truncated) ---");
        Assert.Equal(["warrant.pdf"], document.AttachmentNames);
    }

    [Fact]
    public async Task Forward_whose_original_is_a_plain_part_with_its_own_headers_keeps_the_original_sender()
    {
        // Some intake tools forward the original as a second text part and keep its From/Subject/Date as that
        // part's headers, with no message/rfc822 wrapper: those lines say who sent the request.
        var raw = "From: Intake Desk <intake@provider.example>\r\nTo: legal@provider.example\r\nSubject: Fwd: warrant\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
            + "--b1\r\nContent-Type: text/plain\r\n\r\nForwarding the original below, please route.\r\n"
            + "--b1\r\nFrom: Agent Rowe <k.rowe@agency.example.gov>\r\nSubject: Warrant 24-MJ-9\r\nDate: Mon, 30 Nov 2026 10:00:00 -0500\r\n"
            + "Content-Type: text/plain\r\n\r\nPlease find the warrant text below.\r\n--b1--\r\n";

        var document = await Reading.Document("fwd.eml", Encoding.UTF8.GetBytes(raw));

        TextAssert.InOrder(document.Text,
            "Forwarding the original below, please route.",
            "From: Agent Rowe <k.rowe@agency.example.gov>\n",
            "Subject: Warrant 24-MJ-9\n",
            "Please find the warrant text below.");
    }

    [Fact]
    public async Task An_ordinary_text_part_gets_no_header_lines()
    {
        var document = await Reading.Document("request.eml", Mail.Bytes(AgentRequest()));

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(document.Text, "^From: ", System.Text.RegularExpressions.RegexOptions.Multiline));
    }

    [Fact]
    public async Task Forwarded_message_attachment_becomes_the_envelope()
    {
        var forward = Mail.Message(Colleague, "Fwd: Preservation request 2025-117",
            Mail.Mixed(Mail.Plain("See below, can you triage this?"), Mail.Attached(AgentRequest(), "Preservation request.eml")));

        var document = await Reading.Document("fwd.eml", Mail.Bytes(forward));

        Assert.Equal("d.scully@fbi.gov", document.Envelope!.From);
        Assert.Equal("desk@fbi.gov", document.Envelope.ReplyTo);
        Assert.Equal("Preservation request 2025-117", document.Envelope.Subject);
        TextAssert.InOrder(document.Text,
            "From: Sam Colleague <sam@provider.example>\n",
            "See below, can you triage this?\n",
            "\n---------- Forwarded message ---------\nFrom: Special Agent Dana Scully <D.Scully@FBI.gov>\nReply-To: Case Desk <desk@fbi.gov>\nSubject: Preservation request 2025-117\n",
            "Please preserve all records for jdoe@example.com.");
        Assert.Equal(["Preservation request.eml"], document.AttachmentNames);
    }

    [Fact]
    public async Task Our_own_earlier_answer_attached_to_an_agency_reply_does_not_become_the_envelope()
    {
        // The agency replies to the provider and attaches the provider's own confirmation: the confirmation came from
        // the mailbox the reply is addressed to, so it is context and the agency stays the sender.
        var confirmation = Mail.Message("Legal Team <legal@provider.example>", "RE: hold on account",
            Mail.Plain("The account's records are held until March 2."));
        confirmation.To.Clear();
        confirmation.To.Add(MailboxAddress.Parse(Agent));
        var reply = Mail.Message(Agent, "RE: hold on account - please extend",
            Mail.Mixed(Mail.Plain("Please extend the hold by ninety days."), Mail.Attached(confirmation, "confirmation.eml")));

        var document = await Reading.Document("reply.eml", Mail.Bytes(reply));

        Assert.Equal("d.scully@fbi.gov", document.Envelope!.From);
        Assert.Equal(["legal@provider.example"], document.Envelope.To);
    }

    [Fact]
    public async Task Innermost_of_nested_forwards_is_the_envelope()
    {
        var relayed = Mail.Message("Desk <desk@provider.example>", "Fwd: request", Mail.Mixed(Mail.Plain("FYI"), Mail.Attached(AgentRequest())));
        var forward = Mail.Message(Colleague, "Fwd: Fwd: request", Mail.Mixed(Mail.Plain("Triage please"), Mail.Attached(relayed)));

        var document = await Reading.Document("fwd.eml", Mail.Bytes(forward));

        Assert.Equal("d.scully@fbi.gov", document.Envelope!.From);
        Assert.Equal(["Fwd: request.eml", "Preservation request 2025-117.eml"], document.AttachmentNames);
        TextAssert.InOrder(document.Text, "Triage please", "From: Desk <desk@provider.example>", "FYI", "From: Special Agent Dana Scully", "Please preserve");
    }

    [Fact]
    public async Task Attached_messages_beyond_the_depth_limit_are_named_but_not_read()
    {
        var relayed = Mail.Message("Desk <desk@provider.example>", "Fwd: request", Mail.Mixed(Mail.Plain("FYI"), Mail.Attached(AgentRequest(), "original.eml")));
        var forward = Mail.Message(Colleague, "Fwd: Fwd: request", Mail.Mixed(Mail.Plain("Triage please"), Mail.Attached(relayed, "relayed.eml")));

        var document = await Reading.Document("fwd.eml", Mail.Bytes(forward), new IntakeLimits(MaxAttachmentDepth: 1));

        Assert.Equal("desk@provider.example", document.Envelope!.From);
        Assert.Contains("--- Attachment: original.eml (not read: attached messages nested more than 1 deep) ---", document.Text);
        Assert.DoesNotContain("Please preserve", document.Text);
        Assert.Equal(["relayed.eml", "original.eml"], document.AttachmentNames);
    }

    [Fact]
    public async Task Attached_text_file_is_included_under_its_name()
    {
        var message = Mail.Message(Agent, "Request", Mail.Mixed(
            Mail.Plain("Request attached."),
            Mail.File("request.txt", "text/plain", Encoding.UTF8.GetBytes("Account: jdoe@example.com\r\nPeriod: 2024-01-01 to 2024-12-31"))));

        var document = await Reading.Document("request.eml", Mail.Bytes(message));

        TextAssert.InOrder(document.Text, "Request attached.\n", "\n--- Attachment: request.txt ---\nAccount: jdoe@example.com\nPeriod: 2024-01-01 to 2024-12-31\n");
        Assert.Equal(["request.txt"], document.AttachmentNames);
    }

    [Fact]
    public async Task Attached_pdf_text_is_included_under_its_name()
    {
        var pdf = Pdfs.WithPages(["SEARCH WARRANT", "Case No. 2:25-mj-0117"]);
        var message = Mail.Message(Agent, "Warrant", Mail.Mixed(Mail.Plain("Warrant attached."), Mail.File("warrant.pdf", "application/pdf", pdf)));

        var document = await Reading.Document("request.eml", Mail.Bytes(message));

        TextAssert.InOrder(document.Text, "Warrant attached.\n", "\n--- Attachment: warrant.pdf ---\nSEARCH WARRANT\nCase No. 2:25-mj-0117\n");
        Assert.Equal(["warrant.pdf"], document.AttachmentNames);
    }

    [Fact]
    public async Task Eml_file_sent_as_octet_stream_is_read_as_an_attached_message()
    {
        var original = Mail.Bytes(AgentRequest());
        var forward = Mail.Message(Colleague, "Fwd", Mail.Mixed(Mail.Plain("Forwarding."), Mail.File("original.eml", "application/octet-stream", original)));

        var document = await Reading.Document("fwd.eml", Mail.Bytes(forward));

        Assert.Equal("d.scully@fbi.gov", document.Envelope!.From);
        TextAssert.InOrder(document.Text, "Forwarding.", "---------- Forwarded message ---------\nFrom: Special Agent Dana Scully", "Please preserve");
        Assert.Equal(["original.eml"], document.AttachmentNames);
    }

    [Fact]
    public async Task Attachment_names_are_listed_through_attached_messages()
    {
        var withWarrant = Mail.Message(Agent, "Warrant", Mail.Mixed(
            Mail.Plain("See warrant."), Mail.File("warrant.pdf", "application/pdf", Pdfs.WithPages(["SEARCH WARRANT"]))));
        var forward = Mail.Message(Colleague, "Fwd: Warrant", Mail.Mixed(
            Mail.Plain("FYI"), Mail.Attached(withWarrant, "warrant mail.eml"), Mail.File("notes.txt", "text/plain", "Due Friday"u8.ToArray())));

        var document = await Reading.Document("fwd.eml", Mail.Bytes(forward));

        Assert.Equal(["warrant mail.eml", "warrant.pdf", "notes.txt"], document.AttachmentNames);
        TextAssert.InOrder(document.Text, "FYI", "See warrant.", "--- Attachment: warrant.pdf ---\nSEARCH WARRANT", "--- Attachment: notes.txt ---\nDue Friday");
    }

    [Fact]
    public async Task Unreadable_attachments_are_named_with_the_reason()
    {
        var message = Mail.Message(Agent, "Request", Mail.Mixed(
            Mail.Plain("Two files."),
            Mail.File("photo.png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]),
            Mail.File("sealed.pdf", "application/pdf", Pdfs.PasswordProtected())));

        var document = await Reading.Document("request.eml", Mail.Bytes(message));

        Assert.Contains("--- Attachment: photo.png (not read: .png files are not read) ---", document.Text);
        Assert.Contains("--- Attachment: sealed.pdf (not read: PDF is password-protected) ---", document.Text);
        Assert.Equal(["photo.png", "sealed.pdf"], document.AttachmentNames);
    }

    [Fact]
    public async Task Random_bytes_named_eml_are_refused()
    {
        var bytes = new byte[4000];
        new Random(42).NextBytes(bytes);

        Assert.Equal("not a readable e-mail (.eml): it looks like binary data", await Reading.Failure("request.eml", bytes));
    }

    [Fact]
    public async Task Eml_truncated_inside_its_headers_is_refused_without_quoting_it()
    {
        var bytes = Encoding.ASCII.GetBytes("From: Agent <agent@fbi.gov>\r\nTo: legal@provider.example\r\nSubj");

        var message = await Reading.Failure("request.eml", bytes);

        Assert.Equal("not a readable e-mail (.eml): the headers are damaged or truncated", message);
    }

    [Fact]
    public async Task Plain_text_named_eml_is_refused()
    {
        var message = await Reading.Failure("request.eml", Encoding.UTF8.GetBytes("Hello, this is just a note.\r\nNo headers here."));

        Assert.Equal("not a readable e-mail (.eml): the headers are damaged or truncated", message);
    }

    [Fact]
    public async Task Eml_without_sender_or_body_is_refused()
    {
        var message = await Reading.Failure("request.eml", Encoding.ASCII.GetBytes("Subject: hello\r\n\r\n  \r\n"));

        Assert.Equal("not a readable e-mail (.eml): no headers or body", message);
    }

    [Fact]
    public async Task Outlook_msg_file_is_refused_with_advice()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        Assert.Equal(".msg (Outlook) files are not supported; save the message as .eml", await Reading.Failure("request.msg", ole));
        Assert.Equal(".msg (Outlook) files are not supported; save the message as .eml", await Reading.Failure("renamed.eml", ole));
    }

    [Fact]
    public async Task A_from_header_encoded_whole_as_one_word_gives_the_address_inside_it()
    {
        // Name and address in one RFC 2047 encoded-word: mail clients decode it and show the address, so do we.
        var raw = "From: =?utf-8?q?Jo=C3=ABl_Marsh_=3Cjmarsh=40example=2Eorg=3E?=\r\n" +
                  "To: legal@provider.example\r\nSubject: Hold notice\r\nDate: Tue, 14 Jan 2025 10:30:00 -0500\r\n" +
                  "Content-Type: text/plain; charset=utf-8\r\n\r\nPlease keep the records of our shared project.\r\n";

        var document = await Reading.Document("hold.eml", Encoding.UTF8.GetBytes(raw));

        var envelope = Assert.IsType<TriageBot.Triage.Model.EmailEnvelope>(document.Envelope);
        Assert.Equal("jmarsh@example.org", envelope.From);
        Assert.StartsWith("From: Joël Marsh <jmarsh@example.org>\n", document.Text);
    }
}
