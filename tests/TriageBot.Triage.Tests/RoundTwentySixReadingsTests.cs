using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

/// <summary>Round 26: figures about the CyberTipline as a whole are statistics, about no case.</summary>
public class RoundTwentySixReadingsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Según el informe público del NCMEC, su CyberTipline recibió en 2025\nmás de 20.500.000 denuncias. ¿Cuántos reportes envió su empresa al CyberTipline en 2026?")]
    [InlineData("NCMEC's CyberTipline received more than 20.5 million reports last year. How many reports did your company send to the CyberTipline in 2026?")]
    [InlineData("Le CyberTipline du NCMEC a reçu 20 millions de signalements en 2025 ; combien de signalements votre entreprise a-t-elle transmis au NCMEC ?")]
    public void Figures_about_the_CyberTipline_as_a_whole_are_no_child_safety_matter(string question)
    {
        var result = _engine.Triage($"""
            From: Research desk <estudios@example.org>
            Subject: Annual report - aggregate figures

            We are a foundation preparing our annual report on children's safety online.
            {question}
            We do not ask for any user's data or any particular case.
            """);

        Assert.False(result.Flags.Ncmec);
        Assert.NotEqual(Priority.P1, result.Priority);
    }

    [Fact]
    public void A_CyberTipline_report_cited_by_its_number_is_still_a_child_safety_matter()
    {
        var result = _engine.Triage("""
            From: Det. Rosa Adeyemi <radeyemi@phoenix.gov>
            Subject: CyberTipline report 198 445 210 - records request

            Our ICAC unit received CyberTipline report 198445210 about the account "lakeview_kid_22". A search warrant
            follows; please preserve the account.
            """);

        Assert.True(result.Flags.Ncmec);
    }
}
