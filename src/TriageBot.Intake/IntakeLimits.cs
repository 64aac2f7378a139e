namespace TriageBot.Intake;

/// <summary>How much an incoming file may ask of the reader before it is refused.</summary>
/// <param name="MaxBytes">Largest file read; anything bigger is refused after reading at most this many bytes plus one.</param>
/// <param name="MaxPdfPages">Most pages read from one PDF (the file itself or an e-mail attachment).</param>
/// <param name="MaxAttachmentDepth">How deep attached messages inside attached messages are followed.</param>
public sealed record IntakeLimits(long MaxBytes = 10 * 1024 * 1024, int MaxPdfPages = 200, int MaxAttachmentDepth = 5);
