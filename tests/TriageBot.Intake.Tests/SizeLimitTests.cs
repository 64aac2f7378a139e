using System.Text;
using TriageBot.Intake.Tests.Fixtures;

namespace TriageBot.Intake.Tests;

public sealed class SizeLimitTests
{
    private const long FiftyMegabytes = 50L * 1024 * 1024;

    [Fact]
    public async Task File_over_the_limit_is_refused_with_both_sizes()
    {
        var message = await Reading.Failure("big.txt", new byte[2048], new IntakeLimits(MaxBytes: 1024));

        Assert.Equal("file is 2.0 KB, over the 1.0 KB limit", message);
    }

    [Fact]
    public async Task File_exactly_at_the_limit_is_read()
    {
        var document = await Reading.Document("a.txt", Encoding.ASCII.GetBytes(new string('a', 1024)), new IntakeLimits(MaxBytes: 1024));

        Assert.Equal(1024, document.Text.Length);
    }

    [Fact]
    public async Task Unseekable_stream_over_the_limit_is_refused_after_one_byte_too_many()
    {
        var stream = new GeneratedStream(2048, seekable: false);

        var result = await new RequestReader(new IntakeLimits(MaxBytes: 1024)).ReadAsync("pipe.txt", stream);

        Assert.Equal("file is over the 1.0 KB limit", Assert.IsType<IntakeResult.Failure>(result).Message);
        Assert.Equal(1025, stream.BytesRead);
    }

    [Fact]
    public async Task Fifty_megabyte_stream_is_refused_without_reading_it_all()
    {
        var stream = new GeneratedStream(FiftyMegabytes, seekable: false);

        var result = await new RequestReader(new IntakeLimits()).ReadAsync("huge.txt", stream);

        Assert.Equal("file is over the 10.0 MB limit", Assert.IsType<IntakeResult.Failure>(result).Message);
        Assert.True(stream.BytesRead <= 10 * 1024 * 1024 + 1, $"read {stream.BytesRead} bytes");
    }

    [Fact]
    public async Task Fifty_megabyte_file_of_known_length_is_refused_before_reading()
    {
        var stream = new GeneratedStream(FiftyMegabytes, seekable: true);

        var result = await new RequestReader(new IntakeLimits()).ReadAsync("huge.pdf", stream);

        Assert.Equal("file is 50.0 MB, over the 10.0 MB limit", Assert.IsType<IntakeResult.Failure>(result).Message);
        Assert.Equal(0, stream.BytesRead);
    }

    [Fact]
    public async Task Cancelled_read_throws_instead_of_failing()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new RequestReader(new IntakeLimits()).ReadAsync("a.txt", new MemoryStream("text"u8.ToArray()), cancellation.Token));
    }

    [Fact]
    public void Limits_that_allow_nothing_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RequestReader(new IntakeLimits(MaxBytes: 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RequestReader(new IntakeLimits(MaxPdfPages: 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RequestReader(new IntakeLimits(MaxAttachmentDepth: -1)));
    }
}
