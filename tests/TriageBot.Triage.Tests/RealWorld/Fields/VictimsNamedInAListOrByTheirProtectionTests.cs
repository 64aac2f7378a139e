using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Issue 11 round 16 (stress16 class 6): a victim's account is no target however the victim is named — with an
/// apposition before "whose own account" ("The complainant, a 26-year-old woman whose own account (@x)"), at the head of
/// a list of victims ("Entre las víctimas figuran usuarios como «x»"), or as the person a protective order protects
/// ("Daniela (cuenta «x»), quien tiene a su favor una medida cautelar"). The suspect beside them stays the target.</summary>
public class VictimsNamedInAListOrByTheirProtectionTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private static IEnumerable<string> Values(TriageResult result) => result.Fields.Accounts.Select(a => a.Value.TrimStart('@'));

    [Fact]
    public void A_complainant_described_before_whose_own_account_is_no_target()
    {
        var result = _engine.Triage("""
            Enclosed please find a Grand Jury subpoena duces tecum. The complainant, a 31-year-old woman whose own account
            (@reads_by_the_bay) has been cooperating with us, reports that the account @bay_night_owl contacted her 300 times.
            The subpoena commands production of subscriber information and login IPs for @bay_night_owl.
            """);

        Assert.Contains("bay_night_owl", Values(result));
        Assert.DoesNotContain("reads_by_the_bay", Values(result));
    }

    [Theory]
    [InlineData("Entre las víctimas figuran usuarios como \"marta_ruiz_bcn\", cuyas denuncias constan en el atestado.")]
    [InlineData("Among the victims are users such as \"marta_ruiz_bcn\", whose complaints are on file.")]
    [InlineData("Parmi les victimes figurent des comptes comme « marta_ruiz_bcn », dont les plaintes sont au dossier.")]
    public void The_first_victim_of_a_list_is_no_target(string victims)
    {
        var result = _engine.Triage("Solicitamos los datos de registro y las direcciones IP de la cuenta \"falsos_tickets_bcn\", usada para estafar a turistas.\n" + victims);

        Assert.Contains("falsos_tickets_bcn", Values(result));
        Assert.DoesNotContain("marta_ruiz_bcn", Values(result));
    }

    [Theory]
    [InlineData("su ex pareja, Daniela (cuenta \"dani.flor.pa\"), quien tiene a su favor una medida cautelar de prohibición de acercamiento.")]
    [InlineData("his ex-partner, Dana (account \"dani.flor.pa\"), who holds a restraining order against him.")]
    public void The_person_a_protective_order_protects_is_no_target(string protectedParty)
    {
        var result = _engine.Triage("URGENTE. La cuenta \"puente_negro_77\" publicó una escopeta cargada con el texto \"esta noche se acaba todo\" y etiquetó a " + protectedParty +
                                    "\nSolicitamos la IP y el teléfono de \"puente_negro_77\" para ubicarlo.");

        Assert.Contains("puente_negro_77", Values(result));
        Assert.DoesNotContain("dani.flor.pa", Values(result));
    }

    [Fact]
    public void A_suspect_who_has_a_protective_order_against_him_is_still_a_target()
    {
        var result = _engine.Triage("Solicitamos la IP y el teléfono de la cuenta \"puente_negro_77\", contra quien existe una medida cautelar de alejamiento, para ubicarlo.");

        Assert.Contains("puente_negro_77", Values(result));
    }
}
