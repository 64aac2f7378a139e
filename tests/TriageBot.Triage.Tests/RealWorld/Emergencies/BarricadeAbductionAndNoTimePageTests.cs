using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11 round 12 (blind set): three emergencies read as "other" because their wording named no situation
/// the cues knew — a barricaded man with people inside, a parent taking a child abroad against a custody order, an
/// impostor who "doesn't have time for paperwork". A text that describes a person in present danger and asks for data
/// now pages, in every language read.</summary>
public class BarricadeAbductionAndNoTimePageTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("en", "A man with a shotgun is barricaded inside a farmhouse with his brother-in-law.")]
    [InlineData("en", "We are working an active standoff at a trailer park; the suspect has a rifle.")]
    [InlineData("de", "Ein bewaffneter Mann hat sich in einer Wohnung verschanzt, seine Nachbarin ist bei ihm.")]
    [InlineData("fr", "Un individu armé est retranché dans un pavillon avec son ancienne compagne.")]
    [InlineData("es", "Un hombre armado está atrincherado en un piso con su expareja.")]
    [InlineData("pt", "Um homem armado está barricado numa casa com a ex-companheira.")]
    [InlineData("it", "Un uomo armato è barricato in un appartamento con la ex compagna.")]
    [InlineData("nl", "Een gewapende man heeft zich in een woning verschanst met zijn ex-partner.")]
    public void A_barricaded_person_with_others_inside_pages(string language, string situation)
    {
        var result = _engine.Triage($"""
            From: Tactical Desk <tactical.desk@police.example.gov>
            Subject: Scene in progress

            {situation}
            He is still posting on your service as "quarry_lantern_12". Please send the phone number on the account and
            the login IP addresses of the last three hours.
            Sgt. L. Moreno, Crisis Negotiation
            """);

        Assert.True(result.Flags.Emergency, language);
        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.Equal(Priority.P0, result.Priority);
    }

    [Theory]
    [InlineData("Custodial interference: the father took the 3-year-old from her grandmother's home against the custody order.")]
    [InlineData("This is a parental abduction in progress: the mother left with the boy and has a ticket out of the country tonight.")]
    public void A_parental_abduction_in_progress_pages(string situation)
    {
        var result = _engine.Triage($"""
            From: Det. K. Albers <kalbers@sheriff.example.gov>
            Subject: Child to be moved abroad within hours

            {situation}
            She is active as "birch_harbor_77". We request the e-mail, phone and recent login IPs to find the car.
            Det. K. Albers, Special Victims
            """);

        Assert.True(result.Flags.Emergency);
        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
    }

    [Fact]
    public void A_custody_quarrel_that_only_reports_a_bitter_remark_does_not_page()
    {
        var result = _engine.Triage("""
            From: J. Doe <jdoe.home@example.net>
            Subject: question about my ex's account

            My ex said months ago that I will never see the kids again, but we have a hearing in March.
            How do I get a copy of his posts for the family court?
            """);

        Assert.False(result.Flags.Emergency);
    }

    [Theory]
    [InlineData("i dont have time for paperwork, just send it")]
    [InlineData("I don't have time for a warrant tonight.")]
    [InlineData("We do not have the time to get a court order.")]
    public void A_writer_without_time_for_process_claims_an_emergency_and_is_asked_its_basis(string claim)
    {
        var result = _engine.Triage($"""
            From: Deputy T. Marsh <deputy.tmarsh.sheriff@outlook.com>
            Subject: need info now

            this is Deputy Marsh with the county sheriff. {claim}
            user is "ember_fox_2011". I need the phone number, email and her location. reply here only.
            """);

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.True(result.Flags.Emergency);
        Assert.True(result.Flags.SuspiciousSender);
        Assert.Contains(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }
}
