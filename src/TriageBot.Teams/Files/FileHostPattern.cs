using System.Net;

namespace TriageBot.Teams.Files;

/// <summary>The <c>Teams:FileHosts</c> allow-list: <c>contoso.sharepoint.com</c> matches that name,
/// <c>*.sharepoint.com</c> any name below it (not <c>sharepoint.com</c> itself). Case-insensitive, on the
/// punycode form so look-alike Unicode names don't slip through.</summary>
public static class FileHostPattern
{
    public static bool IsValid(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern)) return false;
        var name = pattern.StartsWith("*.", StringComparison.Ordinal) ? pattern[2..] : pattern;
        return name.Length > 0 && !name.Contains('*') && Uri.CheckHostName(name) is UriHostNameType.Dns or UriHostNameType.IPv4;
    }

    public static bool Matches(IEnumerable<string> patterns, Uri uri)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(uri);
        var host = uri.IdnHost.TrimEnd('.');
        return patterns.Any(p => Matches(p, host));
    }

    private static bool Matches(string pattern, string host)
    {
        if (!IsValid(pattern)) return false;
        if (!pattern.StartsWith("*.", StringComparison.Ordinal)) return string.Equals(pattern, host, StringComparison.OrdinalIgnoreCase);
        // A wildcard never matches an address literal: 10.0.0.1 is not "below" anything.
        if (IPAddress.TryParse(host, out _)) return false;
        return host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase) && host.Length > pattern.Length - 1;
    }
}
