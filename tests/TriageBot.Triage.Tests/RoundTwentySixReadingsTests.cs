using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

/// <summary>Round 26: figures about the CyberTipline as a whole are statistics, about no case; a limit in hours ends
/// on the day those hours run out from the message's date, and hours around an event are data asked for; a town's
/// mailbox that signs as a state's police is not shown to be it; an agency's name leaves out the rank before it, the
/// unit after it, and a line break that cut its place off.</summary>
public class RoundTwentySixReadingsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Según el informe público del NCMEC, su CyberTipline recibió en 2025\nmás de 20.500.000 denuncias. ¿Cuántos reportes envió su empresa al CyberTipline en 2026?")]
    [InlineData("NCMEC's CyberTipline received more than 20.5 million reports last year. How many reports did your company send to the CyberTipline in 2026?")]
    [InlineData("Le CyberTipline du NCMEC a reçu 20 millions de signalements en 2025 ; combien de signalements votre entreprise a-t-elle transmis au NCMEC ?")]
    public void Figures_about_the_CyberTipline_as_a_whole_are_no_child_safety_matter(string question)
    {
        var result = _engine.Triage($"""
            From: Research desk <estudios@example.org>
            Subject: Annual report - aggregate figures

            We are a foundation preparing our annual report on children's safety online.
            {question}
            We do not ask for any user's data or any particular case.
            """);

        Assert.False(result.Flags.Ncmec);
        Assert.NotEqual(Priority.P1, result.Priority);
    }

    [Fact]
    public void A_CyberTipline_report_cited_by_its_number_is_still_a_child_safety_matter()
    {
        var result = _engine.Triage("""
            From: Det. Rosa Adeyemi <radeyemi@phoenix.gov>
            Subject: CyberTipline report 198 445 210 - records request

            Our ICAC unit received CyberTipline report 198445210 about the account "lakeview_kid_22". A search warrant
            follows; please preserve the account.
            """);

        Assert.True(result.Flags.Ncmec);
    }

    [Theory]
    [InlineData("Produce the records within 48 hours to this address.", 2027, 2, 10)]
    [InlineData("Bitte übermitteln Sie die Daten innerhalb von 24 Stunden.", 2027, 2, 9)]
    [InlineData("Merci de répondre dans les soixante-douze heures.", 2027, 2, 11)]
    public void A_limit_in_hours_ends_on_the_day_the_hours_run_out(string ask, int year, int month, int day)
    {
        var result = _engine.Triage($"""
            From: Det. Rosa Adeyemi <radeyemi@phoenix.gov>
            Subject: records request
            Date: Mon, 08 Feb 2027 10:15:00 -0700

            Subscriber information for the account "lakeview_kid_22" is requested.
            {ask}
            """);

        Assert.Equal(new DateOnly(year, month, day), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void Hours_around_an_event_are_data_asked_for_not_a_limit()
    {
        var result = _engine.Triage("""
            From: Det. Rosa Adeyemi <radeyemi@phoenix.gov>
            Subject: records request
            Date: Mon, 08 Feb 2027 10:15:00 -0700

            Please provide the IP addresses used by the account "lakeview_kid_22" within 24 hours before the call to
            911 that reported the shooting.
            """);

        Assert.Null(result.Fields.ResponseDeadline);
    }

    [Theory]
    [InlineData("deputyclerk@townofwestfield-il.gov", true)]
    [InlineData("dana.kowalczyk@isp.illinois.gov", false)]
    [InlineData("dana.kowalczyk@isp.state.il.us", false)]
    public void A_town_mailbox_signing_as_a_state_police_is_not_shown_to_be_it(string from, bool suspicious)
    {
        var result = _engine.Triage($"""
            From: Dana Kowalczyk <{from}>
            Subject: EXIGENT - missing child - chitown_uncle_ray

            A 9 year old child is missing and believed to be with the holder of the account "chitown_uncle_ray".
            We need the subscriber details and recent IP addresses immediately.

            Special Agent Dana Kowalczyk
            Illinois State Police DCI, Zone 2
            """);

        Assert.Equal(suspicious, result.Flags.SuspiciousSender);
    }

    [Fact]
    public void A_rank_in_capitals_before_the_agency_is_not_part_of_its_name()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT
            TO ANY SHERIFF, DEPUTY SHERIFF, CORONER, CONSTABLE, MARSHAL, POLICE OFFICER, OR
            AGENT OF THE GEORGIA BUREAU OF INVESTIGATION, AND TO EXAMPLE CHAT, INC.:
            You are commanded to search for and seize the stored messages of the account "peachtree_ghost_9".
            """);

        Assert.Equal("GEORGIA BUREAU OF INVESTIGATION", result.Fields.AgencyName);
    }

    [Fact]
    public void The_unit_after_an_agency_is_not_part_of_its_name()
    {
        var result = _engine.Triage("""
            From: Sgt. Lena Ortiz-Baptiste <lortiz@phoenix.gov>
            Subject: barricaded subject - threat to shoot hostages

            I am a sergeant with the Phoenix Police Department Special Assignments Unit. A man holding two people in an
            apartment is posting threats to shoot them from the account "desert_storm_77"; we need its IP logs now.
            """);

        Assert.Equal("Phoenix Police Department", result.Fields.AgencyName);
    }

    [Fact]
    public void An_agency_cut_by_a_line_break_is_named_in_full_where_the_text_gives_it_whole()
    {
        var result = _engine.Triage("""
            Upon the sworn complaint of Detective Halvard Moe of the King County
            Sheriff's Office, made before me this day, I find probable cause to search the account "emerald_drift".

            Affiant contact: Det. Halvard Moe, King County Sheriff's Office, 206-555-0142
            """);

        Assert.Equal("King County Sheriff's Office", result.Fields.AgencyName);
    }
}
