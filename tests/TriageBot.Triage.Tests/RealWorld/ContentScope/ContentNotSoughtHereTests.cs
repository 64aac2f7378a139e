namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Issue 11 class 6: contents named but not asked for here — a pen register that may not capture them,
/// a preservation order that keeps them, contents the police already hold, contents only other process could obtain,
/// or a refusal set in letter-spaced emphasis.</summary>
public class ContentNotSoughtHereTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_pen_register_that_may_not_collect_contents_asks_for_no_content()
    {
        var result = _engine.Triage("""
            ORDER AUTHORIZING A PEN REGISTER AND TRAP AND TRACE DEVICE (18 U.S.C. 3123) - District of New Mexico
            The provider shall install the device on the account "rio_grande_rider" for 30 days.
            The device may not collect the contents of any communication.
            """);

        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_french_preservation_order_that_keeps_message_contents_asks_for_no_content()
    {
        var result = _engine.Triage("""
            ORDONNANCE DE PRÉSERVATION (art. 487.013 C.cr.) - Cour du Québec, district de Québec
            ORDONNE à l'entreprise de préserver les données relatives au compte « vieux_quebec_tours », y compris le contenu des communications, pour 90 jours.
            """);

        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_subpoena_saying_nothing_in_it_calls_for_private_communications_asks_for_no_content()
    {
        var result = _engine.Triage("""
            STATE OF OHIO, OFFICE OF THE ATTORNEY GENERAL - ADMINISTRATIVE SUBPOENA DUCES TECUM
            Produce for the account "buckeye_deals_4u": subscriber name, billing records and login IP addresses.
            Nothing in this subpoena calls for the content of private communications between users.
            """);

        Assert.False(result.Flags.ContentRequested);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Fact]
    public void Conversations_the_police_already_hold_are_not_asked_for()
    {
        var result = _engine.Triage("""
            Politie Oost-Brabant - spoedverzoek om gebruikersgegevens van het account "eindhoven_nachtuil".
            Het gaat om een vermiste jongen van 14. De inhoud van de berichten hebben wij reeds via zijn laptop verkregen.
            Wij vragen alleen de laatste IP-adressen en het telefoonnummer van het account.
            """);

        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void Contents_that_only_mutual_legal_assistance_could_obtain_are_not_asked_for()
    {
        var result = _engine.Triage("""
            Procureur du Roi de Namur - demande de données d'identification pour le compte « meuse_kayak ».
            Nous savons qu'une commission rogatoire serait nécessaire pour obtenir le contenu des messages; nous demandons uniquement les données d'abonné.
            """);

        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_german_refusal_in_letter_spaced_emphasis_asks_for_no_content()
    {
        var result = _engine.Triage("""
            Landeskriminalamt Sachsen - Auskunftsersuchen zum Konto "elbflorenz_88": Bestandsdaten und IP-Adressen.
            Nachrichteninhalte werden mit diesem Ersuchen n i c h t angefordert.
            """);

        Assert.False(result.Flags.ContentRequested);
    }
}
