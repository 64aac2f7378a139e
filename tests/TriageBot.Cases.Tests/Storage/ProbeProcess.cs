using System.Diagnostics;

namespace TriageBot.Cases.Tests.Storage;

/// <summary>The store probe (tests/TriageBot.Cases.StoreProbe) run as a second process with <c>dotnet</c>.</summary>
internal sealed class ProbeProcess : IDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    private ProbeProcess(Process process) => Process = process;

    public Process Process { get; }

    public static ProbeProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ProbeDll());
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        return new ProbeProcess(Process.Start(start) ?? throw new InvalidOperationException("The probe did not start."));
    }

    /// <summary>Runs the probe to its end: its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var probe = Start(args, environment);
        probe.Process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        var output = probe.Process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = probe.Process.StandardError.ReadToEndAsync(timeout.Token);
        await probe.Process.WaitForExitAsync(timeout.Token);
        return (probe.Process.ExitCode, await output + await errors);
    }

    public async Task<string?> ReadLineAsync()
    {
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        return await Process.StandardOutput.ReadLineAsync(timeout.Token);
    }

    public void Dispose()
    {
        try
        {
            if (!Process.HasExited) Process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Exited in between.
        }
        Process.Dispose();
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Next to the tests (the test project references the probe), else in the probe's own output folder.</summary>
    private static string ProbeDll()
    {
        const string name = "TriageBot.Cases.StoreProbe";
        var here = AppContext.BaseDirectory;
        if (File.Exists(Path.Combine(here, name + ".runtimeconfig.json"))) return Path.Combine(here, name + ".dll");
        var tfm = new DirectoryInfo(here).Name;
        var configuration = new DirectoryInfo(here).Parent!.Name;
        var own = Path.GetFullPath(Path.Combine(here, "..", "..", "..", "..", name, "bin", configuration, tfm, name + ".dll"));
        return File.Exists(own) ? own : throw new FileNotFoundException("Build tests/TriageBot.Cases.StoreProbe first.", own);
    }
}
