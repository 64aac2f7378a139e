using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TriageBot.Teams.Files;

namespace TriageBot.Teams.Tests;

internal static class TeamsOptionsCopy
{
    /// <summary>Fills options built by the options pattern from a test's ready-made instance.</summary>
    public static void CopyTo(this TeamsOptions from, TeamsOptions to)
    {
        foreach (var property in typeof(TeamsOptions).GetProperties().Where(p => p.CanWrite))
            property.SetValue(to, property.GetValue(from));
    }
}

/// <summary>Captures log lines, so tests can see what an operator would see (and what must not be there).</summary>
internal sealed class ListLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message, Exception? Exception)> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new ListLogger(this, categoryName);

    public void Dispose() { }

    private sealed class ListLogger(ListLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider.Lines.Enqueue((category, logLevel, formatter(state, exception), exception));
    }
}

/// <summary>
/// A stand-in for OneDrive: an https server on 127.0.0.1 with a self-signed certificate. It serves files and
/// redirects and counts requests. <see cref="Http"/> is the production file client with two test changes:
/// names under <c>contoso.sharepoint.com</c> resolve to where the test says, and this one server's endpoint is
/// exempt from the public-address rule (every other address is checked as in production).
/// </summary>
internal sealed class HttpsFileServer : IAsyncDisposable
{
    public const string FileHost = "contoso-my.sharepoint.com";
    private readonly WebApplication _app;
    private readonly X509Certificate2 _certificate;
    private int _requests;

    private HttpsFileServer(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        _certificate = certificate;
    }

    public int Port { get; private set; }
    public int Requests => Volatile.Read(ref _requests);
    public IPEndPoint Endpoint => new(IPAddress.Loopback, Port);

    /// <summary>Where test names resolve; anything else goes to real DNS.</summary>
    public ConcurrentDictionary<string, IPAddress> Names { get; } = new(StringComparer.OrdinalIgnoreCase) { [FileHost] = IPAddress.Loopback };

    public string Url(string path) => $"https://{FileHost}:{Port}{path}";

    public static async Task<HttpsFileServer> StartAsync()
    {
        var certificate = SelfSigned();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        var server = new HttpsFileServer(app, certificate);
        app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref server._requests);
            await next(context);
        });
        app.MapGet("/files/{name}", (string name) => name == "big.pdf"
            ? Results.Bytes(new byte[2048], "application/pdf")
            : Results.Bytes("Subject: Subpoena"u8.ToArray(), "message/rfc822"));
        app.MapGet("/unsized", async (HttpContext context) =>
        {
            // Chunked, no Content-Length: the limit must hold while reading.
            context.Response.ContentType = "application/pdf";
            for (var i = 0; i < 4; i++) await context.Response.Body.WriteAsync(new byte[1024]);
        });
        app.MapGet("/redirect", (string to) => Results.Redirect(to));
        app.MapGet("/loop", () => Results.Redirect("/loop"));
        await app.StartAsync();
        server.Port = new Uri(Loopback.Address(app)).Port;
        return server;
    }

    public TeamsFileHttp Http() => new(
        new FileConnectionPolicy(
            (host, cancellationToken) => Names.TryGetValue(host, out var address) ? Task.FromResult(new[] { address }) : Dns.GetHostAddressesAsync(host, cancellationToken),
            endpoint => endpoint.Equals(Endpoint) || PublicAddress.IsPublic(endpoint.Address)),
        handler => handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is not null && certificate.GetCertHashString() == _certificate.GetCertHashString());

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={FileHost}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Re-imported so the private key is usable by the TLS stack on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _certificate.Dispose();
    }
}
