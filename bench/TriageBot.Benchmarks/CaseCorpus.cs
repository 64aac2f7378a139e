using System.Security.Cryptography;
using System.Text;
using TriageBot.Cases.Model;
using TriageBot.Cases.Storage;
using TriageBot.Triage.Model;

namespace TriageBot.Benchmarks;

/// <summary>
/// A case database filled with realistic cases, the same every time (fixed seed): two years of requests up to
/// <see cref="Now"/>, about one in ten still open, request texts of 1.5-5 KB encrypted with a data key as a
/// production deployment would run. Built once per size and kept in the temp folder, because BenchmarkDotNet
/// runs each benchmark in its own process and the fill is the slow part.
/// </summary>
public static class CaseCorpus
{
    public static readonly DateTime Now = new(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);
    public static readonly byte[] DataKey = SHA256.HashData("triagebot benchmark data key"u8);
    // 3: schema 8 (the reminders collection). An older file is migrated when opened, so Ensure copies the newest
    // older one it finds instead of filling again (and leaves it as it was, for measuring the code before).
    private const int Version = 3;

    private static readonly string[] Team = ["alice", "bob", "carol", "dan", "erin", "frank", "grace", "heidi"];

    public static string PathFor(int count) => PathFor(count, Version);

    private static string PathFor(int count, int version) =>
        Path.Combine(Path.GetTempPath(), "triagebot-bench", $"cases-{count}-v{version}.db");

    /// <summary>The database with <paramref name="count"/> cases, built first if missing.</summary>
    public static string Ensure(int count, Action<string>? progress = null)
    {
        var path = PathFor(count);
        if (File.Exists(path + ".complete")) return path;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        foreach (var stale in Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "*"))
            File.Delete(stale);

        var older = Enumerable.Range(1, Version - 1).Reverse().Select(v => PathFor(count, v)).FirstOrDefault(p => File.Exists(p + ".complete"));
        if (older is not null)
        {
            File.Copy(older, path);
            File.WriteAllText(path + ".complete", "");
            progress?.Invoke($"copied {Path.GetFileName(older)}; it is migrated when first opened");
            return path;
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        using (var store = LiteDbCaseStore.Open(path, null, DataKey, TimeProvider.System))
            store.ImportAsync(Drafts(count), "benchmark", 2000).GetAwaiter().GetResult();
        File.WriteAllText(path + ".complete", "");
        progress?.Invoke($"filled {count:N0} cases in {watch.Elapsed.TotalSeconds:F1} s");
        return path;
    }

    /// <summary>The case numbers the corpus holds (numbered per year of receipt, in order).</summary>
    public static string[] Ids(int count)
    {
        var perYear = new Dictionary<int, int>();
        return Drafts(count).Select(d =>
        {
            perYear[d.ReceivedAt.Year] = perYear.GetValueOrDefault(d.ReceivedAt.Year) + 1;
            return new CaseNumber(d.ReceivedAt.Year, perYear[d.ReceivedAt.Year]).ToString();
        }).ToArray();
    }

    public static IEnumerable<CaseRecord> Drafts(int count)
    {
        var random = new Random(20261120);
        var text = RequestTexts.Typical;
        for (var i = 0; i < count; i++)
        {
            var received = Now.AddDays(-730 * (double)(count - i) / count).AddSeconds(random.Next(0, 600));
            var priority = random.Next(100) switch { < 2 => Priority.P0, < 20 => Priority.P1, < 70 => Priority.P2, _ => Priority.P3 };
            var age = Now - received;
            var open = age < TimeSpan.FromDays(30) ? random.Next(100) < 70 : random.Next(100) < 6;
            var status = open ? (CaseStatus)random.Next(0, 6) : (random.Next(10) == 0 ? CaseStatus.Withdrawn : CaseStatus.Closed);
            var body = text[..random.Next(1500, Math.Min(5000, text.Length))] + $"\nReference {i}.";
            var agency = random.Next(500);
            yield return new CaseRecord
            {
                Id = "",
                ReceivedAt = received,
                SourceChannel = random.Next(3) switch { 0 => "teams", 1 => "slack", _ => "cli" },
                SubmittedBy = Team[random.Next(Team.Length)] + "@northwind-labs.com",
                Requester = new Requester
                {
                    Agency = $"Agency {agency}",
                    Contact = $"Det. Officer {random.Next(2000)}",
                    Email = $"officer{random.Next(2000)}@agency{agency}.gov",
                    Phone = $"+1 555 {random.Next(1000, 9999)}",
                    Country = random.Next(10) == 0 ? "GB" : "US",
                },
                TriageJson = $$"""{"process_type":"search_warrant","priority":"{{priority}}","flags":[],"fields":{"case_number":"2026-RSO-{{i}}","accounts":["user{{i}}@example.com"]},"findings":[{"code":"deadline","severity":"info"}]}""",
                OriginalText = body,
                AttachmentNames = random.Next(3) == 0 ? ["warrant.pdf"] : [],
                ProcessType = (LegalProcessType)random.Next(0, 11),
                Priority = priority,
                Flags = priority == Priority.P0 ? ["emergency"] : [],
                Status = status,
                Assignee = status == CaseStatus.New ? null : Team[random.Next(Team.Length)],
                AssignedAt = status == CaseStatus.New ? null : received.AddHours(1),
                DueAt = received + priority switch { Priority.P0 => TimeSpan.FromMinutes(15), Priority.P1 => TimeSpan.FromHours(4), Priority.P2 => TimeSpan.FromDays(1), _ => TimeSpan.FromDays(5) },
                ClosedAt = open ? null : received.AddDays(random.Next(1, 30)),
                Tags = [],
                ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))),
                AgencyReference = $"2026-ref-{i}",
                AccountsSpecified = random.Next(1, 4),
                Outcome = open ? null : ResponseOutcome.NonContentProduced,
            };
        }
    }
}
