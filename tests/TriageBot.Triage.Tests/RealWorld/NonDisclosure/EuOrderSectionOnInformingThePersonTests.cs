namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Round 7: the section of an EU production order on informing the person, worded as the issuing
/// authority's command with the verb at the end (German) or in the subjunctive passive (Italian), is a gag.</summary>
public class EuOrderSectionOnInformingThePersonTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("""
        Europäische Herausgabeanordnung (EPOC)
        ABSCHNITT C: Nutzerkonto "blauer_falke_77"
        ABSCHNITT F: Die Anordnungsbehörde ordnet an, dass der Nutzer für zwei Monate nicht über die Anordnung
                     informiert wird (Art. 13 Abs. 4).
        Staatsanwaltschaft Bremen
        """)]
    [InlineData("""
        Ordine europeo di produzione (EPOC)
        SEZIONE C – Account "gabbiano_grigio"
        SEZIONE F – L'autorità di emissione dispone che l'utente non venga informato per tre mesi (art. 13, par. 4).
        Procura della Repubblica di Bari
        """)]
    public void The_order_section_not_to_inform_the_person_is_a_gag(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.NonDisclosureOrder);
    }
}
