using System.Text;
using System.Text.Json.Nodes;

namespace TriageBot.Tests.Paging;

/// <summary>
/// One realistic flow through the real host, then a scan of the raw database, its log file and everything the
/// host logged for each piece of personal data and request text that went in: a request pasted in Teams → case
/// opened → emergency page in Slack → acknowledged → note added (a slash command with a response_url) → closed.
/// </summary>
public sealed class AtRestAuditTests : IAsyncLifetime
{
    // Wording of its own (not a sample's): a county sheriff, a missing adult, an overdose threat.
    private const string Requester = "Oriel Vantongeren";
    private const string RequesterEmail = "o.vantongeren@lakeshire-sheriff.example";
    private const string RequesterPhone = "614-555-0187";
    private const string AtRisk = "Wren Halvorsen";
    private const string TargetHandle = "copperfinch_2291";
    private const string TargetEmail = "wren.h77@mailbox.example";
    private const string RequestWords = "stockpiled her grandmother's oxycodone";
    private const string NoteText = "rang duty inspector Talbot-Ngata at the sheriff's desk";
    private const string ResponseToken = "resp-4d1e9c7a55";

    private static readonly string Request = $"""
        Subject: URGENT - exigent disclosure request - risk to life
        From: Sgt. {Requester} <{RequesterEmail}>

        Lakeshire County Sheriff's Office requests emergency disclosure under 18 U.S.C. 2702(b)(8) and 2702(c)(4).
        {AtRisk}, 19, told a friend tonight that she has {RequestWords} and will take all of it before morning.
        She posts as @{TargetHandle} and uses the e-mail address {TargetEmail}. We need the subscriber details,
        recent IP addresses and any phone number on those accounts to locate her now.
        Call me on {RequesterPhone} at any hour.
        """;

    private PagingHost _host = null!;

    public async Task InitializeAsync() => _host = await PagingHost.CreateAsync(slack: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string ButtonValue(FakeCall page, string verb) =>
        page.Json!["blocks"]!.AsArray().Where(b => (string?)b!["type"] == "actions").SelectMany(b => b!["elements"]!.AsArray())
            .Select(e => (string)e!["value"]!).First(v => (string?)JsonNode.Parse(v)!["verb"] == verb);

    [Fact]
    public async Task After_a_whole_flow_through_Teams_and_Slack_no_personal_data_request_text_or_chat_id_is_readable_in_the_database_its_log_or_the_host_log()
    {
        await _host.StartAsync("priya"); // priya has talked to the bot in Teams; lee is reached on Slack
        await _host.TeamsMessageAsync("priya", Request);

        var page = await _host.Fake.WaitForAsync(c => c is { Api: "slack", Target: "chat.postMessage" } && c.Body.Contains("P0 page: LE-2026-00001", StringComparison.Ordinal), TimeSpan.FromSeconds(90));
        await _host.SlackPressAsync("lee", ButtonValue(page, "page.ack"), (string)page.Json!["channel"]!);
        await _host.AuditOnceAsync("LE-2026-00001", e => e.Action == "page_acknowledged" || e.Action == "acknowledged");
        var responseUrl = $"{_host.Fake.BaseUrl}response/{ResponseToken}";
        await _host.SlackSignedAsync("slack/commands",
            $"team_id=T0TEAM&channel_id=D0LEE&user_id=U0LEE&user_name=lee&command=%2Ftriage&text={Uri.EscapeDataString("note LE-2026-00001 " + NoteText)}" +
            $"&response_url={Uri.EscapeDataString(responseUrl)}&trigger_id=1.2.3", "application/x-www-form-urlencoded");
        await _host.AuditOnceAsync("LE-2026-00001", e => e.Action == "note");
        foreach (var step in new[] { "take LE-2026-00001", "status LE-2026-00001 in_review", "status LE-2026-00001 responded no_data", "status LE-2026-00001 closed" })
        {
            var before = (await _host.AuditAsync("LE-2026-00001")).Count;
            await _host.SlackDirectMessageAsync("lee", step);
            for (var i = 0; i < 500 && (await _host.AuditAsync("LE-2026-00001")).Count == before; i++) await Task.Delay(20);
        }
        var closed = await _host.Cases.Store.GetAsync("LE-2026-00001");
        Assert.True(closed!.Status == TriageBot.Cases.Model.CaseStatus.Closed, $"status {closed.Status}; lee was told: " +
            string.Join(" | ", _host.Fake.Calls.Where(c => c.Api == "slack" && c.Body.Contains("LE-2026-00001", StringComparison.Ordinal)).Select(c => c.Body[..Math.Min(300, c.Body.Length)])));
        Assert.Contains(await _host.AuditAsync("LE-2026-00001"), e => e.Action == "note" && e.NewValue!.Contains(NoteText, StringComparison.Ordinal));

        await _host.StopAsync();

        string[] secrets =
        [
            Requester, RequesterEmail, RequesterPhone, AtRisk, TargetHandle, TargetEmail, RequestWords, NoteText, ResponseToken,
            "a:personal-priya", "29:priya", "aad-priya", "U0LEE", "D0LEE", "D-U0LEE", "U0PRIYA",
        ];
        var folder = Path.GetDirectoryName(_host.DatabasePath)!;
        var found = new List<string>();
        foreach (var file in Directory.GetFiles(folder).Where(f => f.EndsWith(".db", StringComparison.Ordinal)))
        {
            var bytes = File.ReadAllBytes(file);
            found.AddRange(secrets.Where(s => Contains(bytes, s)).Select(s => $"{Path.GetFileName(file)}: {s}"));
        }
        foreach (var line in _host.Logs.Lines)
            found.AddRange(secrets.Where(s => line.Contains(s, StringComparison.OrdinalIgnoreCase)).Select(s => $"log: {s} in \"{line}\""));

        Assert.True(found.Count == 0, "readable: " + string.Join("; ", found));
    }

    private static bool Contains(byte[] bytes, string text) =>
        bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0 || bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(text)) >= 0;
}
