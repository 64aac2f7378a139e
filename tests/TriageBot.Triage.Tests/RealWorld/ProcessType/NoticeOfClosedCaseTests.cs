using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11, round 9: a police notice that the case behind an earlier request is closed ("classée sans
/// suite", "archiviata") and that no more data is asked for requests nothing: it is "other" in every language.</summary>
public class NoticeOfClosedCaseTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Police nationale – Commissariat de Rennes\n\nMadame, Monsieur,\n\nPour information, la procédure visée par notre réquisition " +
                "du 3 septembre concernant le compte « vilaine_nuit » a été classée sans suite par le parquet. Aucune donnée supplémentaire " +
                "n'est demandée.\n\nLieutenant P. Garnier\n")]
    [InlineData("Questura di Bologna\n\nGentili Signori,\n\nvi informiamo che la causa relativa alla nostra richiesta del 5 ottobre sull'account " +
                "«portici_rossi» è stata archiviata. Non sono richiesti ulteriori dati.\n\nIspettore L. Ferri\n")]
    public void A_notice_that_the_case_is_closed_is_other(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }
}
