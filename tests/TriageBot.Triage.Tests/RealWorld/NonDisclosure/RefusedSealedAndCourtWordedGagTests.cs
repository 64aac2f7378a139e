namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Issue 11 class 7, as real orders word it: a gag the court refused, or an order stating that no duty of
/// secrecy is imposed beside a polite wish, is no gag; a sealed case binds its parties, not the provider; a court's
/// subjunctive "ordered that the provider not disclose" is a gag; a period stated just before the words that forbid
/// notice is the gag's duration.</summary>
public class RefusedSealedAndCourtWordedGagTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("The government's application for an order under 18 U.S.C. § 2705(b) precluding notice to the subscriber is hereby denied.")]
    [InlineData("Der Antrag der Staatsanwaltschaft, die Benachrichtigung des Kontoinhabers nach § 101 StPO zurückzustellen, wird abgelehnt.")]
    [InlineData("No duty of secrecy is imposed on the provider; the prosecutor would nonetheless be grateful if you refrained from notifying the subscriber until production.")]
    [InlineData("Nessun obbligo di riservatezza è disposto; la Procura sarebbe tuttavia grata se si astenesse dall'informare l'utente prima della produzione.")]
    public void A_refused_gag_or_a_wish_beside_no_duty_of_secrecy_is_no_gag(string sentence)
    {
        var text = "ORDER FOR RECORDS\n\nThe provider shall produce the subscriber information and login IP addresses of the account " +
                   "\"harbor_lights_77\" for 1 May 2026 to 30 June 2026.\n\n" + sentence + "\n\nSO ORDERED.\n";

        var result = _engine.Triage(text);

        Assert.False(result.Flags.NonDisclosureOrder, sentence);
        Assert.DoesNotContain(result.Findings, f => f.Code is "NON_DISCLOSURE_NO_END" or "NON_DISCLOSURE_ORDER");
    }

    [Theory]
    [InlineData("Las diligencias han sido declaradas secretas (secreto de sumario) por el Juzgado de Instrucción n.º 2 de Sevilla.")]
    [InlineData("Il procedimento è coperto da segreto istruttorio.")]
    [InlineData("O inquérito tramita em segredo de justiça na 3ª Vara Criminal de Belo Horizonte.")]
    public void A_sealed_case_alone_is_no_gag_on_the_provider(string sentence)
    {
        var text = "Subject: Request for subscriber data\n\nWe ask for the registration data and the IP addresses of the profile " +
                   "\"rio_doce_vendas\" between 01/09/2026 and 31/10/2026.\n" + sentence + "\n\nInspector L. Prado\n";

        var result = _engine.Triage(text);

        Assert.False(result.Flags.NonDisclosureOrder, sentence);
    }

    [Fact]
    public void A_sealed_case_with_an_order_not_to_inform_the_user_is_a_gag()
    {
        var result = _engine.Triage(
            "Subject: Ordem judicial\n\nO inquérito tramita em segredo de justiça. O provedor deverá fornecer os dados cadastrais do perfil " +
            "\"rio_doce_vendas\" e abster-se de informar o usuário pelo prazo de 90 dias.\n\nJuiz R. Almeida\n");

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Theory]
    [InlineData("IT IS FURTHER ORDERED that the provider, its officers and employees not disclose the existence of this investigation to the account holder or any other person.")]
    [InlineData("The Court further orders that Northwind not disclose the existence of the pen register to the listed subscriber.")]
    public void A_court_ordering_that_the_provider_not_disclose_is_a_gag(string sentence)
    {
        var result = _engine.Triage(
            "ORDER AUTHORIZING THE INSTALLATION OF A PEN REGISTER AND TRAP AND TRACE DEVICE\n\nThe provider shall furnish dialing, routing and " +
            "addressing information for the account \"east_end_runner\" for 60 days.\n\n" + sentence + "\n\nUnited States Magistrate Judge\n");

        Assert.True(result.Flags.NonDisclosureOrder, sentence);
    }

    [Theory]
    [InlineData("We respectfully request that you not disclose the existence of this letter to the account holder.")]
    [InlineData("This office asks that the provider not disclose the existence of this request to the user.")]
    public void A_requester_asking_that_the_provider_not_disclose_is_no_gag(string sentence)
    {
        var result = _engine.Triage(
            "Subject: Preservation request\n\nPlease preserve all records of the account \"east_end_runner\" for 90 days pending legal process.\n" +
            sentence + "\n\nDetective A. Ruiz\n");

        Assert.False(result.Flags.NonDisclosureOrder, sentence);
    }

    [Theory]
    [InlineData("Abschnitt E – Unterrichtung der Person: aufgeschoben für 3 Monate; der Diensteanbieter darf den Nutzer nicht informieren.", "3 months")]
    [InlineData("Sectie E – Informatie aan de gebruiker: de uitvaardigende autoriteit verzoekt u de gebruiker niet te informeren, voor de duur van twaalf maanden.", "12 months")]
    public void A_period_stated_next_to_the_words_forbidding_notice_is_the_gags_duration(string section, string period)
    {
        var text = "ANHANG I – EUROPÄISCHE HERAUSGABEANORDNUNG (EPOC)\nVerordnung (EU) 2023/1543\nAbschnitt D – Verkehrsdaten des Kontos \"elbufer_77\".\n" +
                   section + "\n";

        var result = _engine.Triage(text);

        Assert.True(result.Flags.NonDisclosureOrder, section);
        Assert.Equal(period, result.Fields.NonDisclosurePeriod);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }
}

/// <summary>Issue 11 class 7: "no application under 2705(b) has been made" says no gag exists; an OCR'd order
/// ("shall n0t disclose the existence of this warrant") still forbids notice.</summary>
public class GagNeverSoughtAndOcrGagTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void No_application_for_a_gag_means_no_gag()
    {
        var result = _engine.Triage("ORDER UNDER 18 U.S.C. § 2703(d)\n\nThe provider shall disclose subscriber records and IP logs of the account \"sunset_strip_44\".\n" +
                                    "No motion for an order pursuant to 18 U.S.C. § 2705(b) was filed.\n\nUnited States Magistrate Judge\n");

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code is "NON_DISCLOSURE_NO_END" or "NON_DISCLOSURE_ORDER");
    }

    [Fact]
    public void An_ocr_zero_in_not_still_forbids_notice()
    {
        var result = _engine.Triage("SEARCH WARRANT\n\nIT IS FURTHER 0RDERED that the provider shall n0t disclose the existence of this warrant to the subscriber for 90 days.\n\nDistrict Judge\n");

        Assert.True(result.Flags.NonDisclosureOrder);
    }
}
