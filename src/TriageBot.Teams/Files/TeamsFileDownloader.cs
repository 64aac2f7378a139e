using TriageBot.Intake;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Teams.Files;

/// <summary>A file shared in personal chat: Teams sends a pre-authenticated, short-lived download URL
/// (attachment <c>application/vnd.microsoft.teams.file.download.info</c>).</summary>
public sealed record TeamsFileLink(string Name, string DownloadUrl, string? FileType);

/// <summary>A downloaded file, or why not (safe to show the user).</summary>
public sealed record TeamsFileDownload(TurnFile? File, string? Problem);

/// <summary>
/// Downloads shared files within the intake's size limit (<c>Intake:MaxBytes</c>), only over https, only from the hosts in
/// <see cref="TeamsOptions.FileHosts"/> (OneDrive for Business by default) and only from public addresses
/// (checked by <see cref="TeamsFileHttp"/> when the socket opens). Redirects are followed by hand, each hop
/// checked like the first, at most <see cref="TeamsOptions.MaxFileRedirects"/>. No bot token goes with the
/// request: the URL carries its own authorisation, which is also why the URL is never logged.
/// </summary>
public sealed class TeamsFileDownloader(TeamsFileHttp http, TeamsOptions options, IntakeLimits? limits = null, ILogger<TeamsFileDownloader>? logger = null)
{
    private readonly long _maxBytes = (limits ?? new IntakeLimits()).MaxBytes;

    public const string DownloadInfoType = "application/vnd.microsoft.teams.file.download.info";

    private readonly ILogger _logger = logger ?? NullLogger<TeamsFileDownloader>.Instance;

    public async Task<TeamsFileDownload> DownloadAsync(TeamsFileLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (!Uri.TryCreate(link.DownloadUrl, UriKind.Absolute, out var url)) return Refused(link, "its download link is not a URL");
        try
        {
            for (var hop = 0; ; hop++)
            {
                if (Check(url) is { } problem) return Refused(link, problem, url);
                using var response = await http.Client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                if (IsRedirect(response.StatusCode))
                {
                    if (response.Headers.Location is not { } location) return Refused(link, "Teams sent a redirect without a target; please share it again");
                    if (hop >= options.MaxFileRedirects) return Refused(link, $"its download link redirected more than {options.MaxFileRedirects} times", url);
                    url = location.IsAbsoluteUri ? location : new Uri(url, location);
                    continue;
                }
                if (!response.IsSuccessStatusCode) return Refused(link, $"Teams answered {(int)response.StatusCode} when I fetched it; please share it again");
                if (response.Content.Headers.ContentLength > _maxBytes) return TooLarge(link);
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                var content = await ReadLimitedAsync(body, _maxBytes, cancellationToken).ConfigureAwait(false);
                return content is null ? TooLarge(link) : new TeamsFileDownload(new TurnFile(link.Name, content), null);
            }
        }
        catch (HttpRequestException exception) when (exception.InnerException is NonPublicAddressException refused)
        {
            _logger.LogWarning("Refused to download a shared file: {Reason}", refused.Message);
            return Refused(link, "its download link leads to a private or local network address");
        }
        catch (HttpRequestException)
        {
            return Refused(link, "it could not be downloaded; please share it again");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Refused(link, "the download timed out; please share it again");
        }
    }

    /// <summary>Why this hop must not be fetched, or null. Checked again for every redirect target.</summary>
    private string? Check(Uri url)
    {
        if (url.Scheme != Uri.UriSchemeHttps) return "its download link is not https";
        if (!FileHostPattern.Matches(options.EffectiveFileHosts, url)) return "its download link is not on a Microsoft file host (Teams:FileHosts)";
        return null;
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;

    private TeamsFileDownload TooLarge(TeamsFileLink link) =>
        Refused(link, $"it is larger than {Size(_maxBytes)}; paste the request text or send a smaller file");

    private static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / 1024} KB";

    /// <summary>The host is logged, never the URL: its query string is the credential.</summary>
    private TeamsFileDownload Refused(TeamsFileLink link, string why, Uri url)
    {
        _logger.LogWarning("Refused to download a shared file from {Host}: {Reason}", url.IdnHost, why);
        return Refused(link, why);
    }

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
