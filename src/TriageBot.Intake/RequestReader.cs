using System.Globalization;
using TriageBot.Triage.Model;

namespace TriageBot.Intake;

/// <summary>
/// Turns the bytes of one incoming file (a paste saved as text, an .eml, a PDF) into the engine's
/// <see cref="RequestDocument"/>, or a one-line reason why it cannot. Reads only the stream it is handed, and at
/// most <see cref="IntakeLimits.MaxBytes"/> + 1 bytes of it.
/// </summary>
public sealed class RequestReader
{
    internal const string MsgNotSupported = ".msg (Outlook) files are not supported; save the message as .eml";
    private const string EmptyFile = "empty file";

    private readonly IntakeLimits _limits;
    private readonly PdfReader _pdfReader;
    private readonly EmailReader _emailReader;

    public RequestReader(IntakeLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxBytes, 1, nameof(limits));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limits.MaxBytes, Array.MaxLength - 1L, nameof(limits));
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxPdfPages, 1, nameof(limits));
        ArgumentOutOfRangeException.ThrowIfNegative(limits.MaxAttachmentDepth, nameof(limits));
        _limits = limits;
        _pdfReader = new PdfReader(limits.MaxPdfPages);
        _emailReader = new EmailReader(limits, _pdfReader);
    }

    /// <summary>Reads one file. Every problem with the file is a <see cref="IntakeResult.Failure"/>; only
    /// cancellation throws (<see cref="OperationCanceledException"/>).</summary>
    /// <param name="fileName">The file's name as received; its extension is a hint, the content decides where it can.</param>
    /// <param name="content">The file's bytes; read from its current position, not disposed.</param>
    public async Task<IntakeResult> ReadAsync(string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);

        if (RemainingLength(content) is { } length && length > _limits.MaxBytes) return TooLarge(length);
        byte[]? bytes;
        try
        {
            bytes = await ReadAtMostAsync(content, _limits.MaxBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException or UnauthorizedAccessException)
        {
            return new IntakeResult.Failure(e is IOException ? "could not read the file: I/O error" : "could not read the file");
        }
        if (bytes is null) return TooLarge(null);
        if (bytes.Length == 0) return new IntakeResult.Failure(EmptyFile);

        try
        {
            var document = await Task.Run(() => Parse(fileName, bytes, cancellationToken), cancellationToken).ConfigureAwait(false);
            return new IntakeResult.Success(document with { Text = NormalizeLineEndings(document.Text) });
        }
        catch (IntakeException e)
        {
            return new IntakeResult.Failure(e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The readers turn known problems into reasons; this keeps the promise for the ones nobody foresaw.
            return new IntakeResult.Failure("could not read the file: unexpected error");
        }
    }

    private RequestDocument Parse(string fileName, byte[] bytes, CancellationToken cancellationToken)
    {
        switch (FormatDetector.Detect(fileName, bytes))
        {
            case DocumentFormat.Pdf:
                return new RequestDocument
                {
                    Text = _pdfReader.ReadText(bytes, cancellationToken),
                    AttachmentNames = [Path.GetFileName(fileName)],
                };
            case DocumentFormat.Docx:
                return new RequestDocument
                {
                    Text = NonEmpty(DocxReader.ReadText(bytes, cancellationToken)),
                    AttachmentNames = [Path.GetFileName(fileName)],
                };
            case DocumentFormat.Email:
                return _emailReader.Read(bytes, cancellationToken);
            case DocumentFormat.OutlookMsg:
                throw new IntakeException(MsgNotSupported);
            case DocumentFormat.Html:
                return RequestDocument.FromText(NonEmpty(HtmlText.ToText(ReadableText(bytes))));
            default:
                return RequestDocument.FromText(NonEmpty(ReadableText(bytes)));
        }
    }

    private static string ReadableText(byte[] bytes)
    {
        var text = TextDecoder.Decode(bytes);
        if (TextDecoder.LooksBinary(text)) throw new IntakeException("not a text document: it looks like binary data");
        return text;
    }

    private static string NonEmpty(string text) =>
        string.IsNullOrWhiteSpace(text) ? throw new IntakeException(EmptyFile) : text;

    /// <summary>The whole content up to <paramref name="maxBytes"/>; null when there is more.</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var limit = (int)maxBytes + 1; // one byte past the limit tells "too large" without reading further
        var buffer = new byte[Math.Min(limit, RemainingLength(content) is { } known ? (int)known + 1 : 81920)];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total == limit) return null;
                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, limit));
            }
            var read = await content.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
            if (read == 0) break;
            total += read;
        }
        if (total > maxBytes) return null;
        Array.Resize(ref buffer, total);
        return buffer;
    }

    private static long? RemainingLength(Stream content)
    {
        try
        {
            return content.CanSeek ? Math.Max(0, content.Length - content.Position) : null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private IntakeResult TooLarge(long? length) => new IntakeResult.Failure(length is { } known
        ? $"file is {Size(known)}, over the {Size(_limits.MaxBytes)} limit"
        : $"file is over the {Size(_limits.MaxBytes)} limit");

    /// <summary>A size as the intake words it in refusals ("12.3 MB", "2.0 KB").</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.0} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB"),
        _ => $"{bytes} bytes",
    };

    private static string NormalizeLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
