namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Issue 11 class 7: a gag granted (by an order, a statute or an EU production order's user-information
/// section) is one, with its duration; a wish not to notify the user beside a statement that no order exists, or a
/// paper that says no gag comes with it, is none.</summary>
public class GrantedRequestedAbsentTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Sie werden gebeten, den Kontoinhaber über diese Anfrage nicht zu informieren. Ein richterlicher Beschluss hierzu liegt nicht vor.")]
    [InlineData("Please do not notify the subscriber of this request. No non-disclosure order has been issued.")]
    [InlineData("The subpoena is not subject to any non-disclosure order.")]
    public void A_wish_without_an_order_or_a_stated_absence_is_no_gag(string sentence)
    {
        var text = "Staatsanwaltschaft Bremen\n\nWir bitten um Auskunft über die Bestandsdaten des Kontos \"weser_handel\" (Name, E-Mail-Adresse).\n\n" +
                   sentence + "\n\nStaatsanwalt Ole Brandt\nole.brandt@sta.bremen.de\n";

        var result = _engine.Triage(text);

        Assert.False(result.Flags.NonDisclosureOrder, sentence);
        Assert.DoesNotContain(result.Findings, f => f.Code is "NON_DISCLOSURE_NO_END" or "NON_DISCLOSURE_ORDER");
    }

    [Theory]
    [InlineData("SEZIONE G – Informazione all'utente: l'informazione all'utente è differita per 8 settimane (art. 13).", "8 weeks")]
    [InlineData("SECÇÃO G – Informação ao utilizador: a informação ao utilizador é adiada por 60 dias (art. 13.º).", "60 days")]
    [InlineData("SECTION G – Information de l'utilisateur : l'information de l'utilisateur est différée pendant trois mois (art. 13).", "3 months")]
    public void An_eu_production_orders_user_information_section_is_a_gag_with_its_duration(string section, string period)
    {
        var text = "ANNEX I – EUROPEAN PRODUCTION ORDER CERTIFICATE (EPOC)\nRegulation (EU) 2023/1543\nSection A – Issuing authority: public prosecutor\n" +
                   "Section D – Data requested: subscriber data of the account \"porto_vecchio_shop\".\n" + section + "\n";

        var result = _engine.Triage(text);

        Assert.True(result.Flags.NonDisclosureOrder, section);
        Assert.Equal(period, result.Fields.NonDisclosurePeriod);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_french_order_forbidding_disclosure_of_its_existence_is_a_gag_for_its_term()
    {
        var text = "ORDONNANCE DE COMMUNICATION\nLe juge ordonne à la société de communiquer les renseignements d'abonné du compte « vieux_port_ventes ».\n" +
                   "Il est interdit de divulguer l'existence de la présente ordonnance pendant six mois.\n";

        var result = _engine.Triage(text);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Equal("6 months", result.Fields.NonDisclosurePeriod);
    }
}
