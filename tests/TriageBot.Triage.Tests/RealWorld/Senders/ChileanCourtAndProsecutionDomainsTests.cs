namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11 round 17: Chile's courts mail from the judiciary's own domain (pjud.cl) and its prosecutors from the
/// Fiscalía's (fiscaliadechile.cl), neither under .gob.cl; both are genuine senders, while a domain merely dressed with
/// the same name stays suspicious.</summary>
public class ChileanCourtAndProsecutionDomainsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private const string Order =
        "Subject: Production order\n\nThe court orders the disclosure of subscriber data and login IP addresses for the account " +
        "\"cerro_alegre_33\" within 10 days, in criminal proceedings for fraud.\n\n";

    [Theory]
    [InlineData("jg3santiago@pjud.cl", "3.º Juzgado de Garantía de Santiago")]
    [InlineData("fiscalia.valparaiso@fiscaliadechile.cl", "Fiscalía Regional de Valparaíso")]
    public void A_chilean_court_or_prosecutor_on_its_own_domain_is_not_suspicious(string address, string office)
    {
        var result = _engine.Triage($"From: R. Soto <{address}>\n{Order}R. Soto\n{office}\n");

        Assert.False(result.Flags.SuspiciousSender, address);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
    }

    [Theory]
    [InlineData("jg3santiago@pjud-cl.com")]
    [InlineData("fiscalia@fiscaliadechile-cl.net")]
    public void A_domain_dressed_with_the_chilean_bodys_name_stays_suspicious(string address)
    {
        var result = _engine.Triage($"From: R. Soto <{address}>\n{Order}R. Soto\nRegional Public Prosecutor's Office\n");

        Assert.True(result.Flags.SuspiciousSender, address);
    }
}
