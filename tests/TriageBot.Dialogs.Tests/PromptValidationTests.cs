using TriageBot.Dialogs.Engine;

namespace TriageBot.Dialogs.Tests;

public class PromptValidationTests
{
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
        Assert.IsType<PromptValidation.Check.Valid>(PromptValidation.Validate(prompt, input)).Result;

    private static string Invalid(PromptSpec prompt, string input) =>
        Assert.IsType<PromptValidation.Check.Invalid>(PromptValidation.Validate(prompt, input)).Expected;
}
