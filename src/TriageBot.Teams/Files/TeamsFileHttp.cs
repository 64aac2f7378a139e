using System.Net;
using System.Net.Sockets;

namespace TriageBot.Teams.Files;

/// <summary>
/// The HTTP client for shared files. The address is checked where the socket is opened, after DNS: a name on the
/// allow-list that resolves to loopback or a private network (DNS rebinding, a hostile record) is refused before
/// a byte is sent. Redirects are not followed here: <see cref="TeamsFileDownloader"/> checks every hop.
/// </summary>
public sealed class TeamsFileHttp : IDisposable
{
    public TeamsFileHttp() : this(FileConnectionPolicy.PublicOnly) { }

    /// <param name="adjust">Tests only: e.g. trust a loopback server's self-signed certificate.</param>
    internal TeamsFileHttp(FileConnectionPolicy policy, Action<SocketsHttpHandler>? adjust = null)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            // Through a proxy the socket would go to the proxy, and the address check would check the wrong thing.
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = (context, cancellationToken) => ConnectAsync(policy, context.DnsEndPoint, cancellationToken),
        };
        adjust?.Invoke(handler);
        Client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    public void Dispose() => Client.Dispose();

    private static async ValueTask<Stream> ConnectAsync(FileConnectionPolicy policy, DnsEndPoint endpoint, CancellationToken cancellationToken)
    {
        var addresses = await policy.Resolve(endpoint.Host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0) throw new NonPublicAddressException($"{endpoint.Host} does not resolve");
        // Every address must pass, not just one: the socket may try any of them.
        if (addresses.FirstOrDefault(a => !policy.MayConnect(new IPEndPoint(a, endpoint.Port))) is { } refused)
            throw new NonPublicAddressException($"{endpoint.Host} resolves to {refused}, which is not a public address");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>How file downloads resolve names and which endpoints they may reach. Production: DNS and public
/// addresses only; tests swap in a resolver and allow their own loopback server.</summary>
internal sealed record FileConnectionPolicy(Func<string, CancellationToken, Task<IPAddress[]>> Resolve, Func<IPEndPoint, bool> MayConnect)
{
    public static FileConnectionPolicy PublicOnly { get; } = new(Dns.GetHostAddressesAsync, endpoint => PublicAddress.IsPublic(endpoint.Address));
}

/// <summary>A download link led to an address TriageBot must not connect to.</summary>
public sealed class NonPublicAddressException(string message) : IOException(message);
