using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11, round 11: a foreign police force that "asks that you preserve" the account's data and adds that it
/// requests no disclosure yet asks to preserve: a direct request from foreign police (international, with the foreign
/// direct process finding), not a letter that asks for nothing.</summary>
public class ForeignPoliceAskingToPreserveTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_foreign_request_to_preserve_that_denies_disclosure_is_international()
    {
        const string text = "From: Constable Ben Harlow <ben.harlow@police.govt.nz>\nSubject: Request to preserve data\n\n" +
                            "New Zealand Police is investigating harassment by the account \"kauri_shadow\". We ask that you preserve all " +
                            "data associated with the account for 90 days while we prepare a mutual assistance request. We are not " +
                            "requesting disclosure at this time.\n\nConstable Ben Harlow\nNew Zealand Police, Wellington\n";

        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }
}
