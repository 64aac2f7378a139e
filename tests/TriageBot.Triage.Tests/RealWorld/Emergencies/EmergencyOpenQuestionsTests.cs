using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11, round 12: what an emergency page carries beside it. A minor sextorted in an emergency is paged at
/// P0; it is a child-safety case (NCMEC) only once a CyberTipline report exists or exploitation material is named. An
/// "emergency" that says nobody is hurt (a property crime pressed as urgent) states no basis for voluntary disclosure
/// and gets no contents without a warrant. A journalist's own deadline sets no priority.</summary>
public class EmergencyOpenQuestionsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("From: SA Lee <jlee@agency.example.gov>\nSubject: EMERGENCY DISCLOSURE REQUEST\n\nA 14-year-old girl is being sextorted by " +
                "the account \"shadow_pix_3\" and told a friend tonight she wants to end her life. No CyberTipline report has been filed yet. " +
                "We ask on an emergency basis for the subscriber and login IP data of shadow_pix_3.\n")]
    [InlineData("Polizia di Stato — Polizia Postale\n\nOGGETTO: richiesta urgente — minore vittima di sextortion con propositi suicidari\n\n" +
                "Un ragazzo di 15 anni è ricattato dal profilo «lara_blu_09» e ha scritto di volersi togliere la vita. Chiediamo IP e telefono del profilo.\n")]
    public void A_sextortion_emergency_without_a_report_is_paged_but_no_ncmec_case(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.Emergency);
        Assert.False(result.Flags.Ncmec);
        Assert.Equal(Priority.P0, result.Priority);
    }

    [Fact]
    public void A_sextortion_emergency_citing_a_report_is_also_a_child_safety_case()
    {
        var result = _engine.Triage(
            "From: Det. Ruiz <druiz@county.example.gov>\nSubject: EMERGENCY DISCLOSURE REQUEST\n\nA 13-year-old boy is being sextorted by " +
            "\"night_owl_x\" and has threatened to kill himself. CyberTipline Report 214455667 concerns the same account. " +
            "Please provide subscriber and IP data for night_owl_x.\n");

        Assert.True(result.Flags.Emergency);
        Assert.True(result.Flags.Ncmec);
    }

    [Fact]
    public void An_emergency_that_says_nobody_is_hurt_asks_for_its_basis_and_gets_no_contents_without_a_warrant()
    {
        var result = _engine.Triage(
            "EMERGENCY DISCLOSURE REQUEST\n\nAgency: County Sheriff's Office, Property Crimes\nE-mail: jdoe@county.example.gov\n\n" +
            "Nature of emergency: stolen generators and tools from empty farm sheds are being resold by the account \"field_gear_deals\". " +
            "Nobody has been hurt, but the goods will be gone by the weekend.\n\nPlease send subscriber info and all messages between the account and buyers.\n");

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.Contains(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
        Assert.Contains(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Fact]
    public void An_emergency_that_states_a_danger_gets_no_warrant_finding_for_the_messages_it_needs()
    {
        var result = _engine.Triage(
            "EMERGENCY DISCLOSURE REQUEST\n\nAgency: City Police Department\nE-mail: kchan@city.example.gov\n\n" +
            "A 12-year-old girl has been reported missing tonight after arranging to meet an adult. Please send the location data and " +
            "the messages between the account \"sky_runner_12\" and the adult so we can find where they meet.\n");

        Assert.True(result.Flags.Emergency);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Fact]
    public void A_journalists_own_deadline_sets_no_priority()
    {
        var result = _engine.Triage(
            "Soy periodista de un diario digital y preparo un reportaje sobre solicitudes de emergencia falsas. No les pido datos de ningún " +
            "usuario. ¿Cuántas solicitudes de emergencia recibieron el año pasado? Necesito sus respuestas antes del 24 de noviembre de 2026, mi fecha de cierre.\n");

        Assert.False(result.Flags.Emergency);
        Assert.Equal(Priority.P3, result.Priority);
    }
}
