namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Issue 11 classes 2 and 6: a foreign preservation order or request keeps the contents it lists and
/// discloses nothing, so it asks for no content; "content" named as what the offence is about (illegal posts,
/// abuse material) is not content asked for; a request that also asks to hand contents over does ask for them.</summary>
public class PreservingIsNotDisclosingTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("NSW Police Force – State Crime Command\n\nPRESERVATION NOTICE\n\nYou are requested to preserve all subscriber information, " +
                "login records and stored communications of the account \"harbour_bridge_deals\" until a formal request under mutual assistance is served.\n\n" +
                "Det. Sgt. Mia Tran\nmia.tran@police.nsw.gov.au\n")]
    [InlineData("Polícia Judiciária – Unidade Nacional de Combate ao Cibercrime\n\nAssunto: pedido de preservação de dados\n\n" +
                "Solicitamos a preservação dos dados da conta \"tejo_trocas\", incluindo o conteúdo das mensagens privadas, até ao envio do pedido formal.\n\n" +
                "Inspetora Rita Amaral\nrita.amaral@pj.pt\n")]
    [InlineData("Polizia Postale – Compartimento di Torino\n\nOggetto: richiesta di conservazione dei dati\n\nSi chiede di conservare i dati dell'account " +
                "\"mole_affari\", compresi i messaggi privati scambiati, in attesa del decreto del pubblico ministero.\n\nIspettore Luca Ferri\nluca.ferri@poliziadistato.it\n")]
    public void A_foreign_preservation_request_asks_for_no_content(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.ContentRequested, text[..60]);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Fact]
    public void A_foreign_request_that_preserves_and_asks_to_provide_contents_asks_for_them()
    {
        var text = "Polizia Postale – Compartimento di Torino\n\nOggetto: decreto di acquisizione\n\nSi chiede di conservare i dati dell'account " +
                   "\"mole_affari\" e di trasmettere copia di tutti i messaggi privati scambiati dal 1 ottobre 2026.\n\nIspettore Luca Ferri\nluca.ferri@poliziadistato.it\n";

        Assert.True(_engine.Triage(text).Flags.ContentRequested);
    }

    [Fact]
    public void Content_named_as_the_offence_is_not_content_asked_for()
    {
        var text = "Landeskriminalamt Sachsen – Dezernat Cybercrime\n\nBetreff: Auskunftsersuchen wegen volksverhetzender Inhalte (§ 130 StGB)\n\n" +
                   "Wir bitten um Übermittlung der Bestandsdaten und der Anmelde-IP-Adressen des Kontos \"elbsandstein_wut\". " +
                   "Kommunikationsinhalte werden mit dieser Anfrage ausdrücklich nicht verlangt.\n\nKHK Jonas Reiter\njonas.reiter@polizei.sachsen.de\n";

        Assert.False(_engine.Triage(text).Flags.ContentRequested);
    }

    [Fact]
    public void A_law_firms_civil_request_for_a_name_is_not_barred_as_content()
    {
        var text = "RECHTSANWALTSKANZLEI VOGT & MENSAH\n\nwir vertreten unseren Mandanten. Der Nutzer \"ruhrpott_klartext\" verbreitet rechtswidrige Inhalte " +
                   "über ihn. Wir fordern Sie auf, uns Namen und Anschrift des Nutzers mitzuteilen.\n\nDr. Lea Vogt, Rechtsanwältin\n";

        var result = _engine.Triage(text);

        Assert.False(result.Flags.ContentRequested);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CIVIL_CONTENT_BARRED");
    }

    [Fact]
    public void Asking_for_the_contents_of_an_account_in_German_is_content()
    {
        var text = "Staatsanwaltschaft Dresden\n\nAuf Grund des Beschlusses des Amtsgerichts Dresden bitten wir um Übermittlung der Inhalte des Nutzerkontos " +
                   "\"elbsandstein_wut\" (gespeicherte Nachrichten und Bilder).\n\nOStA Petra Lang\npetra.lang@sta-dresden.sachsen.de\n";

        Assert.True(_engine.Triage(text).Flags.ContentRequested);
    }
}
