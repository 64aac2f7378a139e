using TriageBot.Triage.Assessment;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

/// <summary>Round 19: who is a target, what a scope row refuses, gags worded as a deferral, and agencies that sign
/// with a short name.</summary>
public class RowsGagsAndBystandersTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_complainant_named_in_apposition_with_her_account_in_brackets_is_no_target()
    {
        const string text = "The complainant, Maria Lopes (account \"ml_sunrise\"), received the threats from \"dark_rider\".";

        Assert.True(NonTargetRoles.IsNonTarget(text, "ml_sunrise", ["dark_rider"]));
        Assert.False(NonTargetRoles.IsNonTarget(text, "dark_rider", ["ml_sunrise"]));
    }

    [Fact]
    public void An_account_the_suspect_used_after_a_victim_is_mentioned_stays_a_target()
    {
        const string text = "The victim, contacted by the suspect (account \"dark_rider\"), stopped answering.";

        Assert.False(NonTargetRoles.IsNonTarget(text, "dark_rider"));
    }

    [Fact]
    public void The_account_that_made_the_report_is_no_target()
    {
        const string text = "A neighbour, Tom Reyes (account \"tr_harbour\"), made the report on Monday.";

        Assert.True(NonTargetRoles.IsNonTarget(text, "tr_harbour"));
    }

    [Theory]
    [InlineData("Hechos: estafa. La cuenta \"pepa_ventas\" pertenece a la perjudicada.", "pepa_ventas")]
    [InlineData("Reato: truffa. Il profilo \"gino.mare\" appartiene alla persona offesa.", "gino.mare")]
    [InlineData("The account \"lena_home\" belongs to the protected party under the order.", "lena_home")]
    [InlineData("Mensagens enviadas para a conta \"rita.loja\" (lesada) em outubro.", "rita.loja")]
    public void The_injured_or_protected_party_is_no_target_in_any_language(string text, string handle)
    {
        Assert.True(NonTargetRoles.IsNonTarget(text, handle));
    }

    [Fact]
    public void A_scope_row_marked_excluded_asks_for_no_content()
    {
        var result = _engine.Triage("""
            UNITED STATES DISTRICT COURT
            ORDER PURSUANT TO 18 U.S.C. 2703(d)

            The provider shall disclose for the account "quiet_oak_71":
              Kind of record                      | Status
              Subscriber records                  | PRODUCE
              Login IP history                    | PRODUCE
              Contents of messages and photos     | EXCLUDED - not authorized
            """);

        Assert.False(result.Flags.ContentRequested);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Theory]
    [InlineData("Is content requested?   [ ] Yes   [X] No")]
    [InlineData("Is content requested?   Yes [ ]   No [X]")]
    public void A_form_question_about_content_answered_no_asks_for_no_content(string answeredNo)
    {
        var result = _engine.Triage($"""
            EMERGENCY DISCLOSURE FORM
            Account: "blue_lantern_5"
            Records sought: subscriber details and recent IP addresses.
            {answeredNo}
            """);

        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_deferral_of_informing_the_person_is_a_gag_in_a_french_certificate()
    {
        var result = _engine.Triage("""
            CERTIFICAT D'INJONCTION EUROPÉENNE DE PRODUCTION (EPOC) — Règlement (UE) 2023/1543
            Autorité d'émission : Juge d'instruction, Tribunal judiciaire de Lyon
            Données demandées pour le compte « rhone_fumee » : données relatives aux abonnés.
            Information de l'utilisateur : ajournement de l'information de l'utilisateur pendant 3 mois.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_decision_that_the_user_not_be_informed_is_a_gag_in_portuguese()
    {
        var result = _engine.Triage("""
            ORDEM EUROPEIA DE PRODUÇÃO (EPOC) — Regulamento (UE) 2023/1543
            Autoridade de emissão: Juiz de Instrução Criminal, Porto
            Utilizador: "douro_ouro_fx"
            Dados: assinante e tráfego.
            A autoridade determina que o utilizador não seja informado, sem prazo fixado.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Contains(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_national_service_signing_with_its_short_name_is_the_agency()
    {
        Assert.Equal("FBI", NationalService.Find("We ask for the records below.\n\nSA Dana Holt, FBI Denver, 303-555-0100", null));
        Assert.Equal("Politie", NationalService.Find("Geachte heer/mevrouw,\n\nPolitie Eenheid Utrecht, Team Recherche.", null));
        Assert.Equal("Polizia di Stato", NationalService.Find("QUESTURA DI TORINO", "m.rossi@poliziadistato.it"));
        Assert.Null(NationalService.Find("Hello, I am writing about my own account.", "someone@example.com"));
    }

    [Fact]
    public void An_agency_found_by_the_reader_is_kept_before_a_short_name()
    {
        var fields = _engine.Triage("""
            From: Det. Ana Bell <abell@denvergov.org>
            DENVER POLICE DEPARTMENT
            Please preserve the account "mile_high_q" for 90 days (18 U.S.C. 2703(f)). We have informed the FBI.
            Det. Ana Bell
            """).Fields;

        Assert.Equal("DENVER POLICE DEPARTMENT", fields.AgencyName);
    }

    [Fact]
    public void A_city_domain_with_the_state_code_between_place_and_agency_names_the_agency()
    {
        const string text = "Detective Lee Park, Kansas City MO Police Dept., Financial Crimes, 816-555-0100";

        Assert.NotNull(AgencyDomain.NamedAgency("kcmo.org", text));
        Assert.Null(AgencyDomain.NamedAgency("kcmo.org", "Detective Lee Park, Financial Crimes, 816-555-0100"));
    }
}
