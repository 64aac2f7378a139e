using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11 class 3: a warrant, an order or a subpoena names the offences its records are evidence of
/// ("kidnapping", "a robbery/kidnapping investigation"); that is no present danger and must not page at night. The
/// same paper pages when it says a life is in danger now.</summary>
public class OffenceNamedInServedProcessTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_warrant_naming_kidnapping_as_the_offence_does_not_page()
    {
        var result = _engine.Triage("""
            IN THE SUPERIOR COURT OF THE STATE OF ARIZONA IN AND FOR THE COUNTY OF YAVAPAI
            SEARCH WARRANT
            Proof by affidavit having been made before me, I am satisfied that there is probable cause to believe that
            the records described below constitute evidence of the offenses of kidnapping and aggravated assault.
            YOU ARE THEREFORE COMMANDED to search for and seize from [Provider] the subscriber information and IP logs of
            the account "granite_dells_rider".
            """);

        Assert.Equal(LegalProcessType.SearchWarrant, result.ProcessType);
        Assert.False(result.Flags.Emergency);
        Assert.NotEqual(Priority.P0, result.Priority);
    }

    [Fact]
    public void A_warrant_that_says_a_life_is_in_danger_now_pages()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT - EXPEDITED SERVICE REQUESTED
            There is probable cause to believe that the records of the account "granite_dells_rider" are evidence of
            kidnapping. The victim, a 9-year-old girl, has not been found and is in immediate danger of serious bodily injury.
            YOU ARE THEREFORE COMMANDED to produce the subscriber information and recent IP logs of the account.
            """);

        Assert.True(result.Flags.Emergency);
        Assert.Equal(Priority.P0, result.Priority);
    }

    [Fact]
    public void A_bomb_set_to_go_off_in_Portuguese_is_an_emergency_whose_basis_is_stated()
    {
        var result = _engine.Triage("""
            POLÍCIA DE SEGURANÇA PÚBLICA - Comando Distrital do Porto
            ASSUNTO: PEDIDO URGENTE DE DADOS
            Esta manhã o utilizador da conta "ribeira_fim" publicou que hoje às 15h fará explodir um engenho na estação de
            São Bento. A ameaça é considerada credível e a estação está a ser evacuada.
            Solicitamos os dados de registo da conta e os endereços IP das últimas 48 horas.
            Subcomissária Ana Lobo-Mensah, psp.porto@psp.pt
            """);

        Assert.True(result.Flags.Emergency);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }
}
