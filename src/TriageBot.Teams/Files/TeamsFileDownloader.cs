using System.Net;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Teams.Files;

/// <summary>A file shared in personal chat: Teams sends a pre-authenticated, short-lived download URL
/// (attachment <c>application/vnd.microsoft.teams.file.download.info</c>).</summary>
public sealed record TeamsFileLink(string Name, string DownloadUrl, string? FileType);

/// <summary>A downloaded file, or why not (safe to show the user).</summary>
public sealed record TeamsFileDownload(TurnFile? File, string? Problem);

/// <summary>
/// Downloads shared files within <see cref="TeamsOptions.MaxFileBytes"/>. Only https URLs are fetched (no bot
/// token goes with them: the URL carries its own authorisation), so a forged attachment can't point the bot at
/// internal plain-http services.
/// </summary>
public sealed class TeamsFileDownloader(HttpClient http, TeamsOptions options)
{
    public const string DownloadInfoType = "application/vnd.microsoft.teams.file.download.info";

    public async Task<TeamsFileDownload> DownloadAsync(TeamsFileLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (!Allowed(link.DownloadUrl)) return Refused(link, "its download link is not https");
        try
        {
            using var response = await http.GetAsync(link.DownloadUrl, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode) return Refused(link, $"Teams answered {(int)response.StatusCode} when I fetched it; please share it again");
            if (response.Content.Headers.ContentLength > options.MaxFileBytes) return TooLarge(link);
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var content = await ReadLimitedAsync(body, options.MaxFileBytes, cancellationToken).ConfigureAwait(false);
            return content is null ? TooLarge(link) : new TeamsFileDownload(new TurnFile(link.Name, content), null);
        }
        catch (HttpRequestException)
        {
            return Refused(link, "it could not be downloaded; please share it again");
        }
    }

    private bool Allowed(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps
            || (options.AllowLoopbackHttpFiles && uri.Scheme == Uri.UriSchemeHttp && IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip)));

    private TeamsFileDownload TooLarge(TeamsFileLink link) =>
        Refused(link, $"it is larger than {Size(options.MaxFileBytes)}; paste the request text or send a smaller file");

    private static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / 1024} KB";

    private static TeamsFileDownload Refused(TeamsFileLink link, string why) => new(null, $"I did not read {link.Name}: {why}.");

    private static async Task<byte[]?> ReadLimitedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
