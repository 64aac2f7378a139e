namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Issue 11 round 14: a gag binds in whatever form the order puts it: a court's command under a NOTICE
/// heading near the top, a ban named as a noun ("divieto di darne notizia", "proibição de
/// informar"), an EU certificate's notice box, and a scanned page whose letters OCR read as digits or bars. The
/// same words as a form's instructions, a plea, or a ban the sentence denies forbid nothing.</summary>
public class GagsInEveryFormTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("NOTICE: Under a separate order of the Court entered 11/18/2026 pursuant to 18 U.S.C. 2705(b), you are directed not to notify the subscriber of this subpoena for 180 days.")]
    [InlineData("NOTICE: The Court (Part 30) has ordered, pursuant to 18 U.S.C. 2705(b), that you not disclose the existence of this subpoena to the subscriber for ninety (90) days.")]
    public void A_courts_command_under_a_notice_heading_at_the_top_is_a_gag(string notice)
    {
        var result = _engine.Triage($"""
            GRAND JURY SUBPOENA DUCES TECUM
            To: Custodian of Records, Northwind Labs
            {notice}
            Produce subscriber records and login IP history for the account "harbor_pike_77" by December 9, 2026.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_portal_notice_at_the_top_is_still_no_gag()
    {
        var result = _engine.Triage("""
            NOTICE: This portal is for law enforcement agencies only. Court orders, subpoenas and warrants may be uploaded below.
            Agency: Lakeview Police Department
            Request: subscriber records for the account "harbor_pike_77".
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Theory]
    // Italian: the prosecutor's decree imposes secrecy with a ban on telling the user.
    [InlineData("Il Pubblico Ministero dispone che Northwind Labs trasmetta i dati del profilo \"porto_antico_5\" e dispone l'obbligo del segreto sul presente decreto, con divieto di darne notizia all'utente, fino al 30 giugno 2027.")]
    // Portuguese: a judge's decision forbids informing the user.
    [InlineData("O juiz determina que a Northwind Labs forneça os dados cadastrais do perfil \"ribeira_velha\", com proibição de informar o utilizador enquanto durar o segredo de justiça.")]
    // Dutch: the examining magistrate forbids informing the user.
    [InlineData("De rechter-commissaris beveelt Northwind Labs de gegevens van account \"grachten_kat\" te verstrekken, met een verbod om de gebruiker hierover te informeren tot 1 juli 2027.")]
    public void A_ban_named_as_a_noun_by_a_judge_or_prosecutor_is_a_gag(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Theory]
    // German EU certificate: the addressee refrains from informing under Art. 11, and informing is put off to a date.
    [InlineData("ANHANG I – EUROPÄISCHE HERAUSGABEANORDNUNG (EPOC)\nAbschnitt G: Unterrichtung der Person:\n[X] Der Adressat sieht gemäß Art. 11 von einer Unterrichtung ab. Die Unterrichtung wird bis zum 30.06.2027 aufgeschoben.\nNutzer: \"rheinufer_22\"")]
    // French EU certificate: informing the person is put off.
    [InlineData("ANNEXE I – CERTIFICAT D'INJONCTION EUROPÉENNE DE PRODUCTION (EPOC)\nSection G : l'information de la personne est reportée jusqu'au 30/06/2027.\nUtilisateur : \"pont_neuf_9\"")]
    public void An_eu_certificates_filled_in_notice_box_is_a_gag(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Theory]
    [InlineData("Nous vous prions de ne pas porter cette demande à la connaissance du titulaire, si possible. Merci de nous transmettre l'identité du compte « quai_nord_88 ».")]
    [InlineData("Il n'existe aucune interdiction de porter cette demande à la connaissance du titulaire du compte « quai_nord_88 ».")]
    public void A_plea_or_a_denied_ban_is_no_gag(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_scanned_warrants_gag_with_digits_and_bars_for_letters_is_read()
    {
        var result = _engine.Triage("""
            C0MMONWEALTH 0F PENNSYLVAN|A          SEARCH WARRANT AND AUTH0RIZAT|0N
            |TEMS T0 BE SE|ZED: a11 records f0r the acc0unt "mill_creek_fox", inc1uding subscriber inf0rmati0n.
            N0N-D|SCL0SURE: The pr0vider sha|| n0t disc|ose this warrant t0 the subscriber f0r 0ne (1) year.
            Issued 11/24/2026. Resp0nse requested within 10 days 0f issuance.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Equal(new DateOnly(2026, 12, 4), result.Fields.ResponseDeadline);
        Assert.NotNull(result.Fields.NonDisclosurePeriod);
    }
}
