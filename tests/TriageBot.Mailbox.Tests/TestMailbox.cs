using System.Text.Json.Nodes;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace TriageBot.Mailbox.Tests;

/// <summary>Configuration, messages and a look into the server's folders for the mailbox tests.</summary>
internal static class TestMailbox
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Sample(string name) => Path.Combine(RepositoryRoot, "samples", name);

    /// <summary>The repository's appsettings.json with the database in <paramref name="folder"/> and one mailbox on
    /// the test server; returns its path.</summary>
    public static string WriteConfig(string folder, DovecotServer server, TimeSpan? pollInterval = null, Action<JsonObject>? change = null)
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot, "appsettings.json")))!.AsObject();
        root["Cases"]!["DatabasePath"] = "data/cases.db"; // the data key file sits beside the configuration, not with the data
        root["Inbox"] = new JsonObject
        {
            ["PollInterval"] = (pollInterval ?? TimeSpan.FromMinutes(1)).ToString(),
            ["RetryBaseDelay"] = "00:00:00.200",
            ["RetryMaxDelay"] = "00:00:01",
            ["CommandTimeout"] = "00:00:30",
            ["Mailboxes"] = new JsonArray(new JsonObject
            {
                ["Name"] = "legal",
                ["Host"] = "127.0.0.1",
                ["Port"] = server.Port,
                ["Security"] = "none",
                ["User"] = DovecotServer.User,
                ["PasswordVariable"] = DovecotServer.PasswordVariable,
                ["Folder"] = "INBOX",
                ["ProcessedFolder"] = "Processed",
                ["QuarantineFolder"] = "Quarantine",
            }),
        };
        change?.Invoke(root);
        var path = Path.Combine(folder, "appsettings.json");
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }

    public static byte[] Bytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(FormatOptions.Default, stream);
        return stream.ToArray();
    }

    /// <summary>A message as a police department would send it: a short body and the request attached.</summary>
    public static MimeMessage WithAttachment(string subject, string attachmentName, byte[] attachment, string body = "Please find our request attached.", string? messageId = null)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Det. Jane Roe", "jroe@springfield.il.us"));
        message.To.Add(new MailboxAddress("Legal", "legal@northwind-labs.com"));
        message.Subject = subject;
        message.MessageId = messageId ?? MimeKit.Utils.MimeUtils.GenerateMessageId("springfield.il.us");
        var builder = new BodyBuilder { TextBody = body };
        builder.Attachments.Add(attachmentName, attachment);
        message.Body = builder.ToMessageBody();
        return message;
    }

    /// <summary>How many messages each folder holds, seen by a separate IMAP client.</summary>
    public static async Task<(int Inbox, int Processed, int Quarantine)> CountsAsync(DovecotServer server)
    {
        using var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", server.Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(DovecotServer.User, DovecotServer.Password);
        async Task<int> Count(string name)
        {
            try
            {
                var folder = name == "INBOX" ? client.Inbox : await client.GetFolderAsync(name);
                await folder.StatusAsync(StatusItems.Count);
                return folder.Count;
            }
            catch (FolderNotFoundException)
            {
                return 0;
            }
        }
        var counts = (await Count("INBOX"), await Count("Processed"), await Count("Quarantine"));
        await client.DisconnectAsync(true);
        return counts;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TriageBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("TriageBot.sln not found above " + AppContext.BaseDirectory);
    }
}
