using TriageBot.Cases.Storage;
using TriageBot.Cases.StoreProbe;

namespace TriageBot.Cases.Tests.Storage;

public class CrashTests
{
    [Theory]
    [InlineData(40)]
    [InlineData(200)]
    public async Task Every_case_reported_committed_is_intact_after_the_writer_is_killed_mid_write(int killAfter)
    {
        var folder = Directory.CreateTempSubdirectory("triagebot-cases-");
        try
        {
            var path = Path.Combine(folder.FullName, "cases.db");
            var committed = new List<(string Id, int Index)>();
            using (var writer = ProbeProcess.Start(["write", path, "100000"]))
            {
                while (committed.Count < killAfter)
                    committed.Add(Parse(await writer.ReadLineAsync() ?? throw new InvalidOperationException("The writer stopped early: " + await writer.Process.StandardError.ReadToEndAsync())));
                writer.Process.Kill(entireProcessTree: true);
                await writer.Process.WaitForExitAsync();
                // Lines already in the pipe were printed before the kill, so they were committed too.
                foreach (var line in (await writer.Process.StandardOutput.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries))
                    if (line.StartsWith("committed ", StringComparison.Ordinal) && line.Split(' ').Length == 3) committed.Add(Parse(line));
            }

            using var store = LiteDbCaseStore.Open(path, null, null, TimeProvider.System);
            foreach (var (id, index) in committed)
            {
                var read = await store.GetAsync(id);
                Assert.True(read is not null, $"{id}, reported committed, is missing after the kill");
                var number = Model.CaseNumber.TryParse(id, out var n) ? n : throw new InvalidOperationException(id);
                CaseAssert.Same(ProbeCases.Draft(index) with { Id = id, Year = number.Year, Sequence = number.Sequence, Version = 1 }, read);
                Assert.Equal("opened", Assert.Single(await store.GetAuditAsync(id)).Action);
            }
            var next = await store.CreateAsync(ProbeCases.Draft(0), "test");
            Assert.True(next.Sequence > committed.Max(c => Model.CaseNumber.TryParse(c.Id, out var n) ? n.Sequence : 0));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(30)]
    public async Task A_case_is_on_disk_when_create_returns_even_if_the_process_dies_at_that_moment(int dieAfter)
    {
        var folder = Directory.CreateTempSubdirectory("triagebot-cases-");
        try
        {
            var path = Path.Combine(folder.FullName, "cases.db");

            // The probe kills itself right after its dieAfter-th CreateAsync returns: on a fresh file those
            // returned LE-2026-00001 up to dieAfter.
            var (_, output) = await ProbeProcess.RunAsync(["write", path, "1000", dieAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

            Assert.Equal(dieAfter - 1, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            using var store = LiteDbCaseStore.Open(path, null, null, TimeProvider.System);
            for (var i = 0; i < dieAfter; i++)
            {
                var id = new Model.CaseNumber(2026, i + 1).ToString();
                Assert.True(await store.GetAsync(id) is not null, $"{id} was returned by CreateAsync but is missing after the process died");
            }
            Assert.Equal(dieAfter + 1, (await store.CreateAsync(ProbeCases.Draft(0), "test")).Sequence);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static (string Id, int Index) Parse(string line)
    {
        var parts = line.Split(' ');
        Assert.Equal("committed", parts[0]);
        return (parts[1], int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
    }
}
