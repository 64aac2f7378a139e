namespace TriageBot.Triage.Tests.RealWorld;

/// <summary>Issue 11 round 12: an account's messages and photos asked for in each language by what was done with
/// them or by the account they belong to count where a verb asks for them; a definition that names them, an exclusion
/// worded as a verb, or a narrative in the same shape asks for nothing.</summary>
public class ContentAskedByItsShapeOrDefinedOrExcludedTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("""
        From: Cdt. Marc Perrin <m.perrin@interieur.gouv.fr>
        Subject: réquisition
        Réquisition : veuillez nous transmettre l'intégralité des messages échangés par le compte @fernwharf entre le
        2 et le 20 octobre 2026.
        """)]
    [InlineData("""
        From: KHK Jonas Feld <feld@polizei.bund.de>
        Subject: Beschluss
        Durchsuchungsbeschluss: Herauszugeben sind die gespeicherten Nachrichten und Fotos des Kontos @fernwharf aus
        dem Zeitraum April 2026.
        """)]
    [InlineData("""
        From: Isp. Carla Neri <neri@poliziadistato.it>
        Subject: decreto
        Decreto di acquisizione: trasmettere le chat e le immagini memorizzate nell'account @fernwharf dal 2 al 28
        agosto.
        """)]
    [InlineData("""
        From: rechercheur Pim Aalders <aalders@politie.nl>
        Subject: vordering
        Wij vorderen de opgeslagen berichten en foto's van het account @fernwharf over de periode 2 tot 28 augustus.
        """)]
    [InlineData("""
        From: Delegada Rita Campos <rita.campos@pf.gov.br>
        Subject: ofício
        Solicitamos com urgência os dados cadastrais, as fotos e as mensagens da conta @fernwharf.
        """)]
    public void Messages_or_photos_of_the_account_asked_for_are_content(string text)
    {
        Assert.True(_engine.Triage(text).Flags.ContentRequested);
    }

    [Theory]
    [InlineData("""
        From: Det. Rhea Oduya <roduya@police.example.gov>
        Subject: subpoena
        Subpoena for @fernwharf. Definitions: 'Content' means the substance of any communication, including
        messages, photos and videos. Records requested: subscriber name, e-mail address and IP logs for June 2026.
        """)]
    [InlineData("""
        From: Fiscal Luis Prado <lprado@fiscalia.gob.es>
        Subject: oficio
        Solicitamos los datos de registro y las IP de acceso de la cuenta @fernwharf. Se excluye expresamente el
        contenido de las comunicaciones.
        """)]
    [InlineData("""
        From: Cdt. Marc Perrin <m.perrin@interieur.gouv.fr>
        Subject: réquisition
        Réquisition : identité et adresses IP du titulaire du compte @fernwharf. Les messages échangés montrent que la
        victime était menacée depuis septembre.
        """)]
    public void Content_defined_excluded_or_narrated_is_not_asked(string text)
    {
        Assert.False(_engine.Triage(text).Flags.ContentRequested);
    }
}
