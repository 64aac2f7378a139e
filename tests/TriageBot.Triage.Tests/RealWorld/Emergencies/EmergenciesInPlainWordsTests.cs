namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11 class 3: a present danger told in the plain words of a request, without the word "emergency":
/// a threat put in the future tense, a person held with a weapon, a farewell, a child lured away or gone, in the
/// seven languages read.</summary>
public class EmergenciesInPlainWordsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("The account holder posted a video saying he will shoot up his old workplace tomorrow morning.")]
    [InlineData("A woman wrote to her brother that her husband is holding her and their two sons in the flat with a gun.")]
    [InlineData("The user streamed himself with a noose and said goodbye to his followers.")]
    [InlineData("An 11-year-old boy was lured from a playground by the account and nobody knows where he is.")]
    [InlineData("The account told a 12-year-old girl he will pick her up after school today.")]
    [InlineData("The caller says the suspect is going to kill her before the police arrive.")]
    [InlineData("An elderly woman with dementia wandered off from her care home last night; the account is on her phone.")]
    [InlineData("Ein 14-jähriges Mädchen ist seit gestern Abend verschwunden; sie hat zuletzt mit dem Konto geschrieben.")]
    [InlineData("Une adolescente a écrit sur le compte que son beau-père va la tuer ce soir.")]
    [InlineData("Una menor de 12 años lleva desaparecida desde anoche tras quedar con el usuario de la cuenta.")]
    [InlineData("O utilizador escreveu que vai matar a ex-namorada esta noite.")]
    [InlineData("L'utente ha scritto che domani porterà un coltello a scuola e ucciderà il professore.")]
    [InlineData("Een jongen van 13 is sinds vannacht spoorloos nadat hij met het account had afgesproken.")]
    public void A_present_danger_in_plain_words_pages(string situation)
    {
        var result = _engine.Triage("From: duty.officer@police.example\nSubject: request\n\n" + situation +
                                    "\nPlease send the subscriber details and recent IP addresses of the account \"birch_lane_3\".\n");

        Assert.True(result.Flags.Emergency, situation);
    }

    [Theory]
    [InlineData("We are looking into an old fraud case; the suspect said in 2024 that he would repay the money.")]
    [InlineData("The account sold counterfeit shoes; the seller will ship from a warehouse in Leeds.")]
    public void Plain_words_about_a_case_without_danger_do_not_page(string situation)
    {
        var result = _engine.Triage("From: duty.officer@police.example\nSubject: request\n\n" + situation +
                                    "\nPlease send the subscriber details and recent IP addresses of the account \"birch_lane_3\".\n");

        Assert.False(result.Flags.Emergency, situation);
    }
}

/// <summary>Issue 11 class 3: a farewell message posted by someone nobody can reach states the emergency's basis,
/// in each language.</summary>
public class FarewellStatesTheBasisTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("RICHIESTA URGENTE - PERICOLO DI VITA\nAlle 08:10 un ragazzo di 20 anni ha pubblicato dal profilo \"portici_ultimo\" un messaggio di addio. Non è rintracciabile e il telefono è spento.\nSi chiedono gli indirizzi IP degli ultimi accessi.")]
    [InlineData("URGENT - DANGER DE MORT\nÀ 08h10 une jeune femme a publié sur le compte « quai_dernier » une lettre d'adieu. Elle n'est pas joignable.\nNous demandons les adresses IP des dernières connexions.")]
    public void A_farewell_message_is_an_emergency_with_its_basis(string text)
    {
        var result = _engine.Triage("From: squadra.mobile@poliziadistato.it\nSubject: urgente\n\n" + text + "\n");

        Assert.True(result.Flags.Emergency, text[..30]);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }
}
