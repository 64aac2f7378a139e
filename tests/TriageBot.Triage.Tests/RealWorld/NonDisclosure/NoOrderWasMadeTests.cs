using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Issue 11 class 7: a writer who says the court made no gag ("no separate secrecy order was issued",
/// "the judge did not sign an order under 2705(b)"), or whose gag was revoked, has named no gag that binds.</summary>
public class NoOrderWasMadeTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_subpoena_saying_no_separate_secrecy_order_was_issued_carries_no_gag()
    {
        var result = _engine.Triage("""
            SUBPOENA DUCES TECUM - Office of the Attorney General of Ohio
            Produce subscriber records and login IP history for the account "buckeye_flips".
            We would prefer that the user is not told of this subpoena; no formal secrecy order was issued by the court.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_court_that_did_not_sign_an_order_under_2705b_leaves_notice_to_the_provider()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT - District of Oregon
            The provider shall disclose subscriber records for the account "rogue.river.rafts".
            The magistrate did not sign an order under 18 U.S.C. 2705(b) in this matter.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_german_prosecutor_asking_not_to_notify_while_no_court_order_exists_imposes_no_gag()
    {
        var result = _engine.Triage("""
            Staatsanwaltschaft Dortmund - Ersuchen um Bestandsdaten zum Konto "ruhrpott_kicker".
            Wir bitten, die Nutzerin nicht zu benachrichtigen; ein richterlicher Beschluss hierzu besteht nicht.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_spanish_order_stating_no_secrecy_order_was_issued_carries_no_gag()
    {
        var result = _engine.Triage("""
            JUZGADO DE INSTRUCCIÓN N.º 2 DE SEVILLA
            Se ordena a la empresa entregar los datos de abonado de la cuenta «triana_azulejos».
            No se ha dictado orden de no divulgación en estas diligencias.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_french_letter_revoking_the_ban_on_informing_the_user_lifts_the_gag()
    {
        var result = _engine.Triage("""
            Objet : mainlevée de l'interdiction d'informer l'utilisateur - notre réf. 2026/88412
            Par courrier du 3 mars nous vous avions demandé de ne pas informer l'utilisateur.
            L'enquête étant close, l'interdiction est levée : vous pouvez informer l'utilisateur.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void An_order_that_does_forbid_notice_still_binds_beside_a_sentence_about_another_paper()
    {
        var result = _engine.Triage("""
            ORDER - United States District Court, District of Oregon
            The provider shall disclose subscriber records for the account "rogue.river.rafts".
            Pursuant to 18 U.S.C. 2705(b), the provider shall not disclose the existence of this order to any person for one year.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }
}

/// <summary>Issue 11 class 7: the statement that no order was made may sit around a statute citation whose
/// abbreviations ("U.S.C.") look like sentence ends, or beside a prosecutor's wish worded in the third person.</summary>
public class NoOrderAroundCitationsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_wish_not_to_notify_beside_no_order_under_2705b_in_brackets_is_no_gag()
    {
        var result = _engine.Triage("""
            GRAND JURY SUBPOENA - Franklin County, Ohio
            Produce subscriber and login records for the account "scioto_mile_runner" for 08/01/2026 to 10/01/2026.
            We ask that you refrain from telling the account holder; notice could alert the suspect. (No order pursuant to 18 U.S.C. 2705(b) was sought.)
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_german_police_force_asking_in_the_third_person_without_a_court_order_imposes_no_gag()
    {
        var result = _engine.Triage("""
            Polizeipräsidium Frankfurt am Main - Auskunftsersuchen zum Konto "mainufer_radler"
            Das Polizeipräsidium bittet, die Kontoinhaberin nicht zu informieren; eine richterliche Anordnung dazu wurde nicht erlassen.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }
}
