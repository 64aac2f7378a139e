using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11 class 5: some national police forces mail from a domain other than their website's (the Guardia
/// Civil's staff write from guardiacivil.org, Chile's PDI from investigaciones.cl). A request from such a force's
/// published mail domain is genuine, while the same force's name on a domain nobody published stays a look-alike.</summary>
public class ForceMailDomainTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private const string Request =
        "Subject: Request for cooperation\n\nIn the course of an investigation into online fraud we kindly ask, on a voluntary basis, " +
        "for the registration details and the IP addresses used to log in to the profile \"lagos_del_sur_trading\" between " +
        "1 March and 30 June 2026. We do not ask for the content of any communication.\n\n";

    [Theory]
    [InlineData("bricib.stgo@investigaciones.cl", "Brigada Investigadora del Cibercrimen Metropolitana\nPolicía de Investigaciones de Chile")]
    [InlineData("pj-zaragoza-equipo@guardiacivil.org", "Equipo de Policía Judicial, Comandancia de Zaragoza\nGuardia Civil")]
    [InlineData("kauno.apygardos@prokuraturos.lt", "Kaunas Regional Prosecutor's Office\nProsecution Service of the Republic of Lithuania")]
    public void A_force_writing_from_its_published_mail_domain_is_not_suspicious(string address, string signature)
    {
        var result = _engine.Triage($"From: Inspector R. Soto <{address}>\n{Request}Inspector R. Soto\n{signature}\n");

        Assert.False(result.Flags.SuspiciousSender, address);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
        Assert.Equal(LegalProcessType.International, result.ProcessType);
    }

    [Theory]
    [InlineData("pj-zaragoza@guardiacivil.net")]
    [InlineData("equipo@guardiacivil-es.com")]
    public void The_same_force_name_on_an_unpublished_domain_stays_a_look_alike(string address)
    {
        var result = _engine.Triage($"From: Inspector R. Soto <{address}>\n{Request}Inspector R. Soto\nGuardia Civil\n");

        Assert.True(result.Flags.SuspiciousSender, address);
    }
}
