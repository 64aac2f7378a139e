using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.HardNegatives;

/// <summary>Issue 11 round 12: a foreign force's notice that its case is closed and its earlier preservation "may
/// lapse" asks for nothing: it is no direct foreign request.</summary>
public class ForeignPreservationMayLapseTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Het onderzoek is afgerond. Het bewaarverzoek voor het account \"polder_finch_3\" mag vervallen.")]
    [InlineData("The investigation is over. The preservation request for the account \"polder_finch_3\" may now lapse.")]
    [InlineData("Die Ermittlungen sind abgeschlossen. Die Sicherung des Kontos \"polder_finch_3\" kann verfallen.")]
    public void A_preservation_that_may_lapse_asks_for_nothing(string notice)
    {
        var result = _engine.Triage($"""
            From: Recherche Team <recherche.team@politie.nl>
            Subject: Afgesloten / closed

            {notice}
            Met vriendelijke groet, Brigadier P. de Wit
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }
}
