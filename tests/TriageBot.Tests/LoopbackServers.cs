using System.Net;
using System.Net.Sockets;

namespace TriageBot.Tests;

/// <summary>Ports and settings for the tests that start the real host on loopback.</summary>
internal static class LoopbackServers
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The repository's appsettings.json with the database in <paramref name="folder"/>/data (the
    /// generated key file lands beside the configuration, outside the database's folder) and the given
    /// replacements, written there; returns its path.</summary>
    public static string WriteConfig(string folder, params (string From, string To)[] replacements)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "appsettings.json"))
            .Replace("\"data/triagebot.db\"", "\"data/cases.db\"", StringComparison.Ordinal);
        foreach (var (from, to) in replacements) text = text.Replace(from, to, StringComparison.Ordinal);
        var path = Path.Combine(folder, "appsettings.json");
        File.WriteAllText(path, text);
        return path;
    }
}
