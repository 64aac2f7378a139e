namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Issue 11 class 7 (recall): the addressee told to refrain from informing the person, as Annex I of
/// Regulation 2023/1543 and national courts word it, with the verb of informing at the end or words between.</summary>
public class RefrainFromInformingInEveryLanguageTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("EPOC, Verordnung (EU) 2023/1543. Abschnitt F: [X] Der Adressat hat es zu unterlassen, die betroffene Person über die Anordnung zu unterrichten.\nBestandsdaten des Kontos „elbe_nord_7“.")]
    [InlineData("Beschluss: Der Anbieterin wird untersagt, die Kontoinhaberin oder Dritte über diese Maßnahme zu unterrichten.\nHerauszugeben sind die Bestandsdaten des Kontos „elbe_nord_7“.")]
    [InlineData("Réquisition : il est fait défense au prestataire d'informer l'abonné de la présente réquisition.\nMerci de transmettre les données d'abonné du compte « quai_sud_4 ».")]
    [InlineData("EPOC, section F : [X] le destinataire n'informe pas la personne concernée jusqu'à nouvel ordre.\nCompte « quai_sud_4 ».")]
    [InlineData("EPOC, afdeling F: [X] de geadresseerde onthoudt zich ervan de betrokkene over het bevel te informeren.\nAbonneegegevens van account \"gracht_oost_5\".")]
    [InlineData("Decisão: determino que o provedor não informe o usuário sobre esta ordem.\nForneça os dados cadastrais da conta «douro_cais_2».")]
    [InlineData("Auto: se ordena al proveedor que no informe al titular de la cuenta de esta resolución.\nFacilite los datos de registro de la cuenta «ria_baja_8».")]
    public void An_order_to_refrain_from_informing_the_person_is_a_gag(string text)
    {
        Assert.True(_engine.Triage(text).Flags.NonDisclosureOrder);
    }

    [Theory]
    [InlineData("EPOC, Sección G: [X] El destinatario no informará a la persona cuyos datos se solicitan.\n   Duración: noventa (90) días desde la fecha de la orden.\nDatos de abonado de la cuenta «ria_baja_8».")]
    [InlineData("EPOC, Abschnitt G: [X] Der Adressat darf die betroffene Person nicht unterrichten.\n   Dauer der Geheimhaltung: drei Monate ab Anordnung.\nBestandsdaten des Kontos „elbe_nord_7“.")]
    public void A_period_given_as_a_forms_answer_is_an_end(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void Appropriate_is_no_period_word()
    {
        // "ate" inside "appropriate" once read as the Portuguese "até" and took the words after it as an end date.
        var result = _engine.Triage("WARRANT. Under 18 U.S.C. 2705(b) the provider shall not disclose the existence of this warrant as appropriate under 12/31/2027 guidance.\nProduce records for \"harbor_mint_9\".");

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Null(result.Fields.NonDisclosureUntil);
    }
}
