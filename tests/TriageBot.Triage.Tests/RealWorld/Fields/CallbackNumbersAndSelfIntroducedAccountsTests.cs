namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 14, the targets: a callback number ending a sentence is not the target because the NEXT sentence
/// speaks of the subscriber; a victim's account marked by a compound aside ("(Opferkonto)") is no target; a data
/// subject who introduces themself as a user under a name asks about no third party's account; an id beside a quoted
/// name the PDF text layer wrapped is still the target's id.</summary>
public class CallbackNumbersAndSelfIntroducedAccountsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_callback_number_before_a_sentence_about_the_subscriber_is_not_a_target()
    {
        var result = _engine.Triage("""
            ADMINISTRATIVE SUBPOENA
            Produce the subscriber records of the account "mesa_pill_trader" and the phone number +1 602-555-0144 linked to it.

            Please respond by 12/20/2026 to Special Agent Noor Halvorsen, noor.halvorsen@dea.gov,
            (602) 555-0179. Please do not tell the subscriber about this subpoena.
            """);

        Assert.DoesNotContain(result.Fields.Accounts, a => a.Value == "+16025550179");
        Assert.Contains(result.Fields.Accounts, a => a.Value == "+16025550144");
    }

    [Fact]
    public void A_child_account_marked_as_the_victims_account_in_one_word_is_not_a_target()
    {
        var result = _engine.Triage("""
            Polizeipräsidium Dortmund, Kriminalkommissariat 12
            Wir bitten um Bestandsdaten und die Chatverläufe zwischen "ruhr_wolf_44" und dem Konto des Kindes
            "kleine_elster_do" (Opferkonto).
            """);

        Assert.DoesNotContain(result.Fields.Accounts, a => a.Value.TrimStart('@') == "kleine_elster_do");
        Assert.Contains(result.Fields.Accounts, a => a.Value.TrimStart('@') == "ruhr_wolf_44");
    }

    [Theory]
    [InlineData("ich bin Nutzer Ihres Dienstes unter dem Namen \"moorlicht_anna\" und bitte gemäß Art. 15 DSGVO um Auskunft über meine Daten.", "moorlicht_anna")]
    [InlineData("I am a user of your service under the name \"fenland_ivy\" and ask, under Article 15 GDPR, for a copy of my data.", "fenland_ivy")]
    public void A_data_subject_introducing_their_own_username_names_no_target(string sentence, string handle)
    {
        var result = _engine.Triage(sentence + "\n\nKind regards\n");

        Assert.DoesNotContain(result.Fields.Accounts, a => a.Value.TrimStart('@') == handle);
    }

    [Fact]
    public void An_id_beside_a_quoted_name_wrapped_by_the_pdf_text_is_found()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT
            YOU ARE COMMANDED to search [Provider], for the account "desert_lark_ren
            tals_az" (id 55410982237), and to seize the stored communications of the account.
            """);

        Assert.Contains(result.Fields.Accounts, a => a.Value == "55410982237");
    }
}
