using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.EmergencyBasis;

/// <summary>Issue 11 round 12: foreign emergencies that state who is at risk, the danger and the purpose were told
/// their basis was incomplete because the readers missed the words: a young person named by age ("uma jovem de 16
/// anos"), a life to safeguard ("salvaguarda da vida de uma pessoa"), wrists shown cut, a kidnapping in progress.</summary>
public class PersonAndPurposeInEveryLanguageTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("pt", "Pedido urgente - perigo de vida", "Um jovem de 17 anos publicou uma fotografia no alto de uma ponte com a frase \"adeus a todos\". Pedimos os dados para salvaguarda da vida de uma pessoa.")]
    [InlineData("es", "Solicitud urgente - peligro de muerte", "Un joven de 17 años publicó una foto en lo alto de un puente diciendo \"adiós a todos\". Pedimos los datos para la protección de la vida de una persona.")]
    [InlineData("fr", "Demande urgente - danger de mort", "Un jeune de 17 ans a publié une photo en haut d'un pont avec \"adieu à tous\". Nous demandons les données pour la sauvegarde de la vie d'une personne.")]
    [InlineData("it", "Richiesta urgente - pericolo di vita", "Un giovane di 17 anni ha pubblicato una foto in cima a un ponte con la frase \"addio a tutti\". Chiediamo i dati per la salvaguardia della vita di una persona.")]
    public void A_young_person_named_by_age_and_a_life_to_safeguard_state_the_basis(string language, string subject, string body)
    {
        var result = _engine.Triage($"""
            From: Piquete <piquete@policia.example.gov>
            Subject: {subject}

            {body}
            Conta / cuenta / compte / account: "cliff_lark_09". E-mail, telefone, IP.
            """);

        Assert.True(result.Flags.Emergency, language);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE" && f.Message.Contains("who is at risk"));
    }

    [Theory]
    [InlineData("pt", "Uma menina publicou uma foto dos pulsos cortados há uma hora e a família não sabe onde está.")]
    [InlineData("es", "Una chica publicó una foto con las muñecas cortadas hace una hora y la familia no sabe dónde está.")]
    [InlineData("en", "A girl posted a photo of her cut wrists an hour ago and her family does not know where she is.")]
    public void Self_harm_shown_and_whereabouts_unknown_is_a_situation(string language, string body)
    {
        var result = _engine.Triage($"""
            From: Duty Desk <duty.desk@policia.example.gov>
            Subject: Urgent / urgente

            {body}
            Account "salt_moth_16": e-mail, phone, IP addresses of the last sessions.
            """);

        Assert.True(result.Flags.Emergency, language);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }

    [Fact]
    public void A_kidnapping_in_progress_names_its_victim()
    {
        var result = _engine.Triage("""
            From: Plantão <plantao.dic@policia.example.gov>
            Subject: PEDIDO EMERGENCIAL - RISCO IMINENTE

            Investigamos um sequestro-relâmpago em curso: o criminoso usa a conta "ridge_cobalt_41" para enviar
            exigências à família, ameaçando matá-lo. Solicitamos dados cadastrais e registos de conexão.
            """);

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }
}
