using System.Net;
using System.Text;
using TriageBot.Teams.Files;

namespace TriageBot.Teams.Tests;

/// <summary>Shared files come only from Microsoft's file hosts, over https, from public addresses — checked on
/// the address the socket really connects to, and again on every redirect.</summary>
public sealed class TeamsFileDownloaderTests : IAsyncLifetime
{
    private HttpsFileServer _server = null!;

    public async Task InitializeAsync() => _server = await HttpsFileServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static TeamsFileLink Link(string url) => new("request.eml", url, "eml");

    private async Task<TeamsFileDownload> DownloadAsync(string url, TeamsOptions? options = null, TeamsFileHttp? http = null, long? maxBytes = null)
    {
        using var testHttp = _server.Http();
        return await new TeamsFileDownloader(http ?? testHttp, options ?? new TeamsOptions(), maxBytes is { } max ? new TriageBot.Intake.IntakeLimits(MaxBytes: max) : null).DownloadAsync(Link(url), CancellationToken.None);
    }

    [Fact]
    public async Task A_link_on_the_onedrive_host_is_downloaded()
    {
        var download = await DownloadAsync(_server.Url("/files/request.eml"));

        Assert.Null(download.Problem);
        Assert.Equal("Subject: Subpoena", Encoding.UTF8.GetString(download.File!.Content));
    }

    [Theory]
    [InlineData("https://127.0.0.1:{port}/files/request.eml")]
    [InlineData("https://localhost:{port}/files/request.eml")]
    [InlineData("https://10.1.2.3/files/request.eml")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://[::1]:{port}/files/request.eml")]
    [InlineData("https://files.example.com/request.eml")]
    [InlineData("https://sharepoint.com.evil.example/request.eml")]
    public async Task A_link_outside_the_file_hosts_is_not_fetched(string url)
    {
        using var production = new TeamsFileHttp();

        var download = await DownloadAsync(url.Replace("{port}", _server.Port.ToString(), StringComparison.Ordinal), http: production);

        Assert.Null(download.File);
        Assert.Equal("I did not read request.eml: its download link is not on a Microsoft file host (Teams:FileHosts).", download.Problem);
        Assert.Equal(0, _server.Requests);
    }

    [Theory]
    [InlineData("https://127.0.0.1:{port}/files/request.eml")]
    [InlineData("https://localhost:{port}/files/request.eml")]
    [InlineData("https://10.1.2.3/files/request.eml")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    public async Task Even_a_listed_host_is_refused_when_its_resolved_address_is_not_public(string url)
    {
        // The allow-list names them, so only the connect-time check on the resolved address stands in the way.
        var options = new TeamsOptions { FileHosts = ["127.0.0.1", "localhost", "10.1.2.3", "169.254.169.254"] };
        using var production = new TeamsFileHttp();

        var download = await DownloadAsync(url.Replace("{port}", _server.Port.ToString(), StringComparison.Ordinal), options, production);

        Assert.Null(download.File);
        Assert.Equal("I did not read request.eml: its download link leads to a private or local network address.", download.Problem);
        Assert.Equal(0, _server.Requests);
    }

    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData("127.0.0.3")] // loopback, but not the test server's own exempt endpoint
    [InlineData("169.254.169.254")]
    [InlineData("fd00::5")]
    [InlineData("::ffff:192.168.1.1")]
    public async Task A_onedrive_name_that_resolves_to_a_private_address_is_refused(string address)
    {
        _server.Names["evil-my.sharepoint.com"] = IPAddress.Parse(address);

        var download = await DownloadAsync($"https://evil-my.sharepoint.com:{_server.Port}/files/request.eml");

        Assert.Equal("I did not read request.eml: its download link leads to a private or local network address.", download.Problem);
        Assert.Equal(0, _server.Requests);
    }

    [Theory]
    [InlineData("https://localhost:{port}/files/request.eml", "its download link is not on a Microsoft file host (Teams:FileHosts)")]
    [InlineData("https://127.0.0.1:{port}/files/request.eml", "its download link is not on a Microsoft file host (Teams:FileHosts)")]
    [InlineData("http://contoso-my.sharepoint.com:{port}/files/request.eml", "its download link is not https")]
    [InlineData("https://rebound-my.sharepoint.com:{port}/files/request.eml", "its download link leads to a private or local network address")]
    public async Task Every_redirect_hop_is_checked_like_the_first_link(string target, string problem)
    {
        _server.Names["rebound-my.sharepoint.com"] = IPAddress.Parse("127.0.0.2"); // loopback, but not the test's exempt endpoint
        var to = Uri.EscapeDataString(target.Replace("{port}", _server.Port.ToString(), StringComparison.Ordinal));

        var download = await DownloadAsync(_server.Url($"/redirect?to={to}"));

        Assert.Equal($"I did not read request.eml: {problem}.", download.Problem);
        Assert.Equal(1, _server.Requests); // the redirect itself, nothing after it
    }

    [Fact]
    public async Task A_redirect_within_the_file_host_is_followed()
    {
        var download = await DownloadAsync(_server.Url($"/redirect?to={Uri.EscapeDataString(_server.Url("/files/request.eml"))}"));

        Assert.Equal("Subject: Subpoena", Encoding.UTF8.GetString(download.File!.Content));
        Assert.Equal(2, _server.Requests);
    }

    [Fact]
    public async Task Redirects_are_followed_only_up_to_the_limit()
    {
        var download = await DownloadAsync(_server.Url("/loop"), new TeamsOptions { MaxFileRedirects = 3 });

        Assert.Equal("I did not read request.eml: its download link redirected more than 3 times.", download.Problem);
        Assert.Equal(4, _server.Requests);
    }

    [Theory]
    [InlineData("/files/big.pdf")]
    [InlineData("/unsized")]
    public async Task A_file_over_the_limit_is_refused_with_the_limit_named(string path)
    {
        var download = await DownloadAsync(_server.Url(path), maxBytes: 1024);

        Assert.Null(download.File);
        Assert.Equal("I did not read request.eml: it is larger than 1 KB; paste the request text or send a smaller file.", download.Problem);
    }

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("2606:4700:4700::1111", true)]
    [InlineData("100.64.0.1", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("192.168.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("::", false)]
    [InlineData("64:ff9b::a00:1", false)]
    [InlineData("2002:7f00:1::", false)]
    public void Only_public_unicast_addresses_are_public(string address, bool isPublic) =>
        Assert.Equal(isPublic, PublicAddress.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("*.sharepoint.com", "https://contoso-my.sharepoint.com/x", true)]
    [InlineData("*.sharepoint.com", "https://CONTOSO-MY.SharePoint.com./x", true)]
    [InlineData("*.sharepoint.com", "https://sharepoint.com/x", false)]
    [InlineData("*.sharepoint.com", "https://evilsharepoint.com/x", false)]
    [InlineData("*.sharepoint.com", "https://sharepoint.com.evil.example/x", false)]
    [InlineData("contoso.sharepoint.com", "https://a.contoso.sharepoint.com/x", false)]
    public void File_host_patterns_match_the_name_or_names_below_it(string pattern, string url, bool matches) =>
        Assert.Equal(matches, FileHostPattern.Matches([pattern], new Uri(url)));
}
