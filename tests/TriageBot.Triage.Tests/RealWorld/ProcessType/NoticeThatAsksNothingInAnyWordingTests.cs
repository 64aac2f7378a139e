using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11 round 12: a force's notice that its earlier request is revoked, its case archived by the
/// prosecutor or its file closed asks for nothing, and says so in the grammar the languages share: "no data is to be
/// sent", "nothing to send us", "we need no other information", "archived by the prosecutor", "the preservation may
/// end". It is "other", not a direct foreign request, in any of them. A request that carves out content alone still
/// asks for what it lists.</summary>
public class NoticeThatAsksNothingInAnyWordingTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("QUESTURA DI VERONA – Squadra Mobile\n\nOggetto: richiesta del 3/11/2026 relativa al profilo @arena_biglietti_vr\n\n" +
                "Vi informiamo che la richiesta indicata in oggetto non ha più ragione d'essere. Nessun dato va trasmesso a questo Ufficio " +
                "e la conservazione dei dati può essere interrotta.\n\nIsp. Carla Mbeki – tel. 045 555 0101\n")]
    [InlineData("GUARDA NACIONAL REPUBLICANA – Posto Territorial de Faro\n\nExmos. Senhores,\n\nO inquérito relativo ao perfil " +
                "@faro_motas_usadas foi arquivado pelo Ministério Público. Não precisamos de nenhuma outra informação.\n\nCabo R. Tavares\n")]
    [InlineData("SÛRETÉ DU QUÉBEC – Division des crimes informatiques\n\nMadame, Monsieur,\n\nNous vous avisons que notre dossier 26-4411 " +
                "visant le compte « lac_st_jean_deals » est clos. Vous n'avez rien de plus à nous transmettre.\n\nSgt L. Tremblay\n")]
    [InlineData("POLICÍA DE INVESTIGACIONES – Brigada Cibercrimen Valparaíso\n\nSeñores:\n\nLes comunicamos que la causa por estafa " +
                "relativa a la cuenta @valpo_celulares fue archivada por la Fiscalía. Ningún dato debe ser enviado.\n\nSubcomisario P. Araya\n")]
    public void A_notice_that_closes_or_revokes_asks_for_nothing(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void A_request_that_only_carves_out_content_still_asks()
    {
        var result = _engine.Triage("""
            POLÍCIA JUDICIÁRIA – Unidade Nacional de Combate ao Cibercrime
            Exmos. Senhores,
            Solicitamos os dados de registo e os endereços IP do perfil @lx_trotinetes entre 01/10/2026 e 31/10/2026.
            Nenhum dado de conteúdo é solicitado.
            Inspetor M. Quaresma
            """);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
    }
}
