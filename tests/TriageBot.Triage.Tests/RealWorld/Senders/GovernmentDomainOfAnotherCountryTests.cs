namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Round 14: a government domain under one country's code, for a letter whose agency and law are
/// another country's, is suspicious (no national force mails from a foreign government's domain); a writer who says
/// why it is abroad (an embassy's attaché, a liaison officer) is not.</summary>
public class GovernmentDomainOfAnotherCountryTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private static string Letter(string domain, string signature) =>
        $"De: Polícia Federal <cibercrime@{domain}>\nAssunto: Requisição - Inquérito 2026.0007712\n\nA Polícia Federal do Brasil requisita, " +
        "nos termos do Marco Civil da Internet, os dados cadastrais da conta \"ipanema_sol_77\" em 24 horas.\n\n" + signature;

    [Fact]
    public void A_brazilian_agency_on_a_portuguese_government_domain_is_suspicious()
    {
        var result = _engine.Triage(Letter("pf.gov.pt", "Delegado Paulo Reis\nPolícia Federal - Brasília\n"));

        Assert.True(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void A_liaison_officer_posted_abroad_who_says_so_is_not_flagged_for_the_domain()
    {
        var result = _engine.Triage(Letter("pf.gov.pt", "Delegado Paulo Reis\nOficial de ligação da Polícia Federal junto da Embaixada do Brasil em Lisboa\n"));

        Assert.DoesNotContain(result.Evidence, e => e.Reason.Contains("a government domain of", StringComparison.Ordinal));
    }
}
