using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11 class 2, round 8: a document that asks the provider for nothing (a gag that ran out, a case that
/// was closed, a warrant served on someone else, a notice "for information only") is "other" however much process it
/// names, in every language read; the same words beside a real demand do not undo the demand.</summary>
public class NoticeForInformationOnlyTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    // A closed case: the warrant it names was served long ago.
    [InlineData("From: Det. Hal Brenner <hbrenner@rivertonpd.org>\nSubject: case 25-0912\n\nHello, our investigation 25-0912 (the burglary ring for which we served a search warrant on you in May) has been closed after the trial. Thank you for the help with the warrant return.\n\nDet. Hal Brenner\n")]
    // A warrant served on a payment processor, not on the provider.
    [InlineData("Subject: heads-up on 3:26-mj-0412\n\nCounsel, a search warrant for the account \"creek_bend_sales\" was served on the payment processor that bills your subscribers. We are not asking you to produce or preserve anything; I mention it in case the processor contacts you.\n\nAUSA M. Quill\n")]
    // A gag that ran out, and a closing line the cue reading would otherwise lose to "does not request".
    [InlineData("Re: In re Search Warrant 24-SW-77\n\nThe order under 18 U.S.C. 2705(b) that accompanied the warrant for the account \"pine_hollow_rx\" expired on October 1 and will not be renewed. This letter does not request any further records, and no response is required.\n\nAUSA L. Ferrante\n")]
    // Portuguese: a court's letter lifting secrecy, merely informative.
    [InlineData("PODER JUDICIÁRIO\nOfício 118/2026\n\nComunico que foi levantado o sigilo decretado no processo em referência, relativo à conta «praia_norte». Não há nova requisição de dados; o presente ofício tem caráter meramente informativo.\n\nEscrivã Judicial\n")]
    // Dutch: the prosecutor's notice that the secrecy term ran out.
    [InlineData("Geachte heer/mevrouw,\n\nDe termijn van geheimhouding bij ons Europees verstrekkingsbevel over het account \"gouda_kaas_shop\" is op 1 november verstreken. U mag de gebruiker informeren. Wij vragen u niets en er is geen reactie nodig.\n\nOfficier van justitie\n")]
    // Spanish: a notice a case was archived, for information.
    [InlineData("Estimados señores:\n\nLes comunicamos que el procedimiento en el que se dictó la orden de entrega de datos de la cuenta «sierra_azul» ha sido archivado. Se lo indicamos a título informativo; no se requiere respuesta.\n\nFiscalía Provincial\n")]
    public void A_notice_that_asks_for_nothing_is_other(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.Emergency);
    }

    [Fact]
    public void A_warrant_that_commands_production_stays_a_warrant_though_an_earlier_case_was_closed()
    {
        var result = _engine.Triage("SEARCH AND SEIZURE WARRANT\n\nThe earlier case against this subscriber has been closed, but a new offence is alleged. " +
                                    "YOU ARE COMMANDED to search the account \"ridge_line_22\" held by Northwind Labs and produce its stored messages for March 2026.\n\nUnited States Magistrate Judge\n");

        Assert.Equal(LegalProcessType.SearchWarrant, result.ProcessType);
    }
}
