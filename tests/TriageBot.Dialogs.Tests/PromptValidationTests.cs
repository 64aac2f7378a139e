using TriageBot.Cases;
using TriageBot.Dialogs.Engine;

namespace TriageBot.Dialogs.Tests;

public class PromptValidationTests
{
    private static readonly TeamMember[] Roster = [new() { Id = "dana", Name = "Dana Okafor" }, new() { Id = "lee", Name = "Lee Park" }];

    [Theory]
    [InlineData("LE-2026-00042", "LE-2026-00042")]
    [InlineData("2026-42", "LE-2026-00042")]
    public void A_case_number_prompt_accepts_both_spellings(string input, string expected) =>
        Assert.Equal(new PromptResult.Answered(expected), Valid(PromptSpec.CaseNumber("Which case?"), input));

    [Fact]
    public void A_case_number_prompt_says_what_a_case_number_looks_like() =>
        Assert.Contains("LE-2026-00042", Invalid(PromptSpec.CaseNumber("Which case?"), "the Boise one"));

    [Theory]
    [InlineData("lee", "lee")]
    [InlineData("Dana Okafor", "dana")]
    [InlineData("dana", "dana")]
    public void A_team_member_prompt_accepts_ids_and_names(string input, string expected) =>
        Assert.Equal(new PromptResult.Answered(expected), Valid(PromptSpec.TeamMember("Who?"), input));

    [Fact]
    public void A_team_member_prompt_names_the_team_when_it_does_not_know_someone() =>
        Assert.Contains("dana, lee", Invalid(PromptSpec.TeamMember("Who?"), "bob"));

    [Fact]
    public void Skip_is_an_answer_only_where_allowed()
    {
        Assert.IsType<PromptResult.Skipped>(Valid(PromptSpec.Text("Phone?", allowSkip: true), "skip"));
        Assert.Equal(new PromptResult.Answered("skip"), Valid(PromptSpec.Text("Phone?"), "skip"));
    }

    [Fact]
    public void A_choice_is_taken_by_number_value_title_or_yes_for_the_proposed_one()
    {
        var prompt = PromptSpec.Choice("Type?", [new("subpoena", "Subpoena"), new("search_warrant", "Search warrant")], "subpoena");

        Assert.Equal(new PromptResult.Answered("search_warrant"), Valid(prompt, "2"));
        Assert.Equal(new PromptResult.Answered("search_warrant"), Valid(prompt, "search warrant"));
        Assert.Equal(new PromptResult.Answered("search_warrant"), Valid(prompt, "search_warrant"));
        Assert.Equal(new PromptResult.Answered("subpoena"), Valid(prompt, "yes"));
        Assert.Contains("1–2", Invalid(prompt, "3"));
    }

    private static PromptResult Valid(PromptSpec prompt, string input) =>
        Assert.IsType<PromptValidation.Check.Valid>(PromptValidation.Validate(prompt, input, Roster)).Result;

    private static string Invalid(PromptSpec prompt, string input) =>
        Assert.IsType<PromptValidation.Check.Invalid>(PromptValidation.Validate(prompt, input, Roster)).Expected;
}
