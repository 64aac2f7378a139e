using System.Text;
using System.Text.Json;

namespace TriageBot.Tests;

public sealed class TriageCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("triagebot-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text, Encoding? encoding = null)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private const string Subpoena = """
        From: Det. Jane Roe <jroe@springfield.il.us>
        Subject: Grand Jury Subpoena - Case No. 2026-CR-00412

        GRAND JURY SUBPOENA. YOU ARE COMMANDED to produce basic subscriber information for @darkfox99.
        """;

    private const string CyberTip = """
        From: SA Lena Hart <lhart@hsi.dhs.gov>
        Subject: Search warrant - CyberTipline Report 187654321

        SEARCH WARRANT concerning child sexual abuse material shared by the account @tidepool.
        """;

    [Fact]
    public async Task Json_output_is_an_array_with_one_object_per_input_in_order()
    {
        var first = Write("first.txt", Subpoena);
        var second = Write("second.txt", CyberTip);

        var run = await CommandLineRun.RunAsync("triage", first, second, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(first, items[0].GetProperty("file").GetString());
        Assert.Equal("subpoena", items[0].GetProperty("processType").GetString());
        Assert.Equal("P3", items[0].GetProperty("priority").GetString());
        Assert.Equal("search_warrant", items[1].GetProperty("processType").GetString());
        Assert.Equal("P1", items[1].GetProperty("priority").GetString());
        Assert.Equal(["187654321"], items[1].GetProperty("fields").GetProperty("ncmecReportIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("lhart@hsi.dhs.gov", items[1].GetProperty("fields").GetProperty("email").GetString());
    }

    [Fact]
    public async Task Json_keys_are_the_documented_contract()
    {
        var run = await CommandLineRun.RunAsync("triage", Write("s.txt", Subpoena), "--json");

        var item = JsonDocument.Parse(run.Output).RootElement[0];
        Assert.Equal(
            ["file", "processType", "priority", "priorityReasons", "flags", "fields", "missingFields", "findings", "evidence", "language", "followUpOf", "withdrawn", "requestDate", "typeSource", "emergencySource", "contentSource"],
            item.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["emergency", "ncmec", "nonUs", "suspiciousSender", "nonDisclosureOrder", "contentRequested"],
            item.GetProperty("flags").EnumerateObject().Select(p => p.Name));
        var fields = item.GetProperty("fields").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("email", fields);
        Assert.Contains("ncmecReportIds", fields);
        Assert.Contains("accounts", fields);
        Assert.Equal(JsonValueKind.Array, item.GetProperty("fields").GetProperty("ncmecReportIds").ValueKind);
        var evidence = item.GetProperty("evidence")[0];
        Assert.Equal(["about", "reason", "text", "offset", "length"], evidence.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Findings_carry_code_severity_message_and_evidence()
    {
        var path = Write("content.txt", "GRAND JURY SUBPOENA. Produce the contents of all conversations of @reef.");

        var run = await CommandLineRun.RunAsync("triage", path, "--json");

        var finding = JsonDocument.Parse(run.Output).RootElement[0].GetProperty("findings")
            .EnumerateArray().Single(f => f.GetProperty("code").GetString() == "CONTENT_REQUIRES_WARRANT");
        Assert.Equal("blocker", finding.GetProperty("severity").GetString());
        Assert.Contains("contents of all conversations", finding.GetProperty("evidence").GetString());
    }

    [Fact]
    public async Task The_human_report_shows_type_priority_flags_missing_fields_and_findings()
    {
        var path = Write("content.txt", "GRAND JURY SUBPOENA. Produce the contents of all conversations of @reef.");

        var run = await CommandLineRun.RunAsync("triage", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Type:      Subpoena (subpoena)", run.Output);
        Assert.Contains("Priority:  P3", run.Output);
        Assert.Contains("Flags:     contentRequested", run.Output);
        Assert.Contains("Missing:   agency country", run.Output);
        Assert.Contains("[blocker] CONTENT_REQUIRES_WARRANT", run.Output);
    }

    [Fact]
    public async Task Bad_inputs_get_one_specific_line_each_and_the_good_ones_are_still_triaged()
    {
        var good = Write("good.txt", Subpoena);
        var empty = Write("empty.txt", "");
        var binary = WriteBytes("garbage.txt", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256))]);
        var corruptPdf = WriteBytes("broken.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ntrailer"));
        var corruptEml = WriteBytes("broken.eml", [0x00, 0xFF, 0x13, 0x37, 0x00, 0x00, 0xAB]);
        var missing = Path.Combine(_dir, "missing.txt");
        var huge = Path.Combine(_dir, "huge.txt");
        using (var stream = File.Create(huge)) stream.SetLength(50L * 1024 * 1024);
        var last = Write("last.txt", CyberTip);

        var run = await CommandLineRun.RunAsync("triage", good, empty, binary, corruptPdf, corruptEml, missing, huge, last, "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
        [
            $"triagebot: {empty}: empty file",
            $"triagebot: {binary}: not a text document: it looks like binary data",
            $"triagebot: {corruptPdf}: corrupt PDF",
            $"triagebot: {corruptEml}: not a readable e-mail",
            $"triagebot: {missing}: no such file",
            $"triagebot: {huge}: file is 50.0 MB",
        ], run.ErrorLines.Select(line => Prefix(line)));
        Assert.DoesNotContain("   at ", run.Error);

        var items = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(8, items.Count);
        Assert.Equal("subpoena", items[0].GetProperty("processType").GetString());
        Assert.Equal("empty file", items[1].GetProperty("error").GetString());
        Assert.Equal("search_warrant", items[7].GetProperty("processType").GetString());
    }

    /// <summary>The stable part of an error line (reasons may add detail after a colon or comma).</summary>
    private static string Prefix(string line)
    {
        foreach (var stable in new[] { ": corrupt PDF", ": not a readable e-mail", ": file is 50.0 MB" })
        {
            var at = line.IndexOf(stable, StringComparison.Ordinal);
            if (at >= 0) return line[..(at + stable.Length)];
        }
        return line;
    }

    [Fact]
    public async Task Text_in_a_legacy_encoding_is_read_not_refused()
    {
        var path = Write("latin1.txt", "Réquisition judiciaire - Gendarmerie nationale, enquête préliminaire. Données du compte @lumière.",
            Encoding.Latin1);

        var run = await CommandLineRun.RunAsync("triage", path, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("international", JsonDocument.Parse(run.Output).RootElement[0].GetProperty("processType").GetString());
    }

    [Fact]
    public async Task Unknown_options_are_a_usage_error_not_a_crash()
    {
        var run = await CommandLineRun.RunAsync("triage", "--jsn", Write("x.txt", Subpoena));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--jsn", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }
}
