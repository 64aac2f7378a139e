using MimeKit;

namespace TriageBot.Intake.Tests.Fixtures;

/// <summary>E-mail messages built with MimeKit, as mail clients would send them.</summary>
internal static class Mail
{
    public static readonly DateTimeOffset SentAt = new(2025, 1, 14, 10, 30, 0, TimeSpan.FromHours(-5));

    public static MimeMessage Message(string from, string subject, MimeEntity body, string? replyTo = null)
    {
        var message = new MimeMessage { Subject = subject, Date = SentAt, Body = body };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse("Legal Team <legal@provider.example>"));
        if (replyTo is not null) message.ReplyTo.Add(MailboxAddress.Parse(replyTo));
        return message;
    }

    public static TextPart Plain(string text) => new("plain") { Text = text };

    public static TextPart Html(string html) => new("html") { Text = html };

    public static Multipart Mixed(params MimeEntity[] parts)
    {
        var mixed = new Multipart("mixed");
        foreach (var part in parts) mixed.Add(part);
        return mixed;
    }

    public static MimePart File(string fileName, string mimeType, byte[] content) => new(mimeType)
    {
        FileName = fileName,
        Content = new MimeContent(new MemoryStream(content)),
        ContentTransferEncoding = ContentEncoding.Base64,
    };

    public static MessagePart Attached(MimeMessage message, string? fileName = null)
    {
        var part = new MessagePart { Message = message };
        part.ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) { FileName = fileName };
        return part;
    }

    public static byte[] Bytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }
}
