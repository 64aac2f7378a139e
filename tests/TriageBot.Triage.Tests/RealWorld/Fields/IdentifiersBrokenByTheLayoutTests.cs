using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 11: identifiers the layout broke are read whole: a CyberTipline number a PDF wrapped with no
/// hyphen, a quoted username cut by a court caption's narrow column, an account id after "ID" that OCR read as
/// "lD".</summary>
public class IdentifiersBrokenByTheLayoutTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private static bool Has(TriageResult result, string value) =>
        result.Fields.Accounts.Any(a => a.Value.TrimStart('@') == value);

    [Fact]
    public void A_cybertipline_number_wrapped_without_a_hyphen_is_read_whole()
    {
        var result = _engine.Triage("""
            ATTACHMENT B — ITEMS TO BE SEIZED
              1. The material reported in CyberTipline Reports 204418830 and 2044
            21967, with the subscriber records of the reported accounts.
            """);

        Assert.Equal(["204418830", "204421967"], result.Fields.NcmecReportIds);
    }

    [Fact]
    public void A_whole_number_at_a_line_end_is_not_joined_to_the_next_line()
    {
        var result = _engine.Triage("""
            Re: CyberTipline Report 204418830
            2026 follow-up: please preserve the reported material.
            """);

        Assert.Equal(["204418830"], result.Fields.NcmecReportIds);
    }

    [Fact]
    public void A_quoted_username_cut_by_a_caption_column_is_read_whole()
    {
        var result = _engine.Triage("""
                    IN THE DISTRICT COURT OF THE STATE OF OREGON
            STATE OF OREGON,                          )    No. 26-SW-4471
                 Plaintiff,                           )
            v.                                        )    SEARCH WARRANT FOR
            ONLINE ACCOUNT "cascade_river_                )    ELECTRONIC RECORDS
            otter" (user ID 55120934871),             )
            You are commanded to produce the subscriber records of the above account.
            """);

        Assert.True(Has(result, "cascade_river_otter"));
        Assert.False(Has(result, "cascade_river_"));
    }

    [Fact]
    public void An_account_id_after_an_ocr_lD_is_a_target()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT
            you are commanded to search the records of the account "prairie_coin_flip"
            (lD 61230045118) and seize the subscriber information.
            """);

        Assert.True(Has(result, "61230045118"));
    }
}
