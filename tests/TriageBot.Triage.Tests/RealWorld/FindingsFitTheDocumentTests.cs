using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld;

/// <summary>Error class 8: a finding must be right for the document it is about.</summary>
public class FindingsFitTheDocumentTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_2703d_order_that_excludes_contents_gets_no_warrant_blocker()
    {
        var result = _engine.Triage("""
            UNITED STATES DISTRICT COURT FOR THE DISTRICT OF OREGON
            ORDER PURSUANT TO 18 U.S.C. 2703(d)
            The provider shall disclose the records and other information described in Attachment A, which does not
            include the contents of any communications: IP logs, session times and message headers of @wavecrest.
            """);

        Assert.Equal(LegalProcessType.CourtOrder, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Fact]
    public void An_EU_production_order_is_binding_with_a_ten_day_deadline_and_no_2703f_advice()
    {
        var result = _engine.Triage("""
            From: Parquet de Paris <j3-cyber@justice.fr>
            Subject: European Production Order Certificate (EPOC) - Regulation (EU) 2023/1543
            Annex I - EUROPEAN PRODUCTION ORDER CERTIFICATE (EPOC) for the production of electronic evidence.
            Subscriber data and traffic data of @merle_noire are requested; please also preserve the data.
            """);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        var epoc = Assert.Single(result.Findings, f => f.Code == "EU_PRODUCTION_ORDER");
        Assert.Contains("10 days", epoc.Message);
        Assert.DoesNotContain(result.Findings, f => f.Code is "FOREIGN_DIRECT_PROCESS" or "PRESERVATION_EXPIRY");
    }

    [Fact]
    public void A_preservation_extension_is_counted()
    {
        var result = _engine.Triage("""
            From: Det. Lena Ford <lford@austintexas.gov>
            Subject: Preservation request - second 90-day extension
            Pursuant to 18 U.S.C. 2703(f) we request a second 90-day extension of the preservation of the records of @wavecrest.
            """);

        var finding = Assert.Single(result.Findings, f => f.Code == "PRESERVATION_EXPIRY");
        Assert.Contains("extend an earlier hold", finding.Message);
        Assert.NotNull(finding.Evidence);
    }

    [Fact]
    public void A_single_passing_content_phrase_is_a_warning_with_its_words()
    {
        var result = _engine.Triage("""
            From: Det. Lena Ford <lford@austintexas.gov>
            Subject: Subpoena 2026-114
            GRAND JURY SUBPOENA for the records of @wavecrest, including chat messages.
            """);

        var finding = Assert.Single(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("chat messages", finding.Evidence);
    }
}
