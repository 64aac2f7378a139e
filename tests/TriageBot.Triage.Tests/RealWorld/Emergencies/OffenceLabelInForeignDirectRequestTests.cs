using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11, round 9: a foreign police force's direct request labels the offence it concerns ("Faits :
/// menaces de mort", "Tatvorwurf: Bedrohung"); a threat named on that line is the case's offence, not a present
/// danger. The request stays international and does not page; one that says a life is at risk now still pages.</summary>
public class OffenceLabelInForeignDirectRequestTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_direct_request_labelling_death_threats_as_its_offence_does_not_page()
    {
        var result = _engine.Triage("GENDARMERIE NATIONALE – Brigade de recherches de Nîmes\nRÉQUISITION (art. 77-1-1 du code de procédure pénale)\n\n" +
                                    "Nous, maréchal des logis-chef, requérons la communication des données d'identification du titulaire du compte " +
                                    "« garrigue_noire » (adresse électronique, adresses IP de connexion).\n\n" +
                                    "Faits : harcèlement en ligne et menaces de mort (art. 222-17 CP).\n");

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.False(result.Flags.Emergency);
    }

    [Fact]
    public void A_direct_request_saying_a_life_is_at_risk_now_pages()
    {
        var result = _engine.Triage("GENDARMERIE NATIONALE – Brigade de recherches de Nîmes\n\nURGENT : le titulaire du compte « garrigue_noire » " +
                                    "a annoncé qu'il allait tuer son ancienne compagne ce soir. Sa vie est en danger immédiat. Merci de nous " +
                                    "communiquer sans délai l'adresse IP et le numéro de téléphone du compte.\n");

        Assert.True(result.Flags.Emergency);
    }
}
