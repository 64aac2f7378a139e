using MimeKit;
using MimeKit.Cryptography;

namespace TriageBot.Intake;

/// <summary>
/// One message split the way a mail client shows it: the body text (plain preferred over HTML, inline parts in
/// order) and the attachments (files and attached messages) in order.
/// </summary>
internal sealed record MimeMessageParts(string Body, IReadOnlyList<MimeEntity> Attachments)
{
    // MimeKit's parser bounds nesting too; this keeps a hostile tree from exhausting the stack here.
    private const int MaxNesting = 64;

    public static MimeMessageParts Of(MimeMessage message, CancellationToken cancellationToken)
    {
        var bodies = new List<string>();
        var attachments = new List<MimeEntity>();
        if (message.Body is not null) Walk(message.Body, bodies, attachments, 0, cancellationToken);
        var body = string.Join("\n\n", bodies.Select(b => b.Trim()).Where(b => b.Length > 0));
        return new MimeMessageParts(body, attachments);
    }

    /// <summary>The decoded bytes of a part (base64 and quoted-printable undone).</summary>
    public static byte[] Content(MimePart part, CancellationToken cancellationToken)
    {
        if (part.Content is null) return [];
        using var decoded = new MemoryStream();
        part.Content.DecodeTo(decoded, cancellationToken);
        return decoded.ToArray();
    }

    /// <summary>A text or HTML part as plain text, trusting its declared charset only where that is safe.</summary>
    public static string Text(TextPart part, CancellationToken cancellationToken)
    {
        var text = TextDecoder.Decode(Content(part, cancellationToken), part.ContentType.Charset);
        return part.IsHtml ? HtmlText.ToText(text) : text;
    }

    private static void Walk(MimeEntity entity, List<string> bodies, List<MimeEntity> attachments, int nesting,
        CancellationToken cancellationToken)
    {
        if (nesting > MaxNesting) return;
        switch (entity)
        {
            case MultipartSigned signed when signed.Count > 0:
                Walk(signed[0], bodies, attachments, nesting + 1, cancellationToken); // the rest is the signature
                break;
            case Multipart alternative when alternative.ContentType.IsMimeType("multipart", "alternative"):
                WalkAlternative(alternative, bodies, attachments, nesting, cancellationToken);
                break;
            case MultipartRelated related when related.Root is { } root:
                Walk(root, bodies, attachments, nesting + 1, cancellationToken);
                attachments.AddRange(related.Where(part => part != root && part.IsAttachment));
                break;
            case Multipart multipart:
                foreach (var child in multipart) Walk(child, bodies, attachments, nesting + 1, cancellationToken);
                break;
            case TextPart text when !text.IsAttachment && (text.IsPlain || text.IsHtml):
                bodies.Add(OwnHeaderLines(text) + Text(text, cancellationToken));
                break;
            case MimePart { IsAttachment: false, FileName: null } picture when picture.ContentType.MediaType.Equals("image", StringComparison.OrdinalIgnoreCase):
                break; // logos and signature pictures shown inline
            default:
                attachments.Add(entity); // files, attached messages, other parts
                break;
        }
    }

    /// <summary>A forwarded message some clients write as a plain part of the forward, its own From, To, Subject
    /// and Date kept as the part's headers (no message/rfc822 wrapper): those lines say who sent the original, so
    /// they are written before its text as a forwarded header block would be. Empty for an ordinary part.</summary>
    private static string OwnHeaderLines(TextPart part)
    {
        if (part.Headers[HeaderId.From] is not { } from || string.IsNullOrWhiteSpace(from)) return "";
        var lines = new System.Text.StringBuilder();
        foreach (var (field, id) in new[] { ("From", HeaderId.From), ("To", HeaderId.To), ("Subject", HeaderId.Subject), ("Date", HeaderId.Date) })
            if (part.Headers[id] is { } value && !string.IsNullOrWhiteSpace(value))
                lines.Append(field).Append(": ").Append(string.Concat(value.Select(c => char.IsControl(c) ? ' ' : c)).Trim()).Append('\n');
        return lines.Append('\n').ToString();
    }

    /// <summary>The same content in several forms: the plain text if it says anything, else the HTML form.</summary>
    private static void WalkAlternative(Multipart alternative, List<string> bodies, List<MimeEntity> attachments,
        int nesting, CancellationToken cancellationToken)
    {
        foreach (var plain in alternative.OfType<TextPart>().Where(p => p.IsPlain && !p.IsAttachment))
        {
            var text = Text(plain, cancellationToken);
            if (string.IsNullOrWhiteSpace(text)) continue;
            bodies.Add(text);
            // Apple Mail puts attachments inside the HTML form only; keep them, not that form's text.
            foreach (var other in alternative.OfType<Multipart>()) Walk(other, [], attachments, nesting + 1, cancellationToken);
            return;
        }
        var richer = alternative.FirstOrDefault(p => p is TextPart { IsHtml: true, IsAttachment: false })
            ?? alternative.FirstOrDefault(p => p is Multipart);
        if (richer is not null) Walk(richer, bodies, attachments, nesting + 1, cancellationToken);
    }
}
