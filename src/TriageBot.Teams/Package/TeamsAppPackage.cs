using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TriageBot.Teams.Package;

/// <summary>The manifest was not fit to upload; every problem is listed, so one run shows them all.</summary>
public sealed class TeamsAppPackageException(IReadOnlyList<string> problems)
    : Exception("The Teams app package is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// The uploadable Teams app: <c>manifest.json</c> with the app id and bot id filled in from configuration, and
/// the two icons. Checked before it is written (Teams' own upload reports one error at a time): required fields,
/// id formats, lengths, icon sizes read from the PNG headers, at most ten commands per scope.
/// </summary>
public sealed partial class TeamsAppPackage
{
    public const string ManifestFile = "manifest.json";
    public const string AppIdPlaceholder = "{{APP_ID}}";
    public const string BotIdPlaceholder = "{{BOT_ID}}";
    public const int MaxCommandsPerScope = 10;
    private static readonly string[] BotScopes = ["personal", "team", "groupChat"];

    private readonly string _manifestTemplate;
    private readonly byte[] _color;
    private readonly byte[] _outline;

    public TeamsAppPackage(string manifestTemplate, byte[] color, byte[] outline)
    {
        _manifestTemplate = manifestTemplate ?? throw new ArgumentNullException(nameof(manifestTemplate));
        _color = color ?? throw new ArgumentNullException(nameof(color));
        _outline = outline ?? throw new ArgumentNullException(nameof(outline));
    }

    /// <summary>The template folder (<c>manifests/teams</c>): manifest.json and the icons it names.</summary>
    public static async Task<TeamsAppPackage> LoadAsync(string folder, CancellationToken cancellationToken)
    {
        var manifest = await File.ReadAllTextAsync(Path.Combine(folder, ManifestFile), cancellationToken).ConfigureAwait(false);
        var icons = JsonNode.Parse(manifest)?["icons"];
        var color = await File.ReadAllBytesAsync(Path.Combine(folder, (string?)icons?["color"] ?? "color.png"), cancellationToken).ConfigureAwait(false);
        var outline = await File.ReadAllBytesAsync(Path.Combine(folder, (string?)icons?["outline"] ?? "outline.png"), cancellationToken).ConfigureAwait(false);
        return new TeamsAppPackage(manifest, color, outline);
    }

    /// <summary>The manifest with the ids filled in; the bot id defaults to the app id (one Entra app for both).</summary>
    public JsonObject Fill(string appId, string? botId = null)
    {
        var filled = _manifestTemplate
            .Replace(AppIdPlaceholder, appId, StringComparison.Ordinal)
            .Replace(BotIdPlaceholder, string.IsNullOrWhiteSpace(botId) ? appId : botId, StringComparison.Ordinal);
        return JsonNode.Parse(filled) as JsonObject ?? throw new TeamsAppPackageException(["manifest.json is not a JSON object"]);
    }

    /// <summary>Every problem found; empty when the package may be uploaded.</summary>
    public IReadOnlyList<string> Validate(JsonObject manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var problems = new List<string>();
        Require(problems, manifest, "$schema", v => v.StartsWith("https://developer.microsoft.com/json-schemas/teams/", StringComparison.Ordinal), "the Teams manifest schema URL");
        Require(problems, manifest, "manifestVersion", v => ManifestVersion().IsMatch(v), "a version such as 1.19");
        Require(problems, manifest, "version", v => SemVer().IsMatch(v), "major.minor.patch");
        Require(problems, manifest, "id", IsGuid, "a GUID (the Entra app id)");
        foreach (var field in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
            Require(problems, manifest, "developer." + field, v => v.StartsWith("https://", StringComparison.Ordinal), "an https URL");
        Require(problems, manifest, "developer.name", v => v.Length <= 32, "at most 32 characters");
        Require(problems, manifest, "name.short", v => v.Length <= 30, "at most 30 characters");
        Require(problems, manifest, "name.full", v => v.Length <= 100, "at most 100 characters");
        Require(problems, manifest, "description.short", v => v.Length <= 80, "at most 80 characters");
        Require(problems, manifest, "description.full", v => v.Length <= 4000, "at most 4000 characters");
        Require(problems, manifest, "accentColor", v => AccentColor().IsMatch(v), "#RRGGBB");
        Require(problems, manifest, "icons.color", _ => true, "a file name");
        Require(problems, manifest, "icons.outline", _ => true, "a file name");
        CheckIcon(problems, "color", _color, 192, 192, needsTransparency: false);
        CheckIcon(problems, "outline", _outline, 32, 32, needsTransparency: true);
        CheckBots(problems, manifest["bots"] as JsonArray);
        if (manifest.ToJsonString().Contains("{{", StringComparison.Ordinal)) problems.Add("a {{placeholder}} was left unfilled");
        return problems;
    }

    /// <summary>Validates and writes the zip Teams accepts (manifest.json and the icons at its root).</summary>
    public async Task WriteAsync(Stream output, string appId, string? botId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var manifest = Fill(appId, botId);
        var problems = Validate(manifest);
        if (problems.Count > 0) throw new TeamsAppPackageException(problems);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await AddAsync(zip, ManifestFile, Encoding.UTF8.GetBytes(manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true })), cancellationToken).ConfigureAwait(false);
        await AddAsync(zip, (string)manifest["icons"]!["color"]!, _color, cancellationToken).ConfigureAwait(false);
        await AddAsync(zip, (string)manifest["icons"]!["outline"]!, _outline, cancellationToken).ConfigureAwait(false);
    }

    private static async Task AddAsync(ZipArchive zip, string name, byte[] content, CancellationToken cancellationToken)
    {
        await using var entry = await zip.CreateEntry(name, CompressionLevel.Optimal).OpenAsync(cancellationToken).ConfigureAwait(false);
        await entry.WriteAsync(content, cancellationToken).ConfigureAwait(false);
    }

    private static void CheckBots(List<string> problems, JsonArray? bots)
    {
        if (bots is null || bots.Count == 0)
        {
            problems.Add("bots: TriageBot is a bot; one entry is required");
            return;
        }
        foreach (var bot in bots.OfType<JsonObject>())
        {
            Require(problems, bot, "botId", IsGuid, "a GUID (the Azure Bot's app id)", "bots[].");
            var scopes = Strings(bot["scopes"]);
            if (scopes.Count == 0 || scopes.Any(s => !BotScopes.Contains(s, StringComparer.Ordinal)))
                problems.Add($"bots[].scopes must be some of {string.Join(", ", BotScopes)}");
            var perScope = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var list in (bot["commandLists"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var commands = (list["commands"] as JsonArray ?? []).OfType<JsonObject>().ToList();
                foreach (var scope in Strings(list["scopes"])) perScope[scope] = perScope.GetValueOrDefault(scope) + commands.Count;
                foreach (var command in commands)
                {
                    Require(problems, command, "title", v => v.Length <= 32, "at most 32 characters", "bots[].commandLists[].commands[].");
                    Require(problems, command, "description", v => v.Length <= 128, "at most 128 characters", "bots[].commandLists[].commands[].");
                }
            }
            foreach (var (scope, count) in perScope.Where(p => p.Value > MaxCommandsPerScope))
                problems.Add($"bots[].commandLists: {count} commands for scope {scope}; Teams shows at most {MaxCommandsPerScope}");
        }
    }

    /// <summary>Width and height from the IHDR chunk, which a PNG must start with.</summary>
    private static void CheckIcon(List<string> problems, string name, byte[] png, int width, int height, bool needsTransparency)
    {
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (png.Length < 33 || !png.AsSpan(0, 8).SequenceEqual(signature) || !png.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            problems.Add($"icons.{name}: not a PNG file");
            return;
        }
        var (w, h) = (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        if (w != width || h != height) problems.Add($"icons.{name}: {w}×{h} pixels, must be {width}×{height}");
        // Colour types 4 and 6 carry alpha; a palette or grey image could use tRNS, which is simply searched for.
        var colourType = png[25];
        if (needsTransparency && colourType is not (4 or 6) && png.AsSpan().IndexOf("tRNS"u8) < 0)
            problems.Add($"icons.{name}: must have a transparent background (no alpha channel)");
    }

    private static void Require(List<string> problems, JsonObject root, string path, Func<string, bool> valid, string expectation, string prefix = "")
    {
        JsonNode? node = root;
        foreach (var part in path.Split('.')) node = node is JsonObject obj ? obj[part] : null;
        var value = node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
        if (string.IsNullOrWhiteSpace(value)) problems.Add($"{prefix}{path} is required");
        else if (!valid(value)) problems.Add($"{prefix}{path} must be {expectation} (is \"{value}\")");
    }

    private static List<string> Strings(JsonNode? node) =>
        [.. (node as JsonArray ?? []).Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : "")];

    private static bool IsGuid(string value) => Guid.TryParseExact(value, "D", out _);

    [GeneratedRegex(@"^1\.\d{1,2}$")]
    private static partial Regex ManifestVersion();

    [GeneratedRegex(@"^\d{1,10}\.\d{1,10}\.\d{1,10}$")]
    private static partial Regex SemVer();

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex AccentColor();
}
