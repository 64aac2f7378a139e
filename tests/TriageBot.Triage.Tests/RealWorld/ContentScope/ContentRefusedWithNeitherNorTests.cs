namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Issue 11 round 10b: a refusal that lists what it leaves out with "neither … nor" ("Nous ne demandons ni le
/// contenu des messages ni les photos", "No solicitamos ni el contenido de los mensajes") asks for no content; and the
/// Dutch "inhoud van de chatberichten" asked for in an emergency is content.</summary>
public class ContentRefusedWithNeitherNorTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Objet : Demande d'identification\n\nPOLICE FÉDÉRALE - Police judiciaire d'Arlon\n\nNous sollicitons l'adresse électronique " +
                "et les adresses IP de connexion du compte « ardenne_brume ». Nous ne demandons ni le contenu des messages ni les vidéos.\n\n" +
                "Inspecteur Joël Mbuyi-Hansen\n")]
    [InlineData("Asunto: Solicitud de datos de abonado\n\nPOLICÍA NACIONAL - Comisaría de Vigo\n\nSolicitamos el correo electrónico y las " +
                "direcciones IP del perfil «ria_nocturna». No solicitamos ni el contenido de los mensajes ni las fotografías.\n\n" +
                "Subinspectora Noa Castiñeira\n")]
    public void Content_refused_with_neither_nor_is_not_requested(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void Dutch_chat_message_contents_asked_in_an_emergency_are_content()
    {
        var text = "Onderwerp: SPOED: noodverzoek - ontvoering\n\nPolitie Eenheid Noord-Holland\n\nEen man houdt een vrouw vast en dreigt haar " +
                   "vannacht te doden. Er is direct levensgevaar. Wij verzoeken u met spoed om het telefoonnummer van het account " +
                   "\"zaan_vlieger\" en de inhoud van de chatberichten die hij vandaag heeft verstuurd.\n\nInspecteur Bram Okafor-de Wit\n";

        var result = _engine.Triage(text);

        Assert.True(result.Flags.Emergency);
        Assert.True(result.Flags.ContentRequested);
    }
}

/// <summary>Issue 11 round 10b: a preservation letter that in the same sentence asks to have messages e-mailed to the
/// writer now asks for content, not only to keep it.</summary>
public class PreservationLetterAskingToEmailMessagesTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void Preserving_and_emailing_messages_now_asks_for_content()
    {
        var text = "From: Deputy Colt Harrow <charrow@example-roofing.com>\nSubject: Preservation request - case 26-0981\n\n" +
                   "Deputy Colt Harrow, Pine Ridge County Sheriff's Office.\n\nPlease preserve under 2703(f) the account \"dust_devil_44\" " +
                   "and in the same reply e-mail me the subscriber's phone number and his recent private messages.\n\nDeputy C. Harrow\n";

        var result = _engine.Triage(text);

        Assert.True(result.Flags.ContentRequested);
    }
}
