using System.Diagnostics;
using System.Text;

namespace TriageBot.Tests;

/// <summary>The real <c>triagebot serve</c> as a second process (the built triagebot.dll run with dotnet), so a
/// test can kill it the way an operating system or an operator does.</summary>
internal sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private HostProcess(Process process, string url)
    {
        _process = process;
        Url = url;
        process.OutputDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Url { get; }

    public string Log
    {
        get { lock (_log) return _log.ToString(); }
    }

    public static async Task<HostProcess> StartAsync(string configFile, IReadOnlyDictionary<string, string> environment)
    {
        var port = LoopbackServers.FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } dotnet ? dotnet : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "triagebot.dll"));
        foreach (var arg in new[] { "serve", "--urls", $"http://127.0.0.1:{port}" }) start.ArgumentList.Add(arg);
        start.Environment["TRIAGEBOT_CONFIG"] = configFile;
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var host = new HostProcess(Process.Start(start) ?? throw new InvalidOperationException("triagebot did not start"), $"http://127.0.0.1:{port}/");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (host._process.HasExited) throw new InvalidOperationException("triagebot serve exited: " + host.Log);
            try
            {
                if ((await http.GetAsync(host.Url + "health")).IsSuccessStatusCode) return host;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        host.Dispose();
        throw new TimeoutException("triagebot serve did not answer /health");
    }

    /// <summary>SIGKILL: no shutdown code runs at all.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as systemd or docker stop sends it: the host stops gracefully; waits (bounded) for the exit.</summary>
    public async Task TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill!.WaitForExitAsync();
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(bound.Token);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill();
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }
}
