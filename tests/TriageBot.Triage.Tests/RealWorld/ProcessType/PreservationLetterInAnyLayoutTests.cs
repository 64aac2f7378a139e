using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11 class 2/3 (round 8): a U.S. preservation letter is one whatever its layout: PDF text with
/// running headers and numbered paragraphs, or a retention form with tick boxes.</summary>
public class PreservationLetterInAnyLayoutTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_pdf_extracted_letter_with_running_headers_is_a_preservation_request()
    {
        var result = _engine.Triage("""
            U.S. Department of Homeland Security
            Homeland Security Investigations                          Page 1 of 2
            November 20, 2026
                    Re:    Preservation of Records, Case HS-26-4410
            1.  HSI is investigating a wire-fraud scheme. Under 18 U.S.C. 2703(f) you are requested to
            keep all records for the accounts in paragraph 3 pending legal process.
            U.S. Department of Homeland Security                          Page 2 of 2
            2.  This applies to records that exist now, for 90 days.
            3.  Accounts: invoice.settle.team; remit.desk.east
            Special Agent Dana Ruiz, (202) 555-0131, dana.ruiz@hsi.dhs.gov
            """);

        Assert.Equal(LegalProcessType.Preservation, result.ProcessType);
    }

    [Fact]
    public void A_retention_form_with_tick_boxes_is_a_preservation_request()
    {
        var result = _engine.Triage("""
            SONOMA COUNTY SHERIFF'S OFFICE - RECORDS RETENTION FORM
            Agency case #: 26-11873
            Account identifier(s): vineyard_gate_5
            Action requested:  [X] retain all records for 90 days   [ ] produce records
            Legal basis: 18 USC 2703(f)
            Requesting deputy: Dep. K. Alvarez, kalvarez@sonomasheriff.org, 707-555-0102
            """);

        Assert.Equal(LegalProcessType.Preservation, result.ProcessType);
    }
}
