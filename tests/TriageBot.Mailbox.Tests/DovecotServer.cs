using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TriageBot.Mailbox.Tests;

/// <summary>
/// A real dovecot IMAP server on loopback for one test: its own configuration, passwd-file user and maildir in a
/// temporary folder, run in the foreground as an unprivileged user (the current one, or nobody when the tests
/// run as root). Mail is delivered with dovecot's own delivery agent (dovecot-lda), the way an MTA hands it over.
/// </summary>
internal sealed class DovecotServer : IAsyncDisposable
{
    public const string User = "legal";
    public const string Password = "s3cret-imap-password";
    public const string PasswordVariable = "TRIAGEBOT_TEST_IMAP_PASSWORD";
    private const string Dovecot = "/usr/sbin/dovecot";
    private const string Lda = "/usr/lib/dovecot/dovecot-lda";

    private readonly string _dir;
    private readonly bool _idle;
    private readonly string? _introspectionUrl;
    private Process? _process;

    private DovecotServer(string dir, int port, bool idle, string? introspectionUrl)
    {
        _dir = dir;
        Port = port;
        _idle = idle;
        _introspectionUrl = introspectionUrl;
    }

    public int Port { get; }

    public string Log => File.Exists(Path.Combine(_dir, "dovecot.log")) ? File.ReadAllText(Path.Combine(_dir, "dovecot.log")) : "";

    /// <param name="idle">False: the server does not offer IDLE, so clients must poll.</param>
    /// <param name="introspectionUrl">Also accept XOAUTH2, asking this OAuth2 token introspection endpoint
    /// (RFC 7662, POST) whether a token is active and whose it is — as Microsoft 365 and Gmail check theirs.</param>
    public static async Task<DovecotServer> StartAsync(bool idle = true, string? introspectionUrl = null)
    {
        if (!File.Exists(Dovecot))
            throw new InvalidOperationException($"{Dovecot} is missing: run tests/TriageBot.Mailbox.Tests/install-dovecot.sh (apt-get install dovecot-imapd)");
        Environment.SetEnvironmentVariable(PasswordVariable, Password);
        var dir = Directory.CreateTempSubdirectory("triagebot-dovecot-").FullName;
        var server = new DovecotServer(dir, FreePort(), idle, introspectionUrl);
        server.WriteConfiguration();
        await server.StartProcessAsync();
        return server;
    }

    /// <summary>Stops the server (connections drop), keeping its mail.</summary>
    public async Task StopAsync()
    {
        if (_process is null) return;
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
        // The master's children (imap, imap-login) are in its process group; make sure none still holds the port.
        for (var i = 0; i < 100 && Accepts(Port); i++) await Task.Delay(100);
    }

    public Task RestartAsync() => StartProcessAsync();

    /// <summary>Delivers raw message bytes to the user's INBOX through dovecot-lda.</summary>
    public async Task DeliverAsync(byte[] message)
    {
        var start = Start(Lda, "-c", ConfigPath, "-d", User);
        start.RedirectStandardInput = true;
        using var lda = Process.Start(start)!;
        await lda.StandardInput.BaseStream.WriteAsync(message);
        lda.StandardInput.Close();
        var error = await lda.StandardError.ReadToEndAsync();
        await lda.WaitForExitAsync();
        if (lda.ExitCode != 0) throw new InvalidOperationException($"dovecot-lda failed ({lda.ExitCode}): {error}");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private string ConfigPath => Path.Combine(_dir, "dovecot.conf");

    private static bool RunsAsRoot => Environment.UserName == "root";

    private void WriteConfiguration()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "home"));
        File.WriteAllText(Path.Combine(_dir, "passwd"), $"{User}:{{PLAIN}}{Password}::::::\n");
        var (user, group) = RunsAsRoot ? ("nobody", "nogroup") : (Environment.UserName, Output("id", "-gn"));
        var uid = Output("id", "-u", user);
        var gid = Output("id", "-g", user);
        // Without IDLE in the capability list the client has to poll, as with servers that lack it.
        var oauth = "";
        if (_introspectionUrl is not null)
        {
            File.WriteAllText(Path.Combine(_dir, "oauth2.conf.ext"),
                $"introspection_mode = post\nintrospection_url = {_introspectionUrl}\nusername_attribute = username\nactive_attribute = active\nactive_value = true\n");
            oauth = $"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = {_dir}/oauth2.conf.ext\n}}\n";
        }
        var capability = _idle ? "" : "protocol imap {\n  imap_capability = IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE LITERAL+ UIDPLUS MOVE NAMESPACE\n}\n";
        File.WriteAllText(ConfigPath, $$"""
            protocols = imap
            listen = 127.0.0.1
            base_dir = {{_dir}}/run
            state_dir = {{_dir}}/state
            log_path = {{_dir}}/dovecot.log
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login{{(_introspectionUrl is null ? "" : " xoauth2 oauthbearer")}}
            default_internal_user = {{user}}
            default_internal_group = {{group}}
            default_login_user = {{user}}
            first_valid_uid = 0
            mail_location = maildir:~/Maildir
            {{oauth}}
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{_dir}}/passwd
            }
            userdb {
              driver = static
              args = uid={{uid}} gid={{gid}} home={{_dir}}/home/%u
            }
            service imap-login {
              chroot =
              inet_listener imap {
                address = 127.0.0.1
                port = {{Port}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            service anvil {
              chroot =
            }
            {{capability}}
            """);
        if (RunsAsRoot) Run("chown", "-R", "nobody:nogroup", _dir);
    }

    private async Task StartProcessAsync()
    {
        var start = Start(Dovecot, "-c", ConfigPath, "-F");
        _process = Process.Start(start)!;
        _ = _process.StandardOutput.ReadToEndAsync();
        _ = _process.StandardError.ReadToEndAsync();
        for (var i = 0; i < 300; i++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"dovecot exited ({_process.ExitCode}): {Log}");
            if (await GreetsAsync()) return;
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"dovecot did not answer on port {Port} within 30 s: {Log}");
    }

    /// <summary>Root runs the server as nobody (dovecot refuses root for its login processes; and it need not be privileged).</summary>
    private static ProcessStartInfo Start(string program, params string[] args)
    {
        var start = new ProcessStartInfo(RunsAsRoot ? "setpriv" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (RunsAsRoot)
        {
            foreach (var a in new[] { "--reuid=nobody", "--regid=nogroup", "--clear-groups", program }) start.ArgumentList.Add(a);
        }
        foreach (var a in args) start.ArgumentList.Add(a);
        return start;
    }

    private async Task<bool> GreetsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            using var reader = new StreamReader(client.GetStream());
            var greeting = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(5));
            return greeting?.StartsWith("* OK", StringComparison.Ordinal) == true;
        }
        catch (Exception e) when (e is SocketException or IOException or TimeoutException)
        {
            return false;
        }
    }

    private static bool Accepts(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Output(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var text = p.StandardOutput.ReadToEnd().Trim();
        p.WaitForExit();
        return text;
    }

    private static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        p.WaitForExit();
    }
}
