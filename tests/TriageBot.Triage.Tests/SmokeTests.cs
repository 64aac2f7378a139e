using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

public class SmokeTests
{
    [Fact]
    public void Grand_jury_subpoena_is_classified_as_subpoena()
    {
        var result = EngineFixture.Create().Triage("""
            From: Det. Jane Roe <jroe@springfieldpd.gov>
            Subject: Grand Jury Subpoena - Case No. 2026-CR-00412

            UNITED STATES DISTRICT COURT
            GRAND JURY SUBPOENA

            Springfield Police Department
            100 Main Street
            Springfield, IL 62701

            YOU ARE COMMANDED to produce basic subscriber information for the account @darkfox99
            from January 1, 2026 through March 31, 2026. Please respond no later than December 15, 2026.

            Detective Jane Roe
            Phone: (217) 555-0142
            """);
        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
        Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(result, new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }
}
