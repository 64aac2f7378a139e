using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11, round 18 (class 2): a follow-up on process served earlier that says it brings nothing new ("I'm not
/// attaching anything new", "no adjunto nada nuevo", "je ne joins rien de nouveau", "wir fügen nichts Neues bei", "ik
/// stuur niets nieuws mee") asks for nothing now: "other", whatever warrant it names. A letter that serves a new warrant
/// stays a warrant.</summary>
public class FollowUpThatBringsNothingNewTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Hello,\n\nChecking on the status of the search warrant I served on October 2 for the account \"delta_mixes\" (warrant " +
                "no. 26-SW-118). I just want to make sure it was received. I'm not attaching anything new.\n\nThanks,\nDet. R. Owens\n")]
    [InlineData("Buenos días:\n\nConsulto el estado de la orden de registro que les remitimos el 2 de octubre sobre la cuenta «delta_mixes». " +
                "No adjunto nada nuevo; solo queremos confirmar la recepción.\n\nAtentamente,\nInspectora L. Mora\n")]
    [InlineData("Guten Tag,\n\nich frage nach dem Stand des Durchsuchungsbeschlusses vom 2. Oktober zum Konto \"delta_mixes\". Wir fügen " +
                "nichts Neues bei und möchten nur den Eingang bestätigt wissen.\n\nMit freundlichen Grüßen\nKHK R. Vogel\n")]
    public void A_follow_up_that_brings_nothing_new_asks_for_nothing(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.Contains(result.Evidence, e => e.About == "processType");
    }

    [Fact]
    public void A_letter_serving_a_new_warrant_stays_a_warrant()
    {
        var result = _engine.Triage("Hello,\n\nFurther to our call, attached is a search warrant signed today by Judge Ames for the account " +
                                    "\"delta_mixes\": stored messages and photos from June 1 to November 30, 2026.\n\nThanks,\nDet. R. Owens\n");

        Assert.Equal(LegalProcessType.SearchWarrant, result.ProcessType);
    }
}
