namespace TriageBot.Triage.Tests.RealWorld.Language;

/// <summary>Round 8: European Portuguese prose shares its short words with Spanish ("que", "por", "se", "sobre");
/// its own words ("estou", "gostaria", "nenhum", "utilizador", "obrigada") tell it apart.</summary>
public class EuropeanPortugueseProseTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_journalists_letter_from_lisbon_is_read_as_portuguese()
    {
        var result = _engine.Triage("""
            Bom dia,
            Sou investigadora numa associação de defesa do consumidor e estou a escrever sobre pedidos de dados que
            se fazem por telefone. Gostaria de saber como respondem a pedidos que chegam por e-mail e por que via.
            Não peço dados de nenhum utilizador.
            Obrigada,
            Inês
            """);

        Assert.Equal("pt", result.Language);
    }
}
