using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

/// <summary>Round 20: papers that ask the provider for nothing new — a question about how to send requests with no
/// case open, a status follow-up on process served earlier — page no one and raise no gag; a reported wish not to
/// notify, with the order still to come, binds nobody; a "disregard if already answered" courtesy withdraws nothing.</summary>
public class AsksNothingNewTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void An_officer_asking_how_to_send_emergency_requests_with_no_case_open_pages_no_one()
    {
        var result = _engine.Triage("""
            From: Sgt. Paul Imbert <pimbert@tempe.gov>
            Subject: How do we reach you after hours?

            Our patrol unit sometimes handles missing-person calls where someone may be in danger of dying, for
            example a suicidal teenager. How should our officers submit an emergency request at night, and what
            information do you need from us? There is no active case right now; we just want to be prepared.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.Equal(Priority.P3, result.Priority);
        Assert.False(result.Flags.Emergency);
    }

    [Fact]
    public void A_Portuguese_officer_asking_the_procedure_with_no_request_now_is_other()
    {
        var result = _engine.Triage("""
            Bom dia,
            Na semana passada tivemos um caso de perigo de vida de uma criança desaparecida. Qual é o procedimento
            para vos enviarmos um pedido urgente fora de horas? Não se trata de nenhum pedido concreto neste momento.
            Inspetora Marta Reis, Polícia Judiciária
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.Emergency);
    }

    [Fact]
    public void A_real_emergency_that_asks_what_you_need_still_pages()
    {
        var result = _engine.Triage("""
            From: Det. Lena Ortiz <lortiz@mesaaz.gov>
            Subject: EMERGENCY - missing 12-year-old, imminent danger

            A 12-year-old girl left home with an adult she met on your service and we believe she is in imminent danger
            of serious bodily harm. Please disclose the subscriber information and recent login IP addresses for the
            account @dune_rider_44 immediately. What information do you need from us to act faster?
            """);

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.True(result.Flags.Emergency);
    }

    [Fact]
    public void A_status_follow_up_on_a_warrant_served_earlier_is_other_and_recalls_no_gag()
    {
        var result = _engine.Triage("""
            From: Det. Omar Lindqvist <olindqvist@tulsapolice.org>
            Subject: RE: warrant for account harbor_lights_9

            Following up on the search warrant we served on October 28 for the account harbor_lights_9. Could you
            confirm the expected production date? Our hearing is in February.
            As a reminder, the 2705(b) order in that case remains in effect until April 28, 2027.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_notice_that_a_gag_was_extended_keeps_its_flag()
    {
        var result = _engine.Triage("""
            From: AUSA Rhea Kwan <rhea.kwan@usdoj.gov>
            Subject: 2705(b) order extended

            The Court has extended the 2705(b) non-disclosure order for the account quartz_fox by 180 days, to
            June 1, 2027; it remains in effect until then. No further records are needed.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_forwarded_wish_not_to_notify_with_the_order_still_to_come_is_no_gag()
    {
        var result = _engine.Triage("""
            Team - Tacoma sent the preservation letter below. They also asked us not to tell the user; I don't see an
            order attached.

            -----Original Message-----
            From: Det. Ivy Marsh <imarsh@cityoftacoma.org>
            Subject: Preservation request

            > Under 18 U.S.C. 2703(f), please preserve the account "salt_creek_77" for 90 days.
            > We ask that you do not notify the account holder. We will seek a court order on that point if needed.
            """);

        Assert.Equal(LegalProcessType.Preservation, result.ProcessType);
        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void Disregard_if_already_answered_is_no_withdrawal()
    {
        var result = _engine.Triage("""
            From: Special Agent Noor Baptiste <noor.baptiste@dea.gov>
            Subject: DEA Administrative Subpoena GY-26-100233

            Attached is DEA Administrative Subpoena No. GY-26-100233 issued under 21 U.S.C. 876 for the account
            "maple_static": subscriber name, e-mail and login IP addresses.
            Return date: December 1, 2026. If you have already responded, please disregard; otherwise please
            produce as soon as possible.
            """);

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
        Assert.False(result.Withdrawn);
    }

    [Fact]
    public void The_account_of_a_parent_who_raised_the_alarm_is_no_target()
    {
        var result = _engine.Triage("""
            URGENT - risque suicidaire
            Une adolescente de 15 ans a annoncé son suicide pour cette nuit depuis le compte @brume_du_soir_12.
            Sa mère (compte @helene.m.nantes, qui nous a alertés) ignore où elle se trouve. Nous demandons en urgence
            l'adresse IP de connexion et le numéro de téléphone associés au compte.
            Commissariat de Nantes, +33 2 40 55 50 12
            """);

        Assert.Contains(result.Fields.Accounts, a => a.Value.Contains("brume_du_soir_12", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Fields.Accounts, a => a.Value.Contains("helene.m.nantes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_provider_invited_to_present_with_suggested_sessions_pages_no_one()
    {
        var result = _engine.Triage("""
            From: Program Committee <committee@childsafetysummit.example>
            Subject: Invitation to speak - Child Safety Investigators Summit 2027

            We invite Northwind to present at the 2027 Child Safety Investigators Summit (June 2-4, Phoenix). Suggested
            sessions: "Emergency disclosure when a child is missing", "From NCMEC CyberTipline report to warrant".
            Please reply by February 1, 2027.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.Emergency);
        Assert.False(result.Flags.Ncmec);
    }

    [Fact]
    public void A_users_own_access_request_that_asks_whether_a_secrecy_duty_applies_raises_no_gag()
    {
        var result = _engine.Triage("""
            Van: Joris Kamphuis <joris.kamphuis@example.nl>
            Onderwerp: Inzageverzoek AVG art. 15

            Ik wil op grond van artikel 15 AVG weten welke gegevens u over mij heeft en of u iets aan de politie heeft
            verstrekt. Als er een geheimhoudingsplicht geldt, wil ik dat ook weten.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.NonDisclosureOrder);
    }
}
