using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11, round 11: a police thank-you that says the provider need supply no further data ("U hoeft geen
/// verdere gegevens te verstrekken", "you do not need to provide any further information") asks for nothing, even when
/// it names the earlier order it closes: other, not a new foreign request.</summary>
public class NoFurtherDataNeededInDutchTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Van: Team Digitale Recherche <digitale.recherche@politie.nl>\nOnderwerp: Afronding onderzoek\n\n" +
                "Dank voor de gegevens die u op ons EPOC-bevel van september heeft verstrekt over het account \"maas_vogel\". " +
                "De zaak is afgerond. U hoeft geen verdere gegevens te verstrekken.\n\nMet vriendelijke groet,\nPolitie Eenheid Rotterdam\n")]
    [InlineData("From: Detective Unit <det.unit@politie.nl>\nSubject: Case closed\n\nThank you for the records produced under our EPOC " +
                "in October for the account \"maas_vogel\". The case is closed and you do not need to provide any further information.\n\n" +
                "Politie Eenheid Rotterdam\n")]
    public void A_thank_you_that_needs_no_further_data_is_other(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }
}
