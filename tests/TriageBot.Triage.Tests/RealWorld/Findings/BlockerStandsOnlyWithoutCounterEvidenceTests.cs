using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Findings;

/// <summary>Issue 11 round 15: a blocker stands only when nothing in the document's operative parts speaks against it.
/// Where the text argues both ways (a list that names messages and a rider that keeps their text out, a civil subpoena
/// with the account holder's signed consent), the finding stays, as a warning that quotes both sides.</summary>
public class BlockerStandsOnlyWithoutCounterEvidenceTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private const string SubpoenaHead =
        "From: ADA Lena Kurtz <lkurtz@da.co.mesa.ca.gov>\nSubject: Grand jury subpoena GJ-26-4471\n\n" +
        "SUPERIOR COURT, GRAND JURY SUBPOENA DUCES TECUM\n\nYou are commanded to produce, for the account \"teal_harbor_9\", from 1 May 2026 to 1 July 2026:\n" +
        "1. subscriber name, e-mail and telephone number;\n2. IP addresses used to log in;\n3. all direct messages sent or received by the account, with their date and time, and all photos it shared.\n\n";

    private static Finding Single(TriageResult result, string code) => Assert.Single(result.Findings, f => f.Code == code);

    [Fact]
    public void ContentWarrantBlockerStandsOnlyWithoutCounterEvidence()
    {
        var plain = _engine.Triage(SubpoenaHead + "Return by 20 July 2026.\nADA L. Kurtz");
        Assert.Equal(Severity.Blocker, Single(plain, "CONTENT_REQUIRES_WARRANT").Severity);

        var rider = _engine.Triage(SubpoenaHead +
            "RIDER A\nNothing in this subpoena shall be read to require production of any photo or video, or the text of any message.\n\nReturn by 20 July 2026.\nADA L. Kurtz");
        // Round 17: the rider reaches both the messages and the photos: the paper's own scope decides, and content is
        // not read at all (ContentScopeStatement); a finding that remains may never be a blocker.
        NoContentBlocker(rider, "Nothing in this subpoena");
    }

    private static void NoContentBlocker(TriageResult result, string quoted)
    {
        if (result.Findings.FirstOrDefault(f => f.Code == "CONTENT_REQUIRES_WARRANT") is not { } finding)
        {
            Assert.False(result.Flags.ContentRequested);
            return;
        }
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("but the document also says", finding.Evidence);
        Assert.Contains(quoted, finding.Evidence);
    }

    [Theory]
    [InlineData("Message bodies, photographs and attachments are expressly excluded from this subpoena.")]
    [InlineData("The paper reaches the listed records only, but not the body or subject of any message.")]
    [InlineData("Only the non-content fields of each message are to be produced.")]
    [InlineData("For the messages, their header information only.")]
    [InlineData("This subpoena does not c0ver the contents of any communication.")]
    public void A_carve_out_anywhere_in_the_operative_text_makes_the_content_blocker_a_warning(string carveOut)
    {
        var result = _engine.Triage(SubpoenaHead + carveOut + "\n\nReturn by 20 July 2026.\nADA L. Kurtz");

        NoContentBlocker(result, "");
    }

    [Theory]
    [InlineData("Sont exclus de la présente réquisition : à l'exclusion du contenu des messages.")]
    [InlineData("Se solicitan los registros sin el contenido de los mensajes.")]
    [InlineData("Die Auskunft erfolgt ohne die Inhalte der Nachrichten.")]
    [InlineData("I dati sono richiesti senza il contenuto delle comunicazioni.")]
    [InlineData("Os dados são pedidos sem o conteúdo das mensagens.")]
    [InlineData("De gegevens worden gevraagd zonder de inhoud van de berichten.")]
    public void The_carve_out_is_read_in_every_language(string carveOut)
    {
        var result = _engine.Triage(SubpoenaHead + carveOut + "\n\nReturn by 20 July 2026.\nADA L. Kurtz");

        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT" && f.Severity == Severity.Blocker);
    }

    [Fact]
    public void A_preposition_that_only_looks_like_a_negation_is_no_carve_out()
    {
        // Portuguese "no conteúdo" is "in the content": it carves nothing out.
        var result = _engine.Triage(SubpoenaHead + "Temos interesse no conteúdo das mensagens.\n\nReturn by 20 July 2026.\nADA L. Kurtz");

        Assert.Equal(Severity.Blocker, Single(result, "CONTENT_REQUIRES_WARRANT").Severity);
    }

    private const string ForeignRequest =
        "From: Inspector Karel Vos <k.vos@politie.nl>\nSubject: Request for data - case 2026-AMS-118\n\n" +
        "The Netherlands Police request that you disclose, for the account \"gracht_77\", the subscriber details and the contents of all private messages " +
        "sent and received between 1 and 30 September 2026, including the photos exchanged.\n\n";

    [Fact]
    public void ForeignDirectBlockerGivesWayToATreatyRouteNamedAsTheOneTaken()
    {
        var plain = _engine.Triage(ForeignRequest + "Inspector K. Vos, Politie Amsterdam");
        Assert.Equal(Severity.Blocker, Single(plain, "FOREIGN_DIRECT_PROCESS").Severity);

        var conditional = _engine.Triage(ForeignRequest + "You may require this to go through the MLAT process; if so, let me know.\n\nInspector K. Vos, Politie Amsterdam");
        Assert.Equal(Severity.Blocker, Single(conditional, "FOREIGN_DIRECT_PROCESS").Severity);
    }

    private const string CivilSubpoena =
        "From: Mara Quint, Esq. <mquint@quintlegal.example>\nSubject: Subpoena in a civil action - Doe v. Brightway LLC\n\n" +
        "UNITED STATES DISTRICT COURT. SUBPOENA TO PRODUCE DOCUMENTS IN A CIVIL ACTION (Fed. R. Civ. P. 45).\n" +
        "Plaintiff's counsel requests that you produce for the account \"juniper_doe\": all direct messages the account exchanged with \"bw_manager\" " +
        "between 1 March and 1 June 2026, including their text and any photos.\n\n";

    [Fact]
    public void CivilContentBlockerGivesWayToTheHoldersSignedConsent()
    {
        var plain = _engine.Triage(CivilSubpoena + "Mara Quint, counsel for plaintiff");
        Assert.Equal(Severity.Blocker, Single(plain, "CIVIL_CONTENT_BARRED").Severity);

        var consent = _engine.Triage(CivilSubpoena +
            "The account holder, our client, has signed a notarized consent to the disclosure of these messages (attached).\n\nMara Quint, counsel for plaintiff");
        var finding = Single(consent, "CIVIL_CONTENT_BARRED");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("consent", finding.Evidence);
    }

    [Fact]
    public void Consent_that_is_denied_is_no_counter_evidence()
    {
        var result = _engine.Triage(CivilSubpoena + "We ask for them without the consent of the account holder.\n\nMara Quint, counsel for plaintiff");

        Assert.Equal(Severity.Blocker, Single(result, "CIVIL_CONTENT_BARRED").Severity);
    }
}
