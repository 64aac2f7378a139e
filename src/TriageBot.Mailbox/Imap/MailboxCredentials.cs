using System.Diagnostics;
using System.Net;
using MailKit.Security;
using TriageBot.Mailbox.Configuration;

namespace TriageBot.Mailbox.Imap;

/// <summary>
/// The secret a mailbox logs in with, read at each login (tokens expire; a rotated password is picked up): a
/// password from an environment variable, or an OAuth2 access token from a variable or a command. The secret is
/// never logged nor put in an exception message.
/// </summary>
public static class MailboxCredentials
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    public static async Task<MailboxLogin> ForAsync(MailboxOptions mailbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        if (!mailbox.UsesOAuth)
        {
            var password = Environment.GetEnvironmentVariable(mailbox.PasswordVariable);
            if (string.IsNullOrEmpty(password))
                throw new MailboxException($"the environment variable {mailbox.PasswordVariable} (the password of {mailbox.User}) is not set", isConfiguration: true);
            return new MailboxLogin(new NetworkCredential(mailbox.User, password), null);
        }

        var token = string.IsNullOrWhiteSpace(mailbox.TokenCommand)
            ? Environment.GetEnvironmentVariable(mailbox.TokenVariable)?.Trim()
            : await RunTokenCommandAsync(mailbox.TokenCommand, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(token))
            throw new MailboxException(string.IsNullOrWhiteSpace(mailbox.TokenCommand)
                ? $"the environment variable {mailbox.TokenVariable} (the OAuth2 access token of {mailbox.User}) is not set"
                : "the token command printed no access token", isConfiguration: true);
        return new MailboxLogin(null, new SaslMechanismOAuth2(mailbox.User, token));
    }

    /// <summary>Runs the command through the shell and takes the last non-empty line it prints (helpers often
    /// print a banner first). Its error output is not shown: it may echo secrets.</summary>
    private static async Task<string?> RunTokenCommandAsync(string command, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            ArgumentList = { "-c", command },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new MailboxException("the token command could not be started", isConfiguration: true);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CommandTimeout);
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            _ = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            if (process.ExitCode != 0) throw new MailboxException($"the token command failed (exit code {process.ExitCode})", isConfiguration: true);
            return (await output.ConfigureAwait(false)).Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.Length > 0);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new MailboxException($"the token command did not finish within {CommandTimeout.TotalSeconds:0} s", isConfiguration: true);
        }
    }
}

/// <summary>Either a user name and password (the server picks LOGIN or a SASL mechanism) or an OAuth2 mechanism.</summary>
public sealed record MailboxLogin(NetworkCredential? Password, SaslMechanism? OAuth)
{
    public override string ToString() => "MailboxLogin(redacted)";
}
