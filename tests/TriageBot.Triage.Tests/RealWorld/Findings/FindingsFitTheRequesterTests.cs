using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Findings;

/// <summary>Issue 11 class 8: a finding must be right for the document and its requester. Emergency facts are read
/// from the words too, not only from labelled fields; foreign-process and warrant advice is for authorities only;
/// an unverified sender blocks only when the address itself disproves the claim.</summary>
public class FindingsFitTheRequesterTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private const string Head = "From: Det. Ray Holt <rholt@nypd.org>\nSubject: EXIGENT REQUEST\n\n";

    [Theory]
    [InlineData("A 16-year-old boy posted a video saying he will kill himself tonight. We need his phone number and IP logs to locate him before he harms himself.")]
    [InlineData("We believe there is an imminent threat of death or serious bodily injury to shoppers and staff at the mall at 10:00. Information requested to identify the author: name and IP logs of tern_9.")]
    [InlineData("Person(s) at risk: the estranged wife of the account holder and their two children.\nNature of emergency: he posted a photo of a firearm; imminent risk of death.\nWhy necessary: to locate him before he reaches the family.")]
    [InlineData("Armed suspect is holding two employees hostage at a bank. We need the location data for tern_9 so officers can end the standoff safely.")]
    public void An_emergency_that_states_its_basis_in_prose_or_a_form_is_not_told_it_is_incomplete(string body)
    {
        var result = _engine.Triage(Head + body);

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }

    [Fact]
    public void A_thin_exigent_request_is_still_told_what_it_leaves_out()
    {
        var result = _engine.Triage(Head + "This is an exigent request. Please send the subscriber information and IP addresses for the user tern_9 as soon as possible. It is time sensitive.\n\nDep. Holt\nCounty Sheriff's Office");

        var finding = Assert.Single(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
        Assert.Contains("who is at risk", finding.Message);
        Assert.Contains("why the information is needed", finding.Message);
    }

    [Fact]
    public void A_user_abroad_asking_for_her_own_data_gets_no_foreign_process_finding()
    {
        var result = _engine.Triage(
            "De : Anaïs Delacourt <anais.delacourt@laposte.net>\nObjet : Demande de droit d'accès (article 15 RGPD)\n\n" +
            "Je suis titulaire du compte « anais_dlc ». En application de l'article 15 du RGPD, je vous demande une copie de toutes mes conversations. " +
            "Je ne suis pas de la police, je vous écris à titre personnel.");

        Assert.DoesNotContain(result.Findings, f => f.Code is "FOREIGN_DIRECT_PROCESS" or "UNVERIFIED_SENDER" or "CONTENT_REQUIRES_WARRANT");
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Blocker);
    }

    [Fact]
    public void A_foreign_police_emergency_from_its_own_domain_gets_no_sender_blocker()
    {
        var result = _engine.Triage(
            "RÉPUBLIQUE ET CANTON DE GENÈVE\nPolice cantonale\n\nDEMANDE URGENTE - DANGER DE MORT\n\nL'utilisateur « leman_brume » a annoncé son suicide. " +
            "Nous estimons qu'il existe un risque suicidaire imminent. Afin de pouvoir le localiser, communiquez-nous l'adresse IP. Nous ne demandons pas le contenu des échanges.\n\n" +
            "Sgt chef Loïc Perrenoud\nbci.urgences@police.ge.ch");

        Assert.True(result.Flags.Emergency);
        Assert.False(result.Flags.SuspiciousSender);
        Assert.False(result.Flags.ContentRequested);
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Blocker);
    }
}
