using System.CommandLine;
using Microsoft.Extensions.Configuration;
using TriageBot.Teams;
using TriageBot.Teams.Package;

namespace TriageBot.Cli;

/// <summary><c>triagebot teams package --out FILE</c>: the zip to upload to Teams, with the app id (and bot id)
/// from <c>Teams:AppId</c>, checked before it is written.</summary>
public static class TeamsPackageCommand
{
    public static Command Create(CliContext cli)
    {
        var output = new Option<string>("--out") { Description = "Where to write the app package (.zip)", Required = true };
        var manifests = new Option<string>("--manifests") { Description = "The manifest folder", DefaultValueFactory = _ => Path.Combine("manifests", "teams") };
        var botId = new Option<string?>("--bot-id") { Description = "The Azure Bot's app id, when it differs from Teams:AppId" };
        var package = new Command("package", "Write the uploadable Teams app package (manifest.json, color.png, outline.png)") { output, manifests, botId };
        package.SetAction(async (parse, cancellationToken) =>
        {
            var appId = cli.Settings.Configuration.GetSection(TeamsOptions.SectionName).Get<TeamsOptions>()?.AppId;
            if (string.IsNullOrWhiteSpace(appId))
            {
                await cli.Error.WriteLineAsync("triagebot: Teams:AppId is not set; the package needs the bot's Microsoft app id.");
                return ExitCodes.UsageOrConfiguration;
            }
            var path = parse.GetValue(output)!;
            try
            {
                var app = await TeamsAppPackage.LoadAsync(parse.GetValue(manifests)!, cancellationToken);
                using var buffer = new MemoryStream();
                // Validated in memory first, so a refused manifest leaves no half-written zip behind.
                await app.WriteAsync(buffer, appId, parse.GetValue(botId), cancellationToken);
                await File.WriteAllBytesAsync(path, buffer.ToArray(), cancellationToken);
            }
            catch (TeamsAppPackageException e)
            {
                await cli.Error.WriteLineAsync("triagebot: " + e.Message);
                return ExitCodes.UsageOrConfiguration;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
            {
                await cli.Error.WriteLineAsync($"triagebot: {e.Message}");
                return ExitCodes.UsageOrConfiguration;
            }
            await cli.Output.WriteLineAsync($"Wrote {path}: upload it in Teams (Apps > Manage your apps > Upload an app).");
            return ExitCodes.Ok;
        });
        return new Command("teams", "The Microsoft Teams app") { package };
    }
}
