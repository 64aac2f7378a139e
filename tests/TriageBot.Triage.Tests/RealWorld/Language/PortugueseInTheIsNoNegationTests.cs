namespace TriageBot.Triage.Tests.RealWorld.Language;

/// <summary>Round 11: Portuguese "no", "na", "nos", "nas" mean "in the" ("no histórico", "no desaparecimento"); the
/// Portuguese negation is "não". A cue right after such a contraction is asked for, not denied. Spanish "no" and
/// Italian "non" still deny what follows them, and so does "não".</summary>
public class PortugueseInTheIsNoNegationTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void Portuguese_content_named_after_no_is_asked_for()
    {
        var result = _engine.Triage("""
            Delegacia de Repressão aos Crimes Cibernéticos
            Ofício n.º 311/2026
            Com base em decisão judicial, solicitamos cópia integral do que consta no histórico de conversas da conta
            «vento_sul_881», de 1 a 20 de novembro de 2026.
            """);

        Assert.Equal("pt", result.Language);
        Assert.True(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_portuguese_emergency_named_after_no_pages()
    {
        var result = _engine.Triage("""
            Polícia Judiciária — pedido urgente
            Exmos. Senhores, apuramos a participação do utilizador «lince_do_tejo_4» no desaparecimento de uma criança
            de 9 anos, que ainda não foi localizada. Pedimos com a maior urgência os endereços IP de acesso da conta
            nas últimas 24 horas e os dados de registo associados à mesma.
            """);

        Assert.Equal("pt", result.Language);
        Assert.True(result.Flags.Emergency);
    }

    [Fact]
    public void Portuguese_nao_still_denies_the_content()
    {
        var result = _engine.Triage("""
            Delegacia de Polícia Civil
            Solicitamos os dados cadastrais e os registros de acesso da conta «vento_sul_881».
            Não solicitamos o histórico de conversas nem o conteúdo das mensagens.
            """);

        Assert.Equal("pt", result.Language);
        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void Spanish_no_still_denies_the_danger()
    {
        var result = _engine.Triage("""
            Fiscalía de Delitos Informáticos
            Solicitamos los datos de registro de la cuenta «halcon_del_sur_3». La menor no está en peligro; se trata
            de una investigación por estafa.
            """);

        Assert.Equal("es", result.Language);
        Assert.False(result.Flags.Emergency);
    }

    [Fact]
    public void Italian_non_still_denies_the_danger()
    {
        var result = _engine.Triage("""
            Polizia Postale — richiesta dati
            Si richiedono i dati di registrazione dell'utente «gabbiano_blu_12». La ragazza non è in pericolo di vita:
            si procede per truffa.
            """);

        Assert.Equal("it", result.Language);
        Assert.False(result.Flags.Emergency);
    }
}
