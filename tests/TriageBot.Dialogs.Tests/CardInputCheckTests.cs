using TriageBot.Dialogs.Messages;

namespace TriageBot.Dialogs.Tests;

/// <summary>The one check of a form's values, shared by the Slack modal and the dialogs.</summary>
public class CardInputCheckTests
{
    private static readonly CardInput Email = new("email", "E-mail") { Kind = CardInputKind.Email };
    private static readonly CardInput Phone = new("phone", "Phone") { Kind = CardInputKind.Phone, Required = false };

    [Theory]
    [InlineData("tpark@fbi.gov")]
    [InlineData("Dana.Whitcombe@osp.oregon.gov")]
    public void An_e_mail_address_that_parses_is_accepted(string value) => Assert.Null(Email.Problem(value));

    [Theory]
    [InlineData("tpark at fbi")]
    [InlineData("Tom Park <tpark@fbi.gov>")]
    [InlineData("tpark@localhost")]
    [InlineData("a@b.gov, c@d.gov")]
    public void Anything_but_one_plain_e_mail_address_is_refused_with_what_was_typed(string value) =>
        Assert.Equal($"“{value}” is not an e-mail address (name@agency.gov).", Email.Problem(value));

    [Theory]
    [InlineData("(503) 555-0112")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("503-555-0150 ext. 12")]
    public void A_phone_number_possible_in_the_region_or_with_its_country_code_is_accepted(string value) => Assert.Null(Phone.Problem(value));

    [Theory]
    [InlineData("call the desk")]
    [InlineData("12")]
    public void A_phone_number_that_cannot_be_one_is_refused(string value) =>
        Assert.Equal($"“{value}” is not a phone number (with the area code, or +country code).", Phone.Problem(value));

    [Fact]
    public void An_optional_input_left_empty_is_fine_and_a_required_one_is_not()
    {
        Assert.Null(Phone.Problem(" "));
        Assert.Equal("E-mail cannot be empty.", Email.Problem(""));
    }
}
