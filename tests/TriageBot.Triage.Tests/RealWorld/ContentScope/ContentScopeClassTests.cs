namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Issue 11 class 6 with classes 1 and 2: stored communications, message bodies, subject lines, search
/// queries, photos, videos, attachments, direct and voice messages are content; IP logs, subscriber data and message
/// headers are not; a refusal takes content out wherever the language puts it; a story about messages asks for none.</summary>
public class ContentScopeClassTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private const string Warrant = "From: Det. Ray Holt <rholt@nypd.org>\nSubject: Search warrant\n\nSEARCH WARRANT. ";

    [Theory]
    [InlineData("Produce all direct messages and voice messages of the account tern_9.")]
    [InlineData("Produce the subject lines and search queries of the account tern_9.")]
    [InlineData("Produce the message attachments and the photos and videos stored by tern_9.")]
    [InlineData("Produce a copy of the messages she received from tern_9 between May and June.")]
    public void Content_named_in_English_is_content(string body)
    {
        Assert.True(_engine.Triage(Warrant + body).Flags.ContentRequested, body);
    }

    [Theory]
    [InlineData("From: KHK <x@polizei.bayern.de>\nSubject: Beschluss\n\nGemäß Beschluss sind alle Chatnachrichten und Sprachnachrichten des Nutzers tern_9 herauszugeben.")]
    [InlineData("From: Delegado <x@pf.gov.br>\nSubject: Ofício\n\nRequisitamos todas as fotos armazenadas e as mensagens privadas da conta tern_9.")]
    [InlineData("From: Isp. <x@poliziadistato.it>\nSubject: Decreto\n\nSi richiedono tutti i messaggi e i messaggi vocali dell'account tern_9.")]
    [InlineData("From: Insp. <x@policia.es>\nSubject: Orden\n\nSe requieren todos los mensajes y las notas de voz de la cuenta tern_9.")]
    [InlineData("From: Rechercheur <x@politie.nl>\nSubject: Vordering\n\nWij vorderen alle berichten en spraakberichten van tern_9.")]
    [InlineData("From: Cdt <x@interieur.gouv.fr>\nSubject: Réquisition\n\nVeuillez communiquer toutes les conversations et pièces jointes du compte tern_9.")]
    public void Content_named_in_other_languages_is_content(string message)
    {
        Assert.True(_engine.Triage(message).Flags.ContentRequested);
    }

    [Theory]
    [InlineData("Produce the subscriber records of tern_9. Please also preserve the account's stored messages while we apply for a warrant.")]
    [InlineData("Produce the IP logs of tern_9 and freeze all photos and private messages pending further process.")]
    public void Contents_only_to_be_preserved_are_not_requested(string body)
    {
        var subpoena = "From: Inv. Ana Roa <aroa@nmdoj.gov>\nSubject: Grand jury subpoena\n\nGRAND JURY SUBPOENA. ";
        var result = _engine.Triage(subpoena + body);

        Assert.False(result.Flags.ContentRequested, body);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Theory]
    [InlineData("Preserve and produce all private messages of the account tern_9.")]
    [InlineData("Further to our preservation letter of 2 May, this warrant requires all stored messages of tern_9.")]
    public void Contents_preserved_and_then_to_be_produced_are_requested(string body)
    {
        Assert.True(_engine.Triage(Warrant + body).Flags.ContentRequested, body);
    }

    [Theory]
    [InlineData("Produce subscriber data, IP logs and message header information (sender, recipient, date and time) for tern_9.")]
    [InlineData("Produce the date and time of all messages sent by tern_9, and the number of messages received.")]
    [InlineData("Produce the metadata of the messages exchanged by tern_9.")]
    public void Metadata_about_messages_is_not_content(string body)
    {
        Assert.False(_engine.Triage(Warrant + body).Flags.ContentRequested, body);
    }

    [Theory]
    [InlineData("From: KHK <x@polizei.hamburg.de>\nSubject: Auskunft\n\nWir bitten um Bestandsdaten zu tern_9. Inhalte von Nachrichten benötigen wir derzeit nicht.")]
    [InlineData("From: StA <x@justiz.gv.at>\nSubject: Anordnung\n\nBestandsdaten zu tern_9 sind herauszugeben. Inhalte von Nachrichten sind nicht Gegenstand dieser Anordnung.")]
    [InlineData("From: Rechercheur <x@politie.nl>\nSubject: Vordering\n\nWij vorderen de gebruikersgegevens van tern_9. De inhoud van berichten vragen wij niet.")]
    [InlineData("From: Delegado <x@pf.gov.br>\nSubject: Ofício\n\nRequisitamos os dados cadastrais de tern_9. Esclareço que não estão sendo requisitados registros de conexão nem conteúdo de comunicações.")]
    [InlineData("From: Insp. <x@policia.es>\nSubject: Solicitud\n\nSolicitamos los datos del titular de tern_9. No se solicita el contenido de las comunicaciones.")]
    [InlineData("From: SA <x@fbi.gov>\nSubject: 2703(d) Order\n\nORDER. Produce subscriber records of tern_9. The Order does not c0ver the contents of any communication, including message bodies, images or attachments.")]
    public void A_refusal_of_content_holds_wherever_the_language_places_it(string message)
    {
        Assert.False(_engine.Triage(message).Flags.ContentRequested);
    }

    [Fact]
    public void Messages_in_the_story_are_not_messages_asked_for()
    {
        var result = _engine.Triage(Warrant + "The extortion messages she received contain passages copied from a chat. Produce subscriber data and IP logs for tern_9.");

        Assert.False(result.Flags.ContentRequested);
    }
}
