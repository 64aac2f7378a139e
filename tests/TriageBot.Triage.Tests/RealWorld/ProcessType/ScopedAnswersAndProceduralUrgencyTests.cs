using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11 classes 2 and 3: "no response is required from you on that point" settles one question (may we
/// tell the user) while the subpoena the mail carries still asks for records; and German procedure's "Gefahr im
/// Verzug" (evidence would be lost by waiting) is urgency, an emergency only beside a danger to life or limb.</summary>
public class ScopedAnswersAndProceduralUrgencyTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void No_response_on_one_point_leaves_the_subpoena_standing()
    {
        var result = _engine.Triage("""
            From: AUSA J. Nakamura-Boateng <j.nakamura-boateng@usdoj.gov>
            Subject: Grand jury subpoena 2026R00912 - "lakeshore_lamps"

            Attached is a federal grand jury subpoena, returnable December 18, 2026, for the subscriber records of the
            account "lakeshore_lamps". You asked about notifying the user: the court declined to enter a 2705(b) order,
            so no response is required from you on that point.
            """);

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
    }

    [Fact]
    public void Gefahr_im_Verzug_alone_is_no_emergency()
    {
        var result = _engine.Triage("""
            Betreff: Eilige Anfrage - Gefahr im Verzug - Konto "ruhr_falke_22"

            Wegen Gefahr im Verzug benötigen wir umgehend die Bestandsdaten und IP-Adressen zu dem Konto
            "ruhr_falke_22" im Ermittlungsverfahren wegen Betrugs, Az. 412 Js 1187/26.

            Kriminalhauptkommissar B. Albers, Polizeipräsidium Essen
            """);

        Assert.NotEqual(LegalProcessType.Emergency, result.ProcessType);
        Assert.False(result.Flags.Emergency);
    }

    [Fact]
    public void Gefahr_im_Verzug_beside_a_danger_to_life_is_an_emergency()
    {
        var result = _engine.Triage("""
            Betreff: Notfall - Gefahr im Verzug - Suizidankündigung, Konto "ruhr_falke_22"

            Der Nutzer des Kontos "ruhr_falke_22" hat vor 20 Minuten angekündigt, sich heute Nacht das Leben zu nehmen.
            Es besteht akute Lebensgefahr. Wir benötigen sofort die IP-Adressen und die hinterlegte Telefonnummer.

            Polizeipräsidium Essen, Lagedienst
            """);

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
    }
}
