using System.Text;
using MimeKit;
using MimeKit.Utils;
using TriageBot.Triage.Model;

namespace TriageBot.Intake;

/// <summary>
/// Reads an .eml file into one text in reading order: the message's header lines and body, then each attachment:
/// attached messages (forwarded as attachment) with their own header lines, the text of text and PDF files. The
/// envelope is that of the innermost attached message, the original request, since the outer sender is usually
/// a colleague forwarding it.
/// </summary>
internal sealed class EmailReader(IntakeLimits limits, PdfReader pdfReader)
{
    public const string ForwardedMarker = "---------- Forwarded message ---------";

    public RequestDocument Read(byte[] bytes, CancellationToken cancellationToken)
    {
        if (TextDecoder.LooksBinary(bytes)) throw Unreadable("it looks like binary data");
        try
        {
            var message = Load(bytes, cancellationToken) ?? throw Unreadable("the headers are damaged or truncated");
            var parts = MimeMessageParts.Of(message, cancellationToken);
            if (!message.Headers.Contains(HeaderId.From) && parts.Body.Length == 0 && parts.Attachments.Count == 0)
                throw Unreadable("no headers or body");

            var output = new Output(cancellationToken);
            var origin = Write(message, parts, 0, output);
            return new RequestDocument
            {
                Text = output.Text.ToString(),
                Envelope = Envelope(origin),
                AttachmentNames = output.AttachmentNames,
            };
        }
        catch (Exception e) when (e is not (IntakeException or OperationCanceledException))
        {
            throw Unreadable("the message structure is damaged");
        }
    }

    private static IntakeException Unreadable(string reason) => new($"not a readable e-mail (.eml): {reason}");

    private static MimeMessage? Load(byte[] bytes, CancellationToken cancellationToken)
    {
        try
        {
            return MimeMessage.Load(new MemoryStream(bytes, writable: false), cancellationToken);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Writes one message; returns the message whose envelope stands for it (its innermost original).</summary>
    private MimeMessage Write(MimeMessage message, MimeMessageParts parts, int depth, Output output)
    {
        WriteHeaderLines(message, output.Text);
        if (parts.Body.Length > 0) output.Text.Append('\n').Append(parts.Body).Append('\n');

        MimeMessage? origin = null;
        foreach (var attachment in parts.Attachments)
        {
            output.CancellationToken.ThrowIfCancellationRequested();
            var inner = WriteAttachment(attachment, depth, output);
            if (origin is null && inner is not null && inner.From.Mailboxes.Any() && !FromOurMailbox(inner, message)) origin = inner;
        }
        return origin ?? message;
    }

    /// <summary>An attached message sent from the mailbox the outer message was addressed to is the provider's own
    /// earlier answer (a confirmation the agency attaches to its reply): context, never the original request, so the
    /// outer writer stays the requester.</summary>
    private static bool FromOurMailbox(MimeMessage inner, MimeMessage outer)
    {
        var recipients = outer.To.Mailboxes.Concat(outer.Cc.Mailboxes).Select(BareAddress).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        return inner.From.Mailboxes.Any(m => BareAddress(m) is { } address && recipients.Contains(address));
    }

    private MimeMessage? WriteAttachment(MimeEntity attachment, int depth, Output output)
    {
        var name = AttachmentName(attachment);
        output.AttachmentNames.Add(name);
        try
        {
            switch (attachment)
            {
                case MessagePart { Message: { } attached }:
                    return WriteAttachedMessage(attached, name, depth, output);
                case MimePart part:
                    return WriteFile(part, name, depth, output);
                default:
                    output.NotRead(name, "the attached message is empty");
                    return null;
            }
        }
        catch (IntakeException e)
        {
            output.NotRead(name, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            output.NotRead(name, "the attachment is damaged");
        }
        return null;
    }

    private MimeMessage? WriteFile(MimePart part, string name, int depth, Output output)
    {
        var bytes = MimeMessageParts.Content(part, output.CancellationToken);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var type = part.ContentType;

        if (FormatDetector.StartsWithPdfHeader(bytes) || type.IsMimeType("application", "pdf") || extension == ".pdf")
        {
            output.Attachment(name, pdfReader.ReadText(bytes, output.CancellationToken));
            return null;
        }
        if (extension == ".docx" || type.IsMimeType("application", DocxReader.MimeSubtype))
        {
            output.Attachment(name, DocxReader.ReadText(bytes, output.CancellationToken));
            return null;
        }
        if (extension == ".msg" || type.IsMimeType("application", "vnd.ms-outlook"))
        {
            output.NotRead(name, RequestReader.MsgNotSupported);
            return null;
        }
        if (extension == ".eml" || type.IsMimeType("message", "*"))
        {
            if (TextDecoder.LooksBinary(bytes) || Load(bytes, output.CancellationToken) is not { } attached)
            {
                output.NotRead(name, "not a readable e-mail");
                return null;
            }
            return WriteAttachedMessage(attached, name, depth, output);
        }
        if (type.IsMimeType("text", "html") || extension is ".htm" or ".html")
        {
            output.Attachment(name, HtmlText.ToText(TextDecoder.Decode(bytes, type.Charset)));
            return null;
        }
        if (type.IsMimeType("text", "*") || extension is ".txt" or ".text" or ".csv" or ".log")
        {
            var text = TextDecoder.Decode(bytes, type.Charset);
            if (TextDecoder.LooksBinary(text)) output.NotRead(name, "it looks like binary data");
            else output.Attachment(name, text);
            return null;
        }
        output.NotRead(name, $"{(extension.Length > 1 ? extension : type.MimeType.ToLowerInvariant())} files are not read");
        return null;
    }

    private MimeMessage? WriteAttachedMessage(MimeMessage attached, string name, int depth, Output output)
    {
        if (depth + 1 > limits.MaxAttachmentDepth)
        {
            output.NotRead(name, $"attached messages nested more than {limits.MaxAttachmentDepth} deep");
            return null;
        }
        output.Section(ForwardedMarker);
        return Write(attached, MimeMessageParts.Of(attached, output.CancellationToken), depth + 1, output);
    }

    private static void WriteHeaderLines(MimeMessage message, StringBuilder text)
    {
        void Line(string field, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) text.Append(field).Append(": ").Append(OneLine(value)).Append('\n');
        }

        Line("From", Addresses(MailboxesOf(message, message.From, HeaderId.From)) ?? message.Headers[HeaderId.From]);
        Line("Reply-To", Addresses(MailboxesOf(message, message.ReplyTo, HeaderId.ReplyTo)) ?? message.Headers[HeaderId.ReplyTo]);
        Line("Subject", message.Subject);
        Line("Date", message.Headers[HeaderId.Date]);
    }

    /// <summary>The header's mailboxes. Some senders encode the whole header, name and address, as one RFC 2047
    /// encoded-word ("=?utf-8?q?Name_=3Cname=40example=2Ecom=3E?="); strictly that is a name with no address, but
    /// mail clients decode it and read the address inside, and so do we when the strict reading finds none.</summary>
    private static InternetAddressList MailboxesOf(MimeMessage message, InternetAddressList parsed, HeaderId header)
    {
        if (parsed.Mailboxes.Any(m => m.Address?.Contains('@') == true)) return parsed;
        // The header's value is the decoded text already when MimeKit decodes it; decoding again changes nothing.
        if (message.Headers[header] is not { } value) return parsed;
        var decoded = value.Contains("=?", StringComparison.Ordinal) ? Rfc2047.DecodeText(Encoding.UTF8.GetBytes(value)) : value;
        return InternetAddressList.TryParse(decoded, out var lenient) &&
               lenient.Mailboxes.Any(m => m.Address?.Contains('@') == true)
            ? lenient
            : parsed;
    }

    private static string? Addresses(InternetAddressList list)
    {
        var mailboxes = list.Mailboxes
            .Select(m => string.IsNullOrWhiteSpace(m.Name) ? m.Address : $"{m.Name.Trim()} <{m.Address}>")
            .ToList();
        return mailboxes.Count == 0 ? null : string.Join(", ", mailboxes);
    }

    private static EmailEnvelope Envelope(MimeMessage message)
    {
        var from = MailboxesOf(message, message.From, HeaderId.From).Mailboxes.FirstOrDefault();
        var replyTo = MailboxesOf(message, message.ReplyTo, HeaderId.ReplyTo).Mailboxes.FirstOrDefault();
        DateTimeOffset? date = message.Headers[HeaderId.Date] is { } raw && DateUtils.TryParse(raw, out var parsed) ? parsed : null;
        return new EmailEnvelope(
            BareAddress(from),
            string.IsNullOrWhiteSpace(from?.Name) ? null : OneLine(from.Name).Trim(),
            BareAddress(replyTo),
            message.Subject is { } subject ? OneLine(subject).Trim() : null,
            date)
        {
            To = [.. message.To.Mailboxes.Select(BareAddress).OfType<string>()],
        };
    }

    private static string? BareAddress(MailboxAddress? mailbox) =>
        string.IsNullOrWhiteSpace(mailbox?.Address) ? null : mailbox.Address.Trim().ToLowerInvariant();

    /// <summary>The attachment's file name, or a made-up one saying what it is: Outlook names attached mail by subject.</summary>
    private static string AttachmentName(MimeEntity entity)
    {
        var name = entity.ContentDisposition?.FileName ?? entity.ContentType.Name;
        if (!string.IsNullOrWhiteSpace(name)) return OneLine(name).Trim();
        if (entity is MessagePart message)
        {
            var subject = OneLine(message.Message?.Subject ?? "").Trim();
            return (subject.Length == 0 ? "forwarded message" : subject[..Math.Min(subject.Length, 100)]) + ".eml";
        }
        return MimeTypes.TryGetExtension(entity.ContentType.MimeType, out var extension) ? "attachment" + extension : "attachment";
    }

    private static string OneLine(string value) =>
        string.Create(value.Length, value, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = char.IsControl(source[i]) ? ' ' : source[i];
        });

    /// <summary>The text being written and the attachment names met on the way.</summary>
    private sealed class Output(CancellationToken cancellationToken)
    {
        public StringBuilder Text { get; } = new();
        public List<string> AttachmentNames { get; } = [];
        public CancellationToken CancellationToken { get; } = cancellationToken;

        /// <summary>Starts a part of the text with its own heading line, a blank line after what came before.</summary>
        public void Section(string heading)
        {
            if (Text.Length > 0)
            {
                while (Text.Length > 0 && Text[^1] == '\n') Text.Length--;
                Text.Append("\n\n");
            }
            Text.Append(heading).Append('\n');
        }

        public void Attachment(string name, string text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                NotRead(name, "it has no text");
                return;
            }
            Section($"--- Attachment: {name} ---");
            Text.Append(text.Trim()).Append('\n');
        }

        public void NotRead(string name, string reason) => Section($"--- Attachment: {name} (not read: {reason}) ---");
    }
}
