using System.Text;
using TriageBot.Cases.Storage;
using TriageBot.CaseTracking;
using TriageBot.Cli;
using TriageBot.Configuration;

namespace TriageBot.Mailbox.Tests;

/// <summary><c>triagebot inbox poll --once</c> and <c>inbox status</c> against a real dovecot on loopback.</summary>
public sealed class InboxPollTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-inbox-").FullName;
    private DovecotServer _server = null!;
    private string _config = null!;

    public async Task InitializeAsync()
    {
        _server = await DovecotServer.StartAsync();
        _config = TestMailbox.WriteConfig(_dir, _server);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Mail_delivered_while_the_host_was_down_is_triaged_into_cases_on_the_next_poll_and_moved_to_Processed()
    {
        await _server.DeliverAsync(await File.ReadAllBytesAsync(TestMailbox.Sample("19-emergency-suicide-chats.eml")));
        await _server.DeliverAsync(TestMailbox.Bytes(TestMailbox.WithAttachment("Search warrant", "warrant.txt",
            await File.ReadAllBytesAsync(TestMailbox.Sample("12-search-warrant-cybertipline.txt")))));

        var run = await RunAsync("inbox", "poll", "--once");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"legal: uid 1: opened LE-\d{4}-00001 \(P0 emergency\); P0: (Paged |NOBODY could be reached)", run.Output);
        Assert.Matches(@"legal: uid 2: opened LE-\d{4}-00002 \(P1 search_warrant\)", run.Output);
        Assert.Equal((0, 2, 0), await TestMailbox.CountsAsync(_server));

        using var cases = OpenCases();
        var opened = await cases.Store.QueryAsync(new CaseQuery { Order = CaseOrder.ReceivedNewestFirst });
        Assert.Equal(2, opened.Count);
        Assert.All(opened, c => Assert.Equal("email", c.SourceChannel));
        var warrant = opened.Single(c => c.Priority == Triage.Model.Priority.P1);
        Assert.Contains("warrant.txt", warrant.AttachmentNames);
        var audit = await cases.Store.GetAuditAsync(opened.Single(c => c.Priority == Triage.Model.Priority.P0).Id);
        Assert.Contains(audit, e => e.Action == Cases.Paging.PagingAudit.Step);
        Assert.Contains(audit, e => e.Action == "email_received" && e.Field == "message_id" && !string.IsNullOrEmpty(e.NewValue));
    }

    [Fact]
    public async Task Nothing_waiting_exits_0_and_says_so()
    {
        var run = await RunAsync("inbox", "poll", "--once");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("legal: no new messages", run.Output);
    }

    [Fact]
    public async Task Malformed_MIME_is_quarantined_with_its_reason_reported_and_kept()
    {
        // Header lines that are not headers, then bytes no mail client would send.
        await _server.DeliverAsync([.. "this is not : a header\r\n"u8, 0x80, 0x81, .. " ::: \r\n"u8]);
        await _server.DeliverAsync(await File.ReadAllBytesAsync(TestMailbox.Sample("05-sheriff-subpoena-reply-to-mismatch.eml")));

        var run = await RunAsync("inbox", "poll", "--once");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("legal: uid 1: quarantined (not a readable e-mail (.eml): the headers are damaged or truncated)", run.Output);
        Assert.Matches(@"legal: uid 2: opened LE-", run.Output);
        Assert.Equal((0, 1, 1), await TestMailbox.CountsAsync(_server));
        using var cases = OpenCases();
        var cursor = await cases.MailboxLedger.GetCursorAsync("legal");
        Assert.Equal(1, cursor!.Quarantined);
        Assert.Equal(1, cursor.Handled);
    }

    [Fact]
    public async Task A_20_MB_message_is_quarantined_as_too_large_without_being_downloaded()
    {
        var big = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("Subscriber records follow. 0123456789 abcdefghij\n", 20 * 1024 * 1024 / 50)));
        await _server.DeliverAsync(TestMailbox.Bytes(TestMailbox.WithAttachment("Records", "records.txt", big)));

        var run = await RunAsync("inbox", "poll", "--once");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"uid 1: quarantined \(the message is 2\d\.\d MB, over the 10\.0 MB limit \(Intake:MaxBytes\)\)", run.Output);
        Assert.Equal((0, 0, 1), await TestMailbox.CountsAsync(_server));
        // Refused from the size the server announced: the body was never fetched.
        Assert.DoesNotMatch(@"body_bytes=[1-9]\d{6,}", _server.Log);
    }

    [Fact]
    public async Task The_same_message_delivered_twice_opens_one_case_and_records_the_second_delivery_on_it()
    {
        var message = TestMailbox.Bytes(TestMailbox.WithAttachment("Grand jury subpoena", "subpoena.txt",
            await File.ReadAllBytesAsync(TestMailbox.Sample("01-grand-jury-subpoena-no-content.txt")), messageId: "req-4711@springfield.il.us"));
        await _server.DeliverAsync(message);
        Assert.Equal(0, (await RunAsync("inbox", "poll", "--once")).ExitCode);
        await _server.DeliverAsync(message);
        // The same request again under a new Message-ID: caught by its text, or its reference from the same sender.
        await _server.DeliverAsync(TestMailbox.Bytes(TestMailbox.WithAttachment("Grand jury subpoena", "subpoena.txt",
            await File.ReadAllBytesAsync(TestMailbox.Sample("01-grand-jury-subpoena-no-content.txt")), messageId: "other-1@springfield.il.us")));

        var run = await RunAsync("inbox", "poll", "--once");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"uid 2: recorded on LE-\d{4}-00001 \(same Message-ID\)", run.Output);
        Assert.Matches(@"uid 3: recorded on LE-\d{4}-00001 \(same (request text|agency reference and requester e-mail)\)", run.Output);
        Assert.Equal((0, 3, 0), await TestMailbox.CountsAsync(_server));
        using var cases = OpenCases();
        var all = await cases.Store.QueryAsync(new CaseQuery());
        var only = Assert.Single(all);
        var audit = await cases.Store.GetAuditAsync(only.Id);
        Assert.Equal(2, audit.Count(e => e.Action == "duplicate_received"));
        Assert.Contains(audit, e => e.Action == "duplicate_received" && e.Reason == "same Message-ID");
    }

    [Fact]
    public async Task A_message_handled_just_before_the_host_stopped_is_moved_on_the_next_start_not_handled_again()
    {
        await _server.DeliverAsync(await File.ReadAllBytesAsync(TestMailbox.Sample("19-emergency-suicide-chats.eml")));
        uint uidValidity;
        using (var cases = OpenCases())
        {
            // What the ledger holds when the host stopped between opening the case and moving the message.
            uidValidity = await UidValidityAsync();
            await cases.MailboxLedger.RecordAsync(new MailboxMessageRecord("legal", uidValidity, 1, "x@y", MailboxMessageRecord.Opened, "LE-2026-00042", null, DateTime.UtcNow));
        }

        var run = await RunAsync("inbox", "poll", "--once");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("uid 1: opened LE-2026-00042", run.Output);
        Assert.Equal((0, 1, 0), await TestMailbox.CountsAsync(_server));
        using var reopened = OpenCases();
        Assert.Empty(await reopened.Store.QueryAsync(new CaseQuery()));
        Assert.True((await reopened.MailboxLedger.FindAsync("legal", uidValidity, 1))!.Moved);
    }

    [Fact]
    public async Task A_docx_attachment_is_read_and_triaged()
    {
        var text = await File.ReadAllTextAsync(TestMailbox.Sample("12-search-warrant-cybertipline.txt"));
        await _server.DeliverAsync(TestMailbox.Bytes(TestMailbox.WithAttachment("Warrant", "warrant.docx", WordDocument.Of(text), body: "See attached.")));

        var run = await RunAsync("inbox", "poll", "--once");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"opened LE-\d{4}-00001 \(P1 search_warrant\)", run.Output);
    }

    [Fact]
    public async Task An_unreachable_server_exits_2_with_one_line_and_is_remembered_for_status()
    {
        await _server.StopAsync();

        var run = await RunAsync("inbox", "poll", "--once");

        Assert.Equal(2, run.ExitCode);
        // One line about the mailbox (the first open of a new database may add its own notice about the data key).
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("triagebot: inbox legal:", StringComparison.Ordinal));
        Assert.StartsWith($"triagebot: inbox legal: cannot connect to 127.0.0.1:{_server.Port}", line);

        var status = await RunAsync("inbox", "status");
        Assert.Equal(1, status.ExitCode);
        Assert.Contains("UNREACHABLE", status.Output);
        Assert.Contains("last error: cannot connect", status.Output);
    }

    [Fact]
    public async Task A_refused_login_exits_2_and_never_shows_the_password()
    {
        Environment.SetEnvironmentVariable("TRIAGEBOT_TEST_WRONG_PASSWORD", "wrong-password-XYZ");
        TestMailbox.WriteConfig(_dir, _server, change: root => root["Inbox"]!["Mailboxes"]![0]!["PasswordVariable"] = "TRIAGEBOT_TEST_WRONG_PASSWORD");

        var run = await RunAsync("inbox", "poll", "--once");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("refused the login of legal", run.Error);
        Assert.DoesNotContain("wrong-password-XYZ", run.Error + run.Output);
    }

    [Fact]
    public async Task Bad_inbox_configuration_is_refused_at_start_up_with_every_problem_listed()
    {
        TestMailbox.WriteConfig(_dir, _server, change: root =>
        {
            var mailbox = root["Inbox"]!["Mailboxes"]![0]!;
            mailbox["Security"] = "tls1";
            mailbox["PasswordVariable"] = "";
            mailbox["ProcessedFolder"] = "INBOX";
        });

        var run = await RunAsync("inbox", "poll", "--once");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Inbox:Mailboxes:0:Security must be one of none, ssl, starttls (is \"tls1\")", run.Error);
        Assert.Contains("Inbox:Mailboxes:0:PasswordVariable is required", run.Error);
        Assert.Contains("must differ from Folder", run.Error);
    }

    [Fact]
    public async Task Status_shows_each_mailbox_its_folders_and_the_last_run()
    {
        await _server.DeliverAsync(await File.ReadAllBytesAsync(TestMailbox.Sample("19-emergency-suicide-chats.eml")));
        await RunAsync("inbox", "poll", "--once");
        await _server.DeliverAsync(await File.ReadAllBytesAsync(TestMailbox.Sample("05-sheriff-subpoena-reply-to-mismatch.eml")));

        var run = await RunAsync("inbox", "status");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"legal (legal at 127.0.0.1:{_server.Port}, none, folder INBOX): reachable (IDLE); waiting 1, Processed 1, Quarantine 0", run.Output);
        Assert.Contains("handled 1, quarantined 0", run.Output);
    }

    private async Task<uint> UidValidityAsync()
    {
        using var client = new MailKit.Net.Imap.ImapClient();
        await client.ConnectAsync("127.0.0.1", _server.Port, MailKit.Security.SecureSocketOptions.None);
        await client.AuthenticateAsync(DovecotServer.User, DovecotServer.Password);
        await client.Inbox.OpenAsync(MailKit.FolderAccess.ReadOnly);
        return client.Inbox.UidValidity;
    }

    private CaseServices OpenCases() =>
        CaseServices.Open(TriageBotSettings.Load(AppConfiguration.Build(_config), _dir), TimeProvider.System);

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunCliAsync(_config, args);

    /// <summary>The real command line, in-process, with the test's configuration file.</summary>
    internal static async Task<(int ExitCode, string Output, string Error)> RunCliAsync(string config, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CommandLineApp.RunAsync(args, output, error, CancellationToken.None, TimeProvider.System, config);
        return (exit, output.ToString(), error.ToString());
    }
}
