namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Round 10: a 2703(f) letter that also asks for messages now asks for contents with no warrant; an order
/// that says in French it does not authorise contents, a letter that says contents would need other process and
/// are not sought, and a withdrawn request ask for none.</summary>
public class ContentAskedBesidePreservationOrRefusedTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_preservation_letter_that_also_asks_for_messages_now_requests_content_without_a_warrant()
    {
        var result = _engine.Triage("""
            From: Det. Kim Osei <kosei@sheriff.org>
            Subject: Preservation request
            Pursuant to 18 U.S.C. 2703(f), please preserve all records of "canal_prowler_77" for 90 days.
            We also ask that you produce copies of all direct messages the account sent to the complainant in October.
            """);

        Assert.True(result.Flags.ContentRequested);
        Assert.Contains(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Fact]
    public void A_preservation_letter_that_only_keeps_messages_requests_no_content()
    {
        var result = _engine.Triage("""
            From: Det. Kim Osei <kosei@sheriff.org>
            Subject: Preservation request
            Pursuant to 18 U.S.C. 2703(f), please preserve all records of "canal_prowler_77", including direct messages,
            for 90 days. We will seek a search warrant to produce the contents.
            """);

        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_french_order_that_does_not_authorise_contents_requests_none()
    {
        var result = _engine.Triage("""
            ORDONNANCE DE COMMUNICATION (art. 487.014 C.cr.) — Cour du Québec
            Il est ordonné de communiquer les renseignements d'abonné du compte « lachine_revente ».
            La présente ordonnance n'autorise pas la communication du contenu des communications.
            """);

        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void Content_said_to_need_other_process_and_not_sought_is_not_requested()
    {
        var result = _engine.Triage("""
            From: Sgt. Mia Clarke <mia.clarke@afp.gov.au>
            Subject: Request for subscriber information
            We request subscriber details and login IP addresses for "red_centre_runner". Stored content will require
            a request under the CLOUD Act Agreement and we do not seek it here.
            """);

        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_german_withdrawal_above_the_original_request_for_messages_requests_nothing()
    {
        var result = _engine.Triage("""
            Sehr geehrte Damen und Herren,
            hiermit nehmen wir unser Ersuchen vom 10.11.2026 (siehe unten) vollständig zurück. Bitte übermitteln Sie keine Daten.

            ---------- Forwarded message ---------
            Subject: Ersuchen
            wir ersuchen um Bestandsdaten und die privaten Nachrichten des Kontos „isar_schatten_089“.
            """);

        Assert.False(result.Flags.ContentRequested);
        Assert.True(result.Withdrawn);
    }
}
