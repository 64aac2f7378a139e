namespace TriageBot.Cases.Tests.Storage;

public class DuplicateTests
{
    [Fact]
    public async Task Duplicates_are_found_by_content_hash()
    {
        using var temp = new TempCaseStore();
        var first = await temp.Store.CreateAsync(SampleCases.Draft(contentHash: "abc"), "x");
        await temp.Store.CreateAsync(SampleCases.Draft(contentHash: "def"), "x");

        var found = await temp.Store.FindDuplicatesAsync("abc", null, null);

        Assert.Equal([first.Id], found.Select(c => c.Id));
    }

    [Fact]
    public async Task Duplicates_are_found_by_agency_reference_from_the_same_requester_email_ignoring_case()
    {
        using var temp = new TempCaseStore();
        var match = await temp.Store.CreateAsync(SampleCases.Draft(contentHash: "h1", agencyReference: "2026-cr-00412", email: "jroe@springfield.il.us"), "x");
        await temp.Store.CreateAsync(SampleCases.Draft(contentHash: "h2", agencyReference: "2026-cr-00412", email: "other@springfield.il.us"), "x");
        await temp.Store.CreateAsync(SampleCases.Draft(contentHash: "h3", agencyReference: "2026-cr-99999", email: "jroe@springfield.il.us"), "x");

        var found = await temp.Store.FindDuplicatesAsync("new-hash", "2026-cr-00412", "JRoe@Springfield.IL.us");

        Assert.Equal([match.Id], found.Select(c => c.Id));
    }

    [Fact]
    public async Task A_reference_without_an_email_or_an_empty_hash_matches_nothing()
    {
        using var temp = new TempCaseStore();
        await temp.Store.CreateAsync(SampleCases.Draft(contentHash: "", agencyReference: "ref", email: null), "x");

        Assert.Empty(await temp.Store.FindDuplicatesAsync("", "ref", null));
    }

    [Fact]
    public async Task A_case_matching_both_ways_is_listed_once_and_results_are_oldest_first()
    {
        using var temp = new TempCaseStore();
        var received = SampleCases.Received;
        var newer = await temp.Store.CreateAsync(SampleCases.Draft(received.AddDays(1), contentHash: "abc", agencyReference: "ref", email: "a@b.example"), "x");
        var older = await temp.Store.CreateAsync(SampleCases.Draft(received, contentHash: "zzz", agencyReference: "ref", email: "a@b.example"), "x");

        var found = await temp.Store.FindDuplicatesAsync("abc", "ref", "a@b.example");

        Assert.Equal([older.Id, newer.Id], found.Select(c => c.Id));
    }
}
