using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using TriageBot.Mailbox.Configuration;

namespace TriageBot.Mailbox.Imap;

/// <summary>
/// One logged-in IMAP connection to one mailbox, with its watched folder open read-write and its Processed and
/// Quarantine folders present (created when missing). Every server or network problem comes out as a
/// <see cref="MailboxException"/> with a one-line message.
/// </summary>
public sealed class ImapSession : IAsyncDisposable
{
    private readonly ImapClient _client;
    private readonly MailboxOptions _mailbox;
    private readonly IMailFolder _folder;
    private readonly IMailFolder _processed;
    private readonly IMailFolder _quarantine;
    // Set whenever the server reports a change of the folder's message count, in answer to any command; cleared
    // when the folder is listed. Mail announced during the last listing's SEARCH is then not missed by the IDLE after it.
    private volatile bool _changed;
    private CancellationTokenSource? _idleDone;

    private ImapSession(ImapClient client, MailboxOptions mailbox, IMailFolder folder, IMailFolder processed, IMailFolder quarantine)
    {
        _client = client;
        _mailbox = mailbox;
        _folder = folder;
        _processed = processed;
        _quarantine = quarantine;
        _folder.CountChanged += (_, _) =>
        {
            _changed = true;
            try
            {
                _idleDone?.Cancel();
            }
            catch (ObjectDisposedException)
            {
            }
        };
    }

    public uint UidValidity => _folder.UidValidity;

    /// <summary>Whether the server pushes new mail (IMAP IDLE); else the watcher polls.</summary>
    public bool SupportsIdle => _client.Capabilities.HasFlag(ImapCapabilities.Idle);

    public static async Task<ImapSession> OpenAsync(MailboxOptions mailbox, TimeSpan commandTimeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        var login = await MailboxCredentials.ForAsync(mailbox, cancellationToken).ConfigureAwait(false);
        var client = new ImapClient { Timeout = (int)commandTimeout.TotalMilliseconds };
        try
        {
            var where = $"{mailbox.Host}:{mailbox.EffectivePort}";
            await Guard($"cannot connect to {where}", () => client.ConnectAsync(mailbox.Host, mailbox.EffectivePort, Socket(mailbox.SecurityMode), cancellationToken)).ConfigureAwait(false);
            await Guard($"{where} refused the login of {mailbox.User}", () => login.OAuth is { } oauth
                ? client.AuthenticateAsync(oauth, cancellationToken)
                : client.AuthenticateAsync(login.Password!, cancellationToken)).ConfigureAwait(false);
            var folder = await Guard($"cannot open the folder {mailbox.Folder}", () => FolderAsync(client, mailbox.Folder, create: false, cancellationToken)).ConfigureAwait(false);
            var processed = await Guard($"cannot open or create the folder {mailbox.ProcessedFolder}", () => FolderAsync(client, mailbox.ProcessedFolder, create: true, cancellationToken)).ConfigureAwait(false);
            var quarantine = await Guard($"cannot open or create the folder {mailbox.QuarantineFolder}", () => FolderAsync(client, mailbox.QuarantineFolder, create: true, cancellationToken)).ConfigureAwait(false);
            await Guard($"cannot open the folder {mailbox.Folder}", () => folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken)).ConfigureAwait(false);
            return new ImapSession(client, mailbox, folder, processed, quarantine);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Every message in the watched folder, oldest UID first.</summary>
    public Task<IReadOnlyList<PendingMessage>> ListAsync(CancellationToken cancellationToken) =>
        Guard($"cannot list the folder {_mailbox.Folder}", async () =>
        {
            _changed = false;
            var uids = await _folder.SearchAsync(SearchQuery.All, cancellationToken).ConfigureAwait(false);
            if (uids.Count == 0) return (IReadOnlyList<PendingMessage>)[];
            var summaries = await _folder.FetchAsync(uids, MessageSummaryItems.UniqueId | MessageSummaryItems.Size | MessageSummaryItems.InternalDate | MessageSummaryItems.Envelope, cancellationToken).ConfigureAwait(false);
            return summaries
                .Select(s => new PendingMessage(s.UniqueId.Id, s.Size, s.InternalDate, Bare(s.Envelope?.MessageId)))
                .OrderBy(m => m.Uid)
                .ToList();
        });

    /// <summary>The raw message (RFC 822 bytes), without setting its \Seen flag.</summary>
    public Task<byte[]> DownloadAsync(uint uid, CancellationToken cancellationToken) =>
        Guard($"cannot download message {uid}", async () =>
        {
            using var stream = await _folder.GetStreamAsync(new UniqueId(uid), cancellationToken).ConfigureAwait(false);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
            return copy.ToArray();
        });

    /// <summary>Moves the message to the Processed or the Quarantine folder (IMAP MOVE, or copy and expunge).</summary>
    public Task MoveAsync(uint uid, bool quarantine, CancellationToken cancellationToken)
    {
        var target = quarantine ? _quarantine : _processed;
        return Guard($"cannot move message {uid} to {target.FullName}", () => _folder.MoveToAsync(new UniqueId(uid), target, cancellationToken));
    }

    /// <summary>Returns when new mail may have arrived: at once when the server announces it (IDLE), else after
    /// <paramref name="longest"/> (polling). Either way at most <paramref name="longest"/>.</summary>
    public Task WaitForMailAsync(TimeSpan longest, TimeProvider time, CancellationToken cancellationToken) =>
        Guard("the connection was lost while waiting for mail", async () =>
        {
            if (!SupportsIdle)
            {
                if (_changed) return true;
                await Task.Delay(longest, time, cancellationToken).ConfigureAwait(false);
                return true;
            }
            using var done = new CancellationTokenSource(longest, time);
            _idleDone = done;
            try
            {
                if (_changed) return true; // announced since the last listing: look again at once
                await _client.IdleAsync(done.Token, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _idleDone = null;
            }
            return true;
        });

    public Task<FolderCounts> CountsAsync(CancellationToken cancellationToken) =>
        Guard("cannot count the messages", async () =>
        {
            await _processed.StatusAsync(StatusItems.Count, cancellationToken).ConfigureAwait(false);
            await _quarantine.StatusAsync(StatusItems.Count, cancellationToken).ConfigureAwait(false);
            return new FolderCounts(_folder.Count, _processed.Count, _quarantine.Count);
        });

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_client.IsConnected) await _client.DisconnectAsync(quit: true).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ImapProtocolException or SocketException or TimeoutException or ServiceNotConnectedException or OperationCanceledException)
        {
            // The connection is already gone; nothing to tell the server.
        }
        _client.Dispose();
    }

    private static async Task<IMailFolder> FolderAsync(ImapClient client, string name, bool create, CancellationToken cancellationToken)
    {
        if (string.Equals(name, "INBOX", StringComparison.OrdinalIgnoreCase)) return client.Inbox;
        try
        {
            return await client.GetFolderAsync(name, cancellationToken).ConfigureAwait(false);
        }
        catch (FolderNotFoundException) when (create)
        {
            var root = client.GetFolder(client.PersonalNamespaces[0]);
            var created = await root.CreateAsync(name, isMessageFolder: true, cancellationToken).ConfigureAwait(false)
                ?? throw new MailboxException($"the server did not create the folder {name}", isConfiguration: true);
            await created.SubscribeAsync(cancellationToken).ConfigureAwait(false);
            return created;
        }
    }

    private static SecureSocketOptions Socket(MailboxSecurity security) => security switch
    {
        MailboxSecurity.None => SecureSocketOptions.None,
        MailboxSecurity.StartTls => SecureSocketOptions.StartTls,
        _ => SecureSocketOptions.SslOnConnect,
    };

    private static string? Bare(string? messageId) =>
        string.IsNullOrWhiteSpace(messageId) ? null : messageId.Trim().TrimStart('<').TrimEnd('>');

    private static Task Guard(string what, Func<Task> work) => Guard(what, async () =>
    {
        await work().ConfigureAwait(false);
        return true;
    });

    /// <summary>Turns the ways a server or network can fail into one-line <see cref="MailboxException"/>s.
    /// MailKit's messages name the server and the failing command, never the password or token.</summary>
    private static async Task<T> Guard<T>(string what, Func<Task<T>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (AuthenticationException e)
        {
            throw new MailboxException($"{what}: {OneLine(e.Message)}", isConfiguration: true, e);
        }
        catch (FolderNotFoundException e)
        {
            throw new MailboxException($"{what}: no such folder", isConfiguration: true, e);
        }
        catch (Exception e) when (e is IOException or SocketException or ImapProtocolException or ImapCommandException or SslHandshakeException
            or ServiceNotConnectedException or ServiceNotAuthenticatedException or FolderNotOpenException or TimeoutException or ProtocolException
            or InvalidOperationException)
        {
            throw new MailboxException($"{what}: {OneLine(e.Message)}", inner: e);
        }
    }

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
