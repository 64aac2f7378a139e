using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Round 7: a scholar who leads a research project asks how the legal team handles requests, urgent ones
/// for a life at risk among them. The danger is a topic of the questions, not a present one: no page, type "other".</summary>
public class ResearchProjectAskingAboutEmergenciesTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("""
        De: Prof. Inés Valdecasas <ivaldecasas@example.es>
        Asunto: Entrevista para un estudio académico

        Soy catedrática de Derecho Penal y coordino un proyecto de investigación sobre la cooperación con las
        plataformas. Quisiéramos saber:
          - cuántas órdenes recibieron el año pasado;
          - cómo tratan las peticiones urgentes por riesgo para la vida.
        No pedimos datos de ningún usuario.
        """)]
    [InlineData("""
        From: Dr. Amos Kettering <a.kettering@example.ac.uk>
        Subject: Interview request

        I lead a small research project on cross-border evidence. We would like to ask your team how it handles
        emergency requests where a life is in danger, and how many orders it has rejected. We are not asking for
        any user's data.
        """)]
    public void A_research_project_asking_about_emergencies_does_not_page(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.Emergency);
        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }
}
