using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace TriageBot.Teams.Playground.Tests;

/// <summary>One activity the bot sent to the playground's mock connector, as the playground recorded it.</summary>
internal sealed record ConnectorMessage(string Method, string Url, JsonObject Body)
{
    /// <summary>An update of an earlier activity (a card refreshed in place).</summary>
    public bool IsUpdate => Method == "PUT";
}

/// <summary>
/// Microsoft 365 Agents Playground as a child process: <c>node cli.js</c> from the npm folder next to this
/// project (pinned by its package-lock.json, installed by <c>npm ci</c>), on a free loopback port, with its events
/// recording written to a file the test reads. Disposing kills the whole process tree.
/// </summary>
internal sealed class PlaygroundProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _recording;

    private PlaygroundProcess(Process process, string recording, string url)
    {
        _process = process;
        _recording = recording;
        Url = url;
    }

    public string Url { get; }

    /// <summary>The local addresses the process listens on (from /proc/net/tcp and tcp6), e.g. 127.0.0.1:56150.</summary>
    public IReadOnlyList<string> ListeningAddresses()
    {
        var port = new Uri(Url).Port;
        var found = new List<string>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(table)) continue;
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var cols = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (cols.Length < 4 || cols[3] != "0A") continue; // 0A = LISTEN
                var (hex, portHex) = (cols[1].Split(':')[0], cols[1].Split(':')[1]);
                if (Convert.ToInt32(portHex, 16) != port) continue;
                found.Add(hex switch
                {
                    "0100007F" => "127.0.0.1",
                    "00000000" => "0.0.0.0",
                    "00000000000000000000000001000000" => "::1",
                    "00000000000000000000000000000000" => "::",
                    _ => hex,
                } + ":" + port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return found;
    }

    public static async Task<PlaygroundProcess> StartAsync(string botEndpoint, string conversationId, string workDir, TimeSpan readyTimeout)
    {
        var folder = Path.Combine(Repository.Root, "tests", "TriageBot.Teams.Playground.Tests", "playground");
        var cli = Path.Combine(folder, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        Assert.True(File.Exists(cli), $"Agents Playground is not installed: building this project runs `npm ci` in {folder}");
        var port = FreePort();
        var recording = Path.Combine(workDir, "playground-events.log");
        var start = new ProcessStartInfo("node",
            ["--require", Path.Combine(folder, "loopback-only.cjs"), cli, "--app-endpoint", botEndpoint, "--channel-id", "msteams", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
             "--conversation-id", conversationId, "--enable-events-recording", "--disable-telemetry"])
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";   // never try to open a desktop browser
        start.Environment["M365_AGENTS_PLAYGROUND_RECORDING_FILE"] = recording;
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new Xunit.Sdk.XunitException($"node could not be started ({exception.Message}): install Node.js");
        }
        var playground = new PlaygroundProcess(process, recording, $"http://127.0.0.1:{port}/");
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Collect(string? line)
        {
            if (line is null) return;
            lock (playground._output) playground._output.AppendLine(line);
            // The playground falls back to a random port when the one asked for is taken, and says which.
            if (line.StartsWith("Listening on ", StringComparison.Ordinal) && int.TryParse(line["Listening on ".Length..].Trim(), out var actual)) listening.TrySetResult(actual);
        }
        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            var actualPort = await listening.Task.WaitAsync(readyTimeout);
            Assert.True(actualPort == port, $"the playground listens on {actualPort}, not on the port it was given ({port})");
            // Listening is not ready: wait until its API answers.
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(45) };
            var deadline = DateTime.UtcNow + readyTimeout;
            while (true)
            {
                try
                {
                    using var response = await http.GetAsync($"{playground.Url}_internal/v1/config");
                    if (response.IsSuccessStatusCode) break;
                }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) when (DateTime.UtcNow < deadline) { } // a slow first answer on a busy machine
                if (DateTime.UtcNow > deadline) throw new TimeoutException("the playground's API did not answer");
                await Task.Delay(200);
            }
        }
        catch (Exception exception) when (exception is TimeoutException or Xunit.Sdk.XunitException)
        {
            var output = playground.Output;
            playground.Dispose();
            throw new Xunit.Sdk.XunitException($"Agents Playground did not become ready within {readyTimeout.TotalSeconds:0} s ({exception.Message}). Its output:\n{output}");
        }
        return playground;
    }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>What the bot sent to the playground's connector so far, oldest first.</summary>
    public IReadOnlyList<ConnectorMessage> Received()
    {
        var messages = new List<ConnectorMessage>();
        foreach (var entry in Entries())
        {
            if (entry["direction"]?.GetValue<string>() is not { } direction || !direction.StartsWith("User Application", StringComparison.Ordinal)) continue;
            if (entry["request"]?["body"] is JsonObject body)
                messages.Add(new ConnectorMessage(entry["request"]?["method"]?.GetValue<string>() ?? "", entry["request"]?["url"]?.GetValue<string>() ?? "", body));
        }
        return messages;
    }

    /// <summary>Every event in the playground's recording, both directions.</summary>
    private List<JsonNode> Entries()
    {
        if (!File.Exists(_recording)) return [];
        string text;
        using (var stream = new FileStream(_recording, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        using (var reader = new StreamReader(stream))
            text = reader.ReadToEnd();
        var entries = new List<JsonNode>();
        // The recording is pretty-printed JSON events separated by "---" lines; the last one may be half written.
        foreach (var chunk in text.Split("\n---", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            JsonNode? entry;
            try { entry = JsonNode.Parse(chunk); }
            catch (System.Text.Json.JsonException) { continue; }
            if (entry is not null) entries.Add(entry);
        }
        return entries;
    }

    /// <summary>The bot's answer to the last <c>adaptiveCard/action</c> invoke the playground sent, as it recorded it.</summary>
    public async Task<JsonNode> WaitForInvokeResponseAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var invoke = Entries().LastOrDefault(e => e["activityName"]?.GetValue<string>() == "invoke" && e["response"]?["body"] is not null);
            if (invoke is not null) return invoke["response"]!;
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException($"the playground recorded no answered invoke within {timeout.TotalSeconds:0} s");
            await Task.Delay(200);
        }
    }

    public IEnumerable<JsonObject> BotMessages() => Received().Where(m => !m.IsUpdate).Select(m => m.Body);

    public async Task WaitForAsync(Func<IReadOnlyList<ConnectorMessage>, bool> condition, TimeSpan timeout, string failure)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition(Received()))
        {
            if (DateTime.UtcNow > deadline)
                throw new Xunit.Sdk.XunitException($"{failure} within {timeout.TotalSeconds:0} s. The playground received:\n"
                    + string.Join("\n", Received().Select(m => $"{m.Method} {m.Url}: {m.Body["text"]}")) + $"\nIts output:\n{Output}");
            await Task.Delay(200);
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

internal static class Repository
{
    /// <summary>The repository root: the folder with TriageBot.sln above the test binaries.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TriageBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("TriageBot.sln not found above " + AppContext.BaseDirectory);
    }
}
