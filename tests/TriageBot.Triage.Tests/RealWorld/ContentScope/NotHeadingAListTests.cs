namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Issue 11 classes 1 and 6: after a contrast a bare "not" heads a list and reaches each of its items; contents
/// said not to be needed now are not asked; private messages named in each language, and a person's own messages in an
/// access request, are.</summary>
public class NotHeadingAListTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("The attached 2703(d) order for \"harbor_mint_9\" directs disclosure of subscriber records and IP logs, but not the message bodies, subject lines, attachments or photos.")]
    [InlineData("Solicitamos los datos de abonado y las IP de la cuenta «ria_baja_8», pero no el contenido de los mensajes, las fotos ni los audios.")]
    [InlineData("Wij vragen de gebruikersgegevens en IP-adressen van account \"gracht_oost_5\". Inhoud van berichten is op dit moment niet nodig.")]
    public void Contents_refused_across_a_list_or_not_needed_are_not_asked(string text)
    {
        Assert.False(_engine.Triage(text).Flags.ContentRequested);
    }

    [Theory]
    [InlineData("Solicitamos con urgencia los datos de la cuenta «ria_baja_8»: nombre, teléfono, conversaciones privadas y fotografías.")]
    [InlineData("Übermitteln Sie binnen 12 Stunden Klarname, private Nachrichten und Fotos des Kontos „elbe_nord_7“.")]
    [InlineData("Trasmettete entro oggi i dati dell'account «arno_ponte_3»: chat private, foto e posizione attuale.")]
    [InlineData("Merci de transmettre les messages privés et les photos du compte « quai_sud_4 ».")]
    [InlineData("Verstrek de privéberichten van account \"gracht_oost_5\" binnen 24 uur.")]
    [InlineData("Selon l'article 15 du RGPD, je demande une copie de toutes mes données, y compris mes messages et mes conversations. Compte : quai_sud_4")]
    public void Private_or_own_messages_asked_for_are_content(string text)
    {
        Assert.True(_engine.Triage(text).Flags.ContentRequested);
    }
}
