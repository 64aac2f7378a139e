using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11 round 16: an order extending a gag, or a notice that a gag was lifted, says in its own words
/// that it asks for no records ("does not require the production of any additional records", "aucune nouvelle
/// demande n'est formulée"): other, whatever warrant its caption names.</summary>
public class NoticeAboutAGagAsksForNoRecordsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("IN RE: SEARCH WARRANT FOR INFORMATION ASSOCIATED WITH \"bay_ridge_trader\"\n\nORDER EXTENDING NON-DISCLOSURE ORDER (18 U.S.C. § 2705(b))\n\nIT IS HEREBY ORDERED that the non-disclosure order is EXTENDED for 180 days. This Order does not require the production of any additional records.\n")]
    [InlineData("Objet : levée de l'ordonnance de non-divulgation\n\nLe tribunal a levé l'ordonnance de non-divulgation accompagnant l'ordonnance de communication visant le compte « mile_end_disques ». Aucune nouvelle demande de renseignements n'est formulée par la présente.\n\nProcureure aux poursuites criminelles et pénales")]
    [InlineData("Asunto: levantamiento del secreto\n\nEl Juzgado ha levantado el secreto de las actuaciones relativas a la cuenta «retiro_libros». No se formula ninguna nueva solicitud.\n")]
    public void A_notice_about_a_gag_that_asks_for_no_records_is_other(string text)
    {
        Assert.Equal(LegalProcessType.Other, _engine.Triage(text).ProcessType);
    }

    [Fact]
    public void A_warrant_that_also_extends_its_gag_stays_a_warrant()
    {
        var result = _engine.Triage("SEARCH AND SEIZURE WARRANT\n\nYou are hereby commanded to search the information associated with \"harbor_fence\" and produce all messages. The non-disclosure order is extended by 180 days.\n");

        Assert.Equal(LegalProcessType.SearchWarrant, result.ProcessType);
    }
}
