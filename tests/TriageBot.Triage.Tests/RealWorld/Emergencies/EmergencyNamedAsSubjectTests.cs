namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11 class 3 (precision and recall): a study, a request for figures, a training day or a list of
/// examples names emergencies with nobody in danger and pages no one; a present danger pages in every language.</summary>
public class EmergencyNamedAsSubjectTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("I am preparing a study on how online services answer emergency requests about suicide risk, kidnappings and bomb threats, and would welcome figures for 2025.")]
    [InlineData("Für unseren Jahresbericht bitten wir um Statistiken zu Notfallanfragen wegen Suizidgefahr und Entführungen.")]
    [InlineData("Nous préparons une formation sur les prises d'otages et les alertes enlèvement et cherchons un intervenant.")]
    [InlineData("Voor mijn proefschrift zou ik graag geanonimiseerde voorbeelden ontvangen van:\n - een noodverzoek bij levensgevaar;\n - een bevel met geheimhoudingsplicht.")]
    public void Emergencies_named_as_a_subject_page_no_one(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.Emergency);
        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Theory]
    [InlineData("Someone is placing swatting calls against a family's home tonight from the account \"harbor_mint_9\"; armed officers were sent twice.")]
    [InlineData("A 15-year-old is being sextorted by \"harbor_mint_9\" and wrote that he will end his life tonight if the pictures go out.")]
    [InlineData("Die Polizei meldet: Über das Konto „elbe_nord_7“ kündigt ein Schüler an, morgen an seiner Schule Mitschüler zu erschießen.")]
    [InlineData("Une jeune femme a annoncé ce soir sur le compte « quai_sud_4 » qu'elle allait se suicider.")]
    [InlineData("Un hombre mantiene como rehén a su expareja y amenaza con matarla; usa la cuenta «ria_baja_8».")]
    [InlineData("Foi recebida uma ameaça de bomba contra uma escola através da conta «douro_cais_2».")]
    [InlineData("Un bambino di 6 anni è stato rapito stamattina; il rapitore usa l'account «arno_ponte_3».")]
    [InlineData("Er is een Amber Alert uitgegeven voor een meisje van 8; de verdachte gebruikt account \"gracht_oost_5\".")]
    [InlineData("The Chicago Police Department requests urgent disclosure for the username \"harbor_mint_9\". A juvenile may be at risk.")]
    public void A_present_danger_pages_in_every_language(string text)
    {
        Assert.True(_engine.Triage(text).Flags.Emergency);
    }
}
