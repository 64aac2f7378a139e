using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11 round 15: a danger stated in the words police use (a leap from a bridge announced for tonight, a
/// man held by captors who demand a ransom, a woman locked in a cellar by someone who says he will kill her) is its
/// own basis, in each language; goods an offence deals in ("the sale of explosive devices") and a vendor's sales mail
/// about fake emergency requests are no emergency.</summary>
public class StatedDangersAndTradedGoodsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Polizeipräsidium Essen, Leitstelle.\nDer Nutzer \"ruhr_lichter\" schrieb vor einer Stunde, er werde sich heute Nacht von der Hafenbrücke stürzen. Wir wissen nicht, wo er wohnt. Bitte senden Sie Telefonnummer und letzte IP-Adressen.")]
    [InlineData("Policía - Unidad de Secuestros.\nUn hombre de 40 años está retenido por dos personas desde anoche; los captores exigen dinero y amenazan con matarlo. Necesitamos de la cuenta \"rio_seco_55\" el teléfono y las IP de las últimas horas.")]
    [InlineData("Police cantonale, centrale d'engagement.\nUne femme nous écrit depuis le compte « lac_gris_12 » : il m'a enfermée dans le garage et si je crie il me tue. Nous ignorons où elle se trouve. Merci de nous transmettre sans délai les adresses IP et le numéro de téléphone.")]
    public void A_danger_stated_in_police_words_pages_with_its_basis(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.Emergency);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }

    [Fact]
    public void Goods_an_offence_deals_in_are_no_bomb_threat()
    {
        var result = _engine.Triage("""
            Sheriff's Office - Preservation Request under 18 U.S.C. 2703(f)
            Please preserve the records of the account "plains_rocket_shop" pending a search warrant.
            This request concerns an investigation into the sale of unlicensed explosive devices.
            """);

        Assert.False(result.Flags.Emergency);
        Assert.Equal(LegalProcessType.Preservation, result.ProcessType);
    }

    [Fact]
    public void A_vendor_selling_verification_of_emergency_requests_is_no_emergency()
    {
        var result = _engine.Triage("""
            Van: Joris Bakker <joris@example.nl>
            Onderwerp: Nep-noodverzoeken van de politie herkennen?

            Beste juridisch team,
            Steeds meer noodverzoeken komen van gehackte politieaccounts. Ons platform toetst elk verzoek binnen
            minuten. Graag laat ik u in een demo van een kwartier zien hoe dat werkt; deze maand 20 % korting op een
            jaarlicentie.
            """);

        Assert.False(result.Flags.Emergency);
        Assert.False(result.Flags.SuspiciousSender);
    }
}
