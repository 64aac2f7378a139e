using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 12: whose an account is, as a lawyer reads it from the whole clause around the handle — a
/// disclaimer later in the sentence and across a line break ("… and is not the subject of this order", "ihr Konto
/// ist nicht Gegenstand"), "the victim, whose account is", "belongs to the complainant", a bracketed aside that goes
/// on ("(the VICTIM - do not …)", "(the parent who reported it)"), a reporting source ("Hinweisgeberin",
/// "simple signalant"), the writer's own client ("my client's account", "della mia assistita") and a request that
/// limits itself ("for @x only"). The account whose data is asked for stays a target.</summary>
public class AccountRoleReadFromItsWholeClauseTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private static bool Has(TriageResult result, string handle) =>
        result.Fields.Accounts.Any(a => a.Value.TrimStart('@').Equals(handle, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void A_disclaimer_later_in_the_sentence_and_on_the_next_line_makes_the_account_no_target()
    {
        var result = _engine.Triage("""
            ORDER FOR PRODUCTION - Superior Court
            Produce within 30 days the subscriber records and login IPs for the account "granite_fox_301". The
            account "sunny_meadow_44" belongs to the reporting person's brother and is
            not the subject of this order.
            """);

        Assert.True(Has(result, "granite_fox_301"));
        Assert.False(Has(result, "sunny_meadow_44"));
    }

    [Fact]
    public void A_german_clause_after_the_bracket_says_the_mothers_account_is_not_asked_about()
    {
        var result = _engine.Triage("""
            Polizeipräsidium Essen – Ersuchen um Bestandsdaten
            Es geht um den Nutzer „ruhr_nebel_17“, der Bilder verbreitet haben soll. Die Mutter des Kindes (Konto
            „mutti_vom_kanal“) hat Anzeige erstattet; ihr Konto ist nicht Gegenstand dieses Ersuchens.
            Wir bitten um Bestandsdaten zu „ruhr_nebel_17“.
            """);

        Assert.True(Has(result, "ruhr_nebel_17"));
        Assert.False(Has(result, "mutti_vom_kanal"));
    }

    [Fact]
    public void A_french_account_said_to_be_the_victims_and_outside_the_request_is_no_target()
    {
        var result = _engine.Triage("""
            Office mineurs — réquisition
            Nous sollicitons les données d'identification du compte « loup_gris_77 ». Le compte « ciel.bleu.12 »
            est celui de la victime et ne fait pas l'objet de la présente réquisition.
            """);

        Assert.True(Has(result, "loup_gris_77"));
        Assert.False(Has(result, "ciel.bleu.12"));
    }

    [Fact]
    public void The_victim_whose_account_is_named_is_no_target()
    {
        var result = _engine.Triage("""
            Kansas Highway Patrol - preservation request
            Please preserve the account "prairie_raider_316" for 90 days. It sent threats to the victim, whose
            account is "sunflower_jo_02"; we do not ask for her records.
            """);

        Assert.True(Has(result, "prairie_raider_316"));
        Assert.False(Has(result, "sunflower_jo_02"));
    }

    [Fact]
    public void A_bracketed_aside_that_names_the_victim_and_goes_on_over_a_line_break_makes_it_no_target()
    {
        var result = _engine.Triage("""
            EMERGENCY DISCLOSURE FORM
            Person at risk: adult male. His account is @river_stone_88 (the VICTIM -
               not to be treated as a target).
            Account for which information is sought: @dark_hollow_13
            """);

        Assert.True(Has(result, "dark_hollow_13"));
        Assert.False(Has(result, "river_stone_88"));
    }

    [Fact]
    public void The_victims_ex_partner_in_brackets_stays_a_target()
    {
        var result = _engine.Triage("""
            Sheriff's Office - subpoena
            Records are sought for @cold_harbor_55 (the victim's ex-partner) and @lake_side_19.
            """);

        Assert.True(Has(result, "cold_harbor_55"));
        Assert.True(Has(result, "lake_side_19"));
    }

    [Fact]
    public void A_reporting_source_in_german_and_french_is_no_target()
    {
        var german = _engine.Triage("""
            Polizei Bochum – Gefahrenabwehr
            Eine Bekannte (Nutzerkonto „nachteule_23“, Hinweisgeberin) meldete, dass der Nutzer „stahl_kante_9“
            einen Suizid angekündigt hat. Wir bitten um Bestandsdaten zu „stahl_kante_9“.
            """);
        var french = _engine.Triage("""
            Gendarmerie — menace
            La directrice (direction.ecole@example.org, simple signalante) nous a alertés d'un message du compte
            « ombre_du_lycee_5 ». Nous demandons l'identification du compte « ombre_du_lycee_5 ».
            """);

        Assert.True(Has(german, "stahl_kante_9"));
        Assert.False(Has(german, "nachteule_23"));
        Assert.True(Has(french, "ombre_du_lycee_5"));
        Assert.False(Has(french, "direction.ecole@example.org"));
    }

    [Fact]
    public void The_parent_who_reported_in_brackets_is_no_target()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT - Attachment B
            All records of the account granite_peak_coach. Messages with the account proud_mom_of_two (the
            parent who reported the contact) are produced only as part of the target's records.
            """);

        Assert.True(Has(result, "granite_peak_coach"));
        Assert.False(Has(result, "proud_mom_of_two"));
    }

    [Fact]
    public void The_writers_client_in_a_civil_letter_is_no_target_in_english_and_italian()
    {
        var english = _engine.Triage("""
            Re: Subpoena duces tecum - Smith v. Doe
            The subpoena calls for subscriber information for the account harbor_view_mgr and the messages it sent
            to my client's account (jdelgado.ops) between March and May 2026.
            """);
        var italian = _engine.Triage("""
            Studio Legale Ferri — richiesta
            Chiedo copia dei messaggi inviati dall'account "lupo_di_mare_71" tra marzo e luglio 2026.
            L'account della mia assistita ("vela.bianca.ge") non è oggetto della richiesta.
            """);

        Assert.True(Has(english, "harbor_view_mgr"));
        Assert.False(Has(english, "jdelgado.ops"));
        Assert.True(Has(italian, "lupo_di_mare_71"));
        Assert.False(Has(italian, "vela.bianca.ge"));
    }

    [Fact]
    public void A_request_limited_to_one_account_leaves_the_others_it_names()
    {
        var result = _engine.Triage("""
            Exigent request - missing juvenile
            A 14-year-old boy (account @kite_runner_2012) has been missing since noon. His father (account
            @dad_of_kite) found messages from an adult user @trail_guide_61.
            We request for @trail_guide_61 only: subscriber information and recent login IPs.
            """);

        Assert.True(Has(result, "trail_guide_61"));
        Assert.False(Has(result, "kite_runner_2012"));
        Assert.False(Has(result, "dad_of_kite"));
    }

    [Fact]
    public void Only_that_does_not_close_the_phrase_is_no_limit()
    {
        var result = _engine.Triage("""
            Police Department - subpoena
            The account @quiet_reposter_4 only reshared the post. Please produce subscriber records for
            @quiet_reposter_4 and @loud_poster_9.
            """);

        Assert.True(Has(result, "quiet_reposter_4"));
        Assert.True(Has(result, "loud_poster_9"));
    }

    [Fact]
    public void A_disclaimer_about_a_later_account_stays_with_that_account()
    {
        var result = _engine.Triage("""
            Subpoena - records requested
            Please produce subscriber records for @north_wind_71 and login history for
            @south_wind_72; the account @west_wind_73 is not the subject of this request.
            """);

        Assert.True(Has(result, "north_wind_71"));
        Assert.True(Has(result, "south_wind_72"));
        Assert.False(Has(result, "west_wind_73"));
    }

    [Fact]
    public void The_account_a_parent_reported_from_is_no_target()
    {
        var result = _engine.Triage("""
            County Police - emergency disclosure request
            A parent reported the threat from her account @river_mom_303 after the user @grim_hall_monitor posted
            that he would bring a gun to school tomorrow. We request subscriber and IP data for @grim_hall_monitor.
            """);

        Assert.True(Has(result, "grim_hall_monitor"));
        Assert.False(Has(result, "river_mom_303"));
    }

    [Fact]
    public void An_account_said_to_be_the_victims_in_spanish_and_portuguese_is_no_target()
    {
        var spanish = _engine.Triage("""
            Fiscalía — solicitud de datos
            Solicitamos los datos de registro de la cuenta «lobo_del_sur_41». La cuenta «flor.de.lis.09» es de la
            víctima.
            """);
        var portuguese = _engine.Triage("""
            Polícia Civil — requisição
            Requisitamos os dados cadastrais da conta «tubarao_azul_8». A conta «estrela.mar.15» é da vítima.
            """);

        Assert.True(Has(spanish, "lobo_del_sur_41"));
        Assert.False(Has(spanish, "flor.de.lis.09"));
        Assert.True(Has(portuguese, "tubarao_azul_8"));
        Assert.False(Has(portuguese, "estrela.mar.15"));
    }

    [Fact]
    public void The_victims_account_on_a_named_service_and_an_account_nothing_is_sought_for_are_no_targets()
    {
        var result = _engine.Triage("""
            State Police - subpoena for records
            Produce subscriber records for @iron_gate_404. The victim's Instagram account @maple_dawn_06 received the
            messages; no records are sought for @old_pal_77, a friend who saw them.
            """);

        Assert.True(Has(result, "iron_gate_404"));
        Assert.False(Has(result, "maple_dawn_06"));
        Assert.False(Has(result, "old_pal_77"));
    }
}
