using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11 round 11: an acknowledgement that an earlier request was answered and nothing more is asked, and
/// a letter releasing an earlier preservation, serve nothing now, whatever process they name; a journalist's press
/// inquiry and the provider's own help-page draft talk about requests without being one.</summary>
public class NoticesThatCloseOrReleaseTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Exmos. Senhores,\n\nA Polícia Judiciária acusa a receção da vossa resposta ao pedido ref.ª 77/2026 sobre o utilizador «tejo_vendas». Nada mais é solicitado.\n\nCom os melhores cumprimentos,\nInspetor Paulo Reis\n")]
    [InlineData("Estimados señores:\n\nAcusamos recibo de su respuesta a nuestro requerimiento sobre la cuenta «ria_sur». No se solicita nada más.\n\nAtentamente,\nGuardia Civil, Puesto de Vigo\n")]
    [InlineData("Madame, Monsieur,\n\nNous accusons réception de votre réponse concernant le compte « quai_nord ». Rien d'autre n'est demandé.\n\nCordialement,\nCommissariat de Lille\n")]
    public void An_acknowledgement_that_asks_nothing_more_is_other(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void A_release_of_an_earlier_preservation_is_other()
    {
        var result = _engine.Triage("From: Sgt. Ada Kim <akim@rivercounty-so.example.gov>\nSubject: RE: Preservation 26-4410\n\nPlease release the preservation we requested in July for the account \"bayou_runner\". The case was closed and we will not serve further process.\n\nSgt. Ada Kim\n\n-----Original Message-----\nPursuant to 18 U.S.C. 2703(f), please preserve for 90 days all records for the account \"bayou_runner\".\n");

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code == "PRESERVATION_EXPIRY");
    }

    [Fact]
    public void A_german_press_inquiry_is_other()
    {
        var result = _engine.Triage("Von: Katrin Holm <k.holm@example.de>\nBetreff: Presseanfrage\n\nSehr geehrte Damen und Herren,\n\nfür eine Recherche zu Behördenanfragen bitte ich um Zahlen: Wie viele Europäische Herausgabeanordnungen (EPOC) und Notfallersuchen haben Sie 2026 erhalten?\n\nMit freundlichen Grüßen\nKatrin Holm, Journalistin\n");

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void The_providers_own_help_page_draft_is_no_emergency()
    {
        var result = _engine.Triage("From: Policy team\nSubject: please review the help center page copy\n\nNothing here relates to a live request.\n\nDraft: Emergency requests involving a child at imminent risk are reviewed around the clock. Law enforcement should cite the CyberTipline report number.\n");

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.Emergency);
        Assert.Equal(Priority.P3, result.Priority);
    }
}

/// <summary>Issue 11 round 11: a private party conducting their own civil case without a lawyer, holding a civil
/// court's judgment, is a civil requester (civil), in the languages read.</summary>
public class LitigantWithoutLawyerTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Geachte heer/mevrouw,\n\nIk voer zelf, zonder advocaat, een procedure tegen de houder van het account \"maas_roddel\". De kantonrechter heeft bij vonnis bepaald dat u mij naam en e-mailadres mag geven. Ik vraag u die gegevens.\n\nMet vriendelijke groet,\nP. de Wit - p.dewit@example.nl\n")]
    [InlineData("Madame, Monsieur,\n\nJe mène seule la procédure sans avocat contre l'auteur du compte « rhone_rumeur » devant le tribunal judiciaire de Lyon, qui m'autorise à obtenir son identité. Merci de me la communiquer.\n\nCordialement,\nC. Martin - c.martin@example.fr\n")]
    public void A_litigant_in_person_with_a_civil_judgment_is_civil(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Civil, result.ProcessType);
        Assert.False(result.Flags.SuspiciousSender);
    }
}
