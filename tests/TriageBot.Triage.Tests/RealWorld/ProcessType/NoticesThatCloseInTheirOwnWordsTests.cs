using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11 round 13: a police or prosecutor's notice that asks for nothing (its case closed, its preservation no
/// longer needed or let lapse, its gag lifted, nothing further asked) says so in its own verb, in every language read;
/// it is "other" and no foreign process, whatever request it names. A request that still asks, or an extension that
/// warns the hold may lapse, is not such a notice.</summary>
public class NoticesThatCloseInTheirOwnWordsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    // nl: the case is wrapped up and the preservation may lapse
    [InlineData("Van: Recherche Zuid <recherche.zuid@politie.nl>\nOnderwerp: Bewaring account \"maas_markt_12\"\n\nGeachte heer/mevrouw,\n\nIn augustus vroegen wij u de gegevens van het account \"maas_markt_12\" te bewaren. Het onderzoek is inmiddels afgerond. Het bewaarverzoek mag vervallen; wij hebben geen gegevens meer nodig.\n\nMet vriendelijke groet,\nInspecteur L. de Groot\n")]
    // de: proceedings discontinued by a decision with a date and a section, preservation no longer needed
    [InlineData("Staatsanwaltschaft Bremen\nAktenzeichen: 410 Js 2211/26\n\nBetreff: Sicherungsanordnung vom 02.09.2026, Konto \"weser_blick\"\n\nSehr geehrte Damen und Herren,\n\ndas Verfahren wurde mit Verfügung vom 20.11.2026 nach § 170 Abs. 2 StPO eingestellt. Einer weiteren Sicherung der Kontodaten bedarf es nicht mehr. Eine Herausgabe wird nicht begehrt.\n\nMit freundlichen Grüßen\nStaatsanwalt K. Brandt\n")]
    // it: the preservation is no longer asked for
    [InlineData("Questura di Bari - Sezione Polizia Postale\n\nOggetto: richiesta di conservazione del 5 ottobre 2026, profilo \"levante_shop\"\n\nSi comunica che la conservazione dei dati non è più richiesta. Nessun ulteriore adempimento è dovuto.\n\nIl Dirigente, dott.ssa M. Lops\n")]
    // pt: nothing more to ask, the matter may be closed
    [InlineData("Polícia Judiciária - Diretoria do Norte\n\nAssunto: perfil \"douro_vinhos_top\" - encerramento\n\nExmos. Senhores,\n\nConfirmamos a receção dos dados enviados. O pedido ficou integralmente satisfeito. Não há mais nada a solicitar e podem dar o assunto por encerrado.\n\nInspetor R. Sousa\n")]
    // es: withdrawn, the prosecutor closed the file, nothing to send
    [InlineData("Policía Nacional - Unidad de Ciberdelincuencia\n\nAsunto: cuenta \"plaza_mayor_ofertas\"\n\nLes informamos que desistimos de la solicitud del pasado 12 de noviembre. La Fiscalía archivó las diligencias. No es necesario enviar ninguna información.\n\nInspectora C. Ruiz\n")]
    // fr: nothing asked any more
    [InlineData("Commissariat central de Rennes\n\nObjet : compte « vilaine_deals »\n\nMadame, Monsieur,\n\nNotre réquisition du 3 octobre concernant le compte « vilaine_deals » a reçu réponse. Nous ne vous demandons plus rien sur ce dossier.\n\nCapitaine J. Le Goff\n")]
    // en: the gag is vacated and nothing further is requested
    [InlineData("From: AUSA Dana Whitcombe <dana.whitcombe@usdoj.gov>\nSubject: Case 3:26-mj-00912 - order vacated\n\nCounsel,\n\nThe Court vacated the nondisclosure order that accompanied our 2703(d) order for the account \"lakeshore_lumen\". Your production was complete and we are not requesting anything further.\n\nDana Whitcombe, AUSA\n")]
    public void A_notice_that_closes_releases_or_asks_nothing_further_is_other(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code is "FOREIGN_DIRECT_PROCESS" or "PRESERVATION_EXPIRY");
    }

    [Fact]
    public void A_renewal_that_warns_the_preservation_may_lapse_is_still_a_preservation_request()
    {
        var result = _engine.Triage("From: Det. Omar Reyes <oreyes@flagstaffaz.gov>\nSubject: Extension of preservation 26-7781\n\nPursuant to 18 U.S.C. 2703(f), we ask you to extend for a further 90 days the preservation of records for the account \"red_rock_runner\". Without this renewal the preservation may lapse before our warrant is ready.\n\nDet. Omar Reyes, Flagstaff Police Department, (928) 555-0134\n");

        Assert.Equal(LegalProcessType.Preservation, result.ProcessType);
    }

    [Fact]
    public void A_request_that_still_commands_production_after_naming_a_closed_case_is_not_a_notice()
    {
        var result = _engine.Triage("SUBPOENA DUCES TECUM\n\nYOU ARE COMMANDED to produce subscriber records for the account \"ozark_trader\". An earlier inquiry into the account holder's brother has been closed; this subpoena concerns a new investigation.\n\nInv. Paula Greer, Benton County Sheriff's Office, pgreer@bentoncountyar.gov, (479) 555-0120\n");

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
    }
}
