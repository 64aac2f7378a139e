namespace TriageBot.Dialogs.Tests.Conversations;

/// <summary>Answers typed one at a time for a missing field are checked by the same rule as the form: a value
/// that cannot be used is refused with what was wrong and what is accepted, and offered again as typed; nothing
/// is set silently wrong or dropped.</summary>
public class TypedAnswerCheckTranscriptTests
{
    /// <summary>A subpoena that carries everything the intake asks for except its response deadline.</summary>
    private const string NoDeadline = """
        GRAND JURY SUBPOENA
        United States District Court for the District of Oregon
        To: Custodian of Records, Northwind Labs
        YOU ARE COMMANDED to produce subscriber information and IP login records for the account @harbor_lights_77.
        Case No. GJ-2026-114
        Issued by the Grand Jury, District of Oregon.
        Contact: Special Agent Tom Park, tpark@fbi.gov, (503) 555-0142
        """;

    /// <summary>The same subpoena without an e-mail address.</summary>
    private const string NoEmail = """
        GRAND JURY SUBPOENA
        United States District Court for the District of Oregon
        To: Custodian of Records, Northwind Labs
        YOU ARE COMMANDED to produce subscriber information and IP login records for the account @harbor_lights_77.
        Case No. GJ-2026-114
        Please produce the records by December 18, 2026.
        Issued by the Grand Jury, District of Oregon.
        Contact: Special Agent Tom Park, (503) 555-0142
        """;

    private static Transcript DeadlineRequired()
    {
        var t = new Transcript();
        t.Policy.RequiredFieldsByType["subpoena"] = [.. t.Policy.RequiredFieldsByType["subpoena"], "responseDeadline"];
        return t;
    }

    [Fact]
    public async Task A_typed_deadline_that_is_not_a_date_is_refused_with_the_formats_accepted_and_offered_again_as_typed()
    {
        using var t = DeadlineRequired();
        var asked = await t.Say(NoDeadline);
        Assert.Contains("bot: Missing: response deadline.", asked);

        var refused = (await t.Say("next friday")).ReplaceLineEndings("\n");

        Assert.Contains("bot: Not saved: response deadline: “next friday” is not a date I can read; write it as 2026-03-10, 10 March 2026 or March 10, 2026. Correct it below, or type `skip`.", refused);
        Assert.Contains("bot: Missing: response deadline.", refused);
        Assert.Contains("Response deadline (Date) = “next friday”", refused); // what was typed, in the form to correct
        Assert.DoesNotContain("Is that the right type?", refused);
    }

    [Fact]
    public async Task A_day_month_order_that_could_be_read_two_ways_is_refused_and_a_clear_date_sets_the_case_deadline()
    {
        using var t = DeadlineRequired();
        await t.Say(NoDeadline);

        var ambiguous = await t.Say("03/04/2026");
        var accepted = await t.Say("18 December 2026");
        await t.Say("yes");
        var opened = await t.Say("no");

        Assert.Contains("“03/04/2026” could be read two ways (day first or month first); write the date as 2026-03-10, 10 March 2026 or March 10, 2026.", ambiguous);
        Assert.Contains("Is that the right type?", accepted);
        Assert.Contains("Opened LE-2026-00001.", opened);
        var stored = (await t.Store.GetAsync("LE-2026-00001"))!;
        Assert.Equal(new DateTime(2026, 12, 18), stored.LegalDeadline!.Value.Date);
    }

    [Fact]
    public async Task A_typed_e_mail_that_is_not_an_address_is_refused_and_the_next_answer_is_taken()
    {
        using var t = new Transcript();
        var asked = await t.Say(NoEmail);
        Assert.Contains("bot: Missing: official law-enforcement e-mail address.", asked);

        var refused = await t.Say("tpark at fbi");
        var accepted = await t.Say("tpark@fbi.gov");

        Assert.Contains("bot: Not saved: official law-enforcement e-mail address: “tpark at fbi” is not an e-mail address (name@agency.gov). Correct it below, or type `skip`.", refused);
        Assert.Contains("Is that the right type?", accepted);
    }

    [Theory]
    [InlineData("accounts", "https://", "“https://” is not a web address")]
    [InlineData("accounts", "harbor@lights", "“harbor@lights” is not an e-mail address")]
    [InlineData("phone", "call the front desk", "“call the front desk” is not a phone number")]
    [InlineData("ncmecReportIds", "see attached", "“see attached” holds no CyberTipline report number")]
    [InlineData("responseDeadline", "31 February 2026", "“31 February 2026” is not a date I can read")]
    public void Each_kind_of_typed_answer_says_what_was_wrong(string field, string typed, string expected) =>
        Assert.StartsWith(expected, TriageBot.Dialogs.Flows.MissingFieldsForm.Problem(field, typed, "US"));

    [Theory]
    [InlineData("responseDeadline", "2026-12-18")]
    [InlineData("responseDeadline", "December 18th, 2026")]
    [InlineData("responseDeadline", "Fri 18 Dec 2026")]
    [InlineData("accounts", "@harbor_lights_77, harbor@lights.example, https://social.example/harbor")]
    [InlineData("ncmecReportIds", "CyberTipline report 123456789")]
    [InlineData("phone", "+44 20 7946 0958")]
    public void Usable_typed_answers_pass(string field, string typed) =>
        Assert.Null(TriageBot.Dialogs.Flows.MissingFieldsForm.Problem(field, typed, "US"));
}
