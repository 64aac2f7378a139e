namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Issue 11 class 6 in the other languages read: content named only to be refused or put outside the order
/// ("Non si richiede il contenuto...", "Quedan excluidos...", "NÃO está abrangido") is not asked for; private
/// conversations, message histories and the messages a suspect sent are, however few the words.</summary>
public class ContentRefusedOrAskedInEveryLanguageTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Non si richiede il contenuto delle conversazioni private né dei messaggi privati.")]
    [InlineData("No se solicita el contenido de los mensajes privados.")]
    [InlineData("Quedan excluidos de este requerimiento los mensajes privados y las notas de voz.")]
    [InlineData("Ficam excluídas desta ordem as mensagens privadas e os arquivos anexos.")]
    [InlineData("As mensagens privadas não estão abrangidas por esta decisão.")]
    [InlineData("Les messages privés ne sont pas inclus dans la présente réquisition.")]
    [InlineData("Private messages are not covered by this order.")]
    [InlineData("Direktnachrichten sind von diesem Ersuchen ausgeschlossen.")]
    public void Content_named_only_to_be_refused_is_not_requested(string sentence)
    {
        var result = _engine.Triage("Subject: Request for subscriber data\n\nPlease provide the registration data and the login IP addresses of the account " +
                                    $"\"vale_do_sol_42\" from 01/09/2026 to 31/10/2026.\n{sentence}\n\nInspector T. Moreau\n");

        Assert.False(result.Flags.ContentRequested, sentence);
    }

    [Theory]
    [InlineData("Nous vous demandons de transmettre l'ensemble des échanges entre ce compte et la victime.")]
    [InlineData("Bitte übermitteln Sie die vollständigen Gesprächsverläufe des Kontos mit der Geschädigten.")]
    [InlineData("We need his subscriber details as well as the messages he sent the victim last week.")]
    [InlineData("Merci de nous communiquer les conversations privées du compte depuis le 1er novembre.")]
    public void Private_conversations_and_what_the_suspect_sent_are_content(string sentence)
    {
        var result = _engine.Triage($"Subject: Request\n\nIn an extortion investigation concerning the account \"vale_do_sol_42\": {sentence}\n\nInspector T. Moreau\n");

        Assert.True(result.Flags.ContentRequested, sentence);
    }
}
