using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11 classes 2 and 8, as the sixth blind set showed them: a police force asking how to send a request
/// it has not yet got ("non vi chiedo di inviarci nulla") asks for nothing; an international production order named
/// as the route the force "would then seek" is not invoked; counsel writing "nous représentons" is a private
/// party's civil matter.</summary>
public class QuestionsBeforeProcessAndLaterRoutesTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Da: Mar. Elio Ferri <elio.ferri@carabinieri.it>\nOggetto: come inviare una richiesta\n\nBuongiorno, stiamo raccogliendo una denuncia per truffa. " +
                "Per ora non vi chiedo di inviarci nulla: vorrei solo sapere se accettate richieste dirette o se serve un ordine europeo di produzione o una rogatoria.\n\nMar. Elio Ferri\nStazione Carabinieri")]
    [InlineData("From: Sgt Dana Holm <dana.holm@police.govt.nz>\nSubject: How to send you a production order\n\nWe are investigating a fraud and may need records later. " +
                "I am not asking you to send anything today: could you tell us whether you accept direct requests or need mutual legal assistance?\n\nSgt D. Holm")]
    public void A_force_asking_how_to_send_a_request_asks_for_nothing(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void An_international_production_order_the_force_would_then_seek_is_not_invoked()
    {
        var result = _engine.Triage(
            "WESTERN DISTRICT POLICE\nOur reference: WD-2026-4471\n\nREQUEST FOR VOLUNTARY DISCLOSURE OF SUBSCRIBER INFORMATION\n\n" +
            "The police service investigates threats against a student. We request, voluntarily, the registration e-mail and login IP addresses of the account \"gully_hawk_3\". " +
            "If you can only act on compulsory process, please tell us; we would then seek it through mutual assistance or an international production order.\n\n" +
            "Detective Sergeant Kim Oduya\nkim.oduya@police.wa.gov.au");

        Assert.DoesNotContain(result.Findings, f => f.Code == "CLOUD_ACT_AGREEMENT");
        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void Counsel_writing_nous_representons_before_a_norwich_application_is_civil()
    {
        var result = _engine.Triage(
            "Me Claire Roy, avocate\nRoy Lafleur s.e.n.c.r.l.\nMontréal (Québec)\n\nObjet : Nos clients – compte « lac_brume_avis »\n\n" +
            "Madame, Monsieur,\n\nNous représentons une boulangerie et sa propriétaire, visées par des propos faux publiés par le compte « lac_brume_avis ». " +
            "Avant de présenter une demande d'ordonnance de type Norwich, nous vous demandons de nous communiquer le nom et l'adresse courriel du titulaire du compte.\n\nClaire Roy");

        Assert.Equal(LegalProcessType.Civil, result.ProcessType);
        Assert.False(result.Flags.SuspiciousSender);
    }
}
