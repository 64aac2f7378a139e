using System.IO.Compression;
using System.Text.Json;

namespace TriageBot.Tests;

public sealed class TeamsPackageCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-package-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Config(string appId)
    {
        return LoopbackServers.WriteConfig(_dir, ("\"AppId\": \"\"", $"\"AppId\": \"{appId}\""));
    }

    [Fact]
    public async Task The_package_carries_the_configured_app_id_and_both_icons()
    {
        var zip = Path.Combine(_dir, "triagebot.zip");

        var run = await CommandLineRun.RunWithAsync(Config("11111111-2222-3333-4444-555555555555"), null,
            "teams", "package", "--out", zip, "--manifests", Path.Combine(RepositoryPaths.Root, "manifests", "teams"));

        Assert.Equal(0, run.ExitCode);
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
        using var manifest = JsonDocument.Parse(archive.GetEntry("manifest.json")!.Open());
        Assert.Equal("11111111-2222-3333-4444-555555555555", manifest.RootElement.GetProperty("id").GetString());
        Assert.Equal("11111111-2222-3333-4444-555555555555", manifest.RootElement.GetProperty("bots")[0].GetProperty("botId").GetString());
    }

    [Fact]
    public async Task Without_an_app_id_the_package_is_refused_with_the_reason()
    {
        var run = await CommandLineRun.RunWithAsync(Config(""), null, "teams", "package", "--out", Path.Combine(_dir, "x.zip"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Teams:AppId is not set", run.Error);
        Assert.False(File.Exists(Path.Combine(_dir, "x.zip")));
    }
}
