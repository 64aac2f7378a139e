using TriageBot.Dialogs.Commands;

namespace TriageBot.Dialogs.Tests.Commands;

/// <summary>"Request missing info" offers the letter as a form to edit; the letter sent back from it is the one
/// kept on the case and given back to send, for reviewers only.</summary>
public sealed class InfoRequestLetterTests : IDisposable
{
    private readonly CommandDesk _desk = new();

    public void Dispose() => _desk.Dispose();

    [Fact]
    public async Task The_draft_comes_with_a_form_holding_the_letter_to_edit_and_a_button_sending_it_back()
    {
        var c = await _desk.OpenAsync(CommandDesk.EmergencyText);

        var card = Assert.Single((await _desk.PressOneAsync("ana", CaseVerbs.RequestInfo, ("case", c.Id))).Cards);

        var form = Assert.IsType<Messages.CardForm>(card.Form);
        var input = Assert.Single(form.Inputs);
        Assert.Equal(CaseVerbs.LetterKey, input.Key);
        Assert.True(input.Multiline);
        Assert.Equal(Assert.Single(card.Sections).Text, input.Value);
        Assert.Equal((CaseVerbs.InfoRequestLetter, c.Id), (form.Submit.Verb, form.Submit.Data["case"]));
    }

    [Fact]
    public async Task The_case_cards_request_button_asks_for_a_form()
    {
        var c = await _desk.OpenAsync(CommandDesk.EmergencyText);

        var card = Assert.Single((await _desk.AskAsync("ana", $"case {c.Id}")).Cards);

        Assert.True(card.Actions.Single(a => a.Verb == CaseVerbs.RequestInfo).OpensForm);
        Assert.False(card.Actions.Single(a => a.Verb == CaseVerbs.Take).OpensForm);
    }

    [Fact]
    public async Task The_edited_letter_is_kept_in_the_notes_and_given_back_as_written()
    {
        var c = await _desk.OpenAsync(CommandDesk.EmergencyText);
        const string letter = "Dear Det. Roe,\nplease tell us the nature of the emergency.\nLaw Enforcement Response Team";

        var reply = await _desk.PressOneAsync("ana", CaseVerbs.InfoRequestLetter, ("case", c.Id), (CaseVerbs.LetterKey, letter));

        var card = Assert.Single(reply.Cards);
        Assert.Equal(letter, Assert.Single(card.Sections).Text);
        Assert.Equal(CaseVerbs.Status, Assert.Single(card.Actions).Verb);
        var note = (await _desk.Store.GetAuditAsync(c.Id)).Last();
        Assert.Equal("ana", note.Actor);
        Assert.Contains(letter, note.NewValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blank_letter_records_nothing()
    {
        var c = await _desk.OpenAsync(CommandDesk.EmergencyText);
        var before = (await _desk.Store.GetAuditAsync(c.Id)).Count;

        var reply = await _desk.PressOneAsync("ana", CaseVerbs.InfoRequestLetter, ("case", c.Id), (CaseVerbs.LetterKey, "  "));

        Assert.Contains("cannot be empty", reply.Text, StringComparison.Ordinal);
        Assert.Equal(before, (await _desk.Store.GetAuditAsync(c.Id)).Count);
    }

    [Fact]
    public async Task Staff_cannot_record_a_letter()
    {
        var c = await _desk.OpenAsync(CommandDesk.EmergencyText);
        var before = (await _desk.Store.GetAuditAsync(c.Id)).Count;

        var reply = await _desk.PressOneAsync("eli", CaseVerbs.InfoRequestLetter, ("case", c.Id), (CaseVerbs.LetterKey, "send it all"));

        Assert.StartsWith("Sorry, only reviewers", reply.Text, StringComparison.Ordinal);
        Assert.Equal(before, (await _desk.Store.GetAuditAsync(c.Id)).Count);
    }
}
