using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;
using TriageBot.Teams.Package;

namespace TriageBot.Teams.Tests;

public sealed class TeamsAppPackageTests
{
    private const string AppId = "00000000-1111-2222-3333-444444444444";
    private const string BotId = "55555555-6666-7777-8888-999999999999";
    private static readonly string Folder = Path.Combine(RepositoryRoot(), "manifests", "teams");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TriageBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("TriageBot.sln not found above the test binaries");
    }

    [Fact]
    public async Task The_shipped_manifest_filled_with_ids_writes_a_zip_teams_accepts()
    {
        var package = await TeamsAppPackage.LoadAsync(Folder, CancellationToken.None);
        using var zipBytes = new MemoryStream();

        await package.WriteAsync(zipBytes, AppId, BotId, CancellationToken.None);

        zipBytes.Position = 0;
        using var zip = new ZipArchive(zipBytes);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        var manifest = JsonNode.Parse(zip.GetEntry("manifest.json")!.Open())!;
        Assert.Equal((AppId, BotId), ((string?)manifest["id"], (string?)manifest["bots"]![0]!["botId"]));
        Assert.StartsWith("https://developer.microsoft.com/json-schemas/teams/v1.", (string?)manifest["$schema"]);
    }

    [Fact]
    public async Task The_command_lists_name_only_real_commands_and_cover_each_one()
    {
        var package = await TeamsAppPackage.LoadAsync(Folder, CancellationToken.None);
        var titles = package.Fill(AppId)["bots"]![0]!["commandLists"]!.AsArray()
            .SelectMany(l => l!["commands"]!.AsArray()).Select(c => (string)c!["title"]!).ToHashSet();

        Assert.Equal(["assign", "case", "help", "mine", "note", "oncall", "overdue", "queue", "remind", "stats", "status"], titles.Order());
    }

    [Fact]
    public async Task The_bot_id_defaults_to_the_app_id()
    {
        var package = await TeamsAppPackage.LoadAsync(Folder, CancellationToken.None);

        Assert.Equal(AppId, (string?)package.Fill(AppId, botId: null)["bots"]![0]!["botId"]);
    }

    [Fact]
    public async Task An_app_id_that_is_not_a_guid_is_refused_before_anything_is_written()
    {
        var package = await TeamsAppPackage.LoadAsync(Folder, CancellationToken.None);
        using var output = new MemoryStream();

        var error = await Assert.ThrowsAsync<TeamsAppPackageException>(() => package.WriteAsync(output, "my-bot", null, CancellationToken.None));

        Assert.Contains(error.Problems, p => p.StartsWith("id must be a GUID", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.StartsWith("bots[].botId must be a GUID", StringComparison.Ordinal));
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task Icons_of_the_wrong_size_or_an_opaque_outline_are_reported()
    {
        var manifest = await File.ReadAllTextAsync(Path.Combine(Folder, "manifest.json"));
        var package = new TeamsAppPackage(manifest, Png(96, 96, colourType: 6), Png(32, 32, colourType: 2));

        var problems = package.Validate(package.Fill(AppId));

        Assert.Contains("icons.color: 96×96 pixels, must be 192×192", problems);
        Assert.Contains("icons.outline: must have a transparent background (no alpha channel)", problems);
    }

    [Fact]
    public async Task More_than_ten_commands_in_a_scope_and_missing_fields_are_all_reported()
    {
        var package = await TeamsAppPackage.LoadAsync(Folder, CancellationToken.None);
        var manifest = package.Fill(AppId);
        var commands = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();
        commands.Add(new JsonObject { ["title"] = "stats", ["description"] = "Statistics" });
        manifest.Remove("accentColor");
        manifest["developer"]!.AsObject().Remove("privacyUrl");

        var problems = package.Validate(manifest);

        Assert.Contains("bots[].commandLists: 11 commands for scope personal; Teams shows at most 10", problems);
        Assert.Contains("accentColor is required", problems);
        Assert.Contains("developer.privacyUrl is required", problems);
    }

    /// <summary>A minimal, valid PNG (blank pixels) of any size: signature, IHDR, one IDAT, IEND.</summary>
    private static byte[] Png(int width, int height, byte colourType)
    {
        var channels = colourType switch { 6 => 4, 4 => 2, 2 => 3, _ => 1 };
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = colourType;
        using var pixels = new MemoryStream();
        using (var z = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
            z.Write(new byte[(1 + width * channels) * height]);
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR"u8, header);
        Chunk(png, "IDAT"u8, pixels.ToArray());
        Chunk(png, "IEND"u8, []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, ReadOnlySpan<byte> type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(type);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32([.. type, .. data]));
        png.Write(number);
    }

    /// <summary>The PNG chunk checksum (CRC-32, polynomial 0xEDB88320), bit by bit: icons are tiny.</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
