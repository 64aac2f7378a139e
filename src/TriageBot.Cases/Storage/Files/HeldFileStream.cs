namespace TriageBot.Cases.Storage.Files;

/// <summary>
/// The database's own file handle lent to LiteDB. LiteDB disposes the streams it is given when it closes; this
/// wrapper ignores that, so the handle (and the OS lock on it) lives exactly as long as <see cref="CaseDatabase"/>
/// says. Flush goes to the disk: LiteDB asks for a flush after each batch of log pages and at checkpoints, and
/// only an fsync makes a committed change survive a power cut.
/// </summary>
internal sealed class HeldFileStream(FileStream inner) : Stream
{
    public FileStream Inner { get; } = inner;

    public override bool CanRead => Inner.CanRead;
    public override bool CanSeek => Inner.CanSeek;
    public override bool CanWrite => Inner.CanWrite;
    public override long Length => Inner.Length;

    public override long Position
    {
        get => Inner.Position;
        set => Inner.Position = value;
    }

    public override void Flush() => Inner.Flush(flushToDisk: true);
    public override int Read(byte[] buffer, int offset, int count) => Inner.Read(buffer, offset, count);
    public override int Read(Span<byte> buffer) => Inner.Read(buffer);
    public override long Seek(long offset, SeekOrigin origin) => Inner.Seek(offset, origin);
    public override void SetLength(long value) => Inner.SetLength(value);
    public override void Write(byte[] buffer, int offset, int count) => Inner.Write(buffer, offset, count);
    public override void Write(ReadOnlySpan<byte> buffer) => Inner.Write(buffer);

    protected override void Dispose(bool disposing)
    {
        // Deliberately empty: CaseDatabase disposes Inner after LiteDB has let go.
    }
}
