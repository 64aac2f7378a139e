using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11 class 2: a notice about process (a gag vacated or extended, a question asked before any paper
/// is written) names the process it concerns but serves none when it says it asks for nothing; process that asks
/// for records and merely limits them stays process.</summary>
public class NoticeAboutProcessIsNotProcessTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Subject: Sealing order extended - In re Search Warrant 26-SW-3310\n\nThis letter is to inform you that the magistrate judge extended the order under 18 U.S.C. 2705(b) that accompanied the search warrant served on Northwind in June. Nothing more is being requested from Northwind at this point.\n\nAUSA K. Brandt\n")]
    [InlineData("Subject: 2703(d) Order No. 26-mc-118 - delayed notice ended\n\nThe court terminated the delayed-notice provision of the 2703(d) order served on you last spring. The United States does not seek any additional records in this matter.\n\nAUSA K. Brandt\n")]
    [InlineData("Subject: before I draft a search warrant\n\nI'm a deputy with the county sheriff's office and I will be writing a search warrant for an account on your service. We're not asking for any data through this message; which entity should the warrant name?\n\nDeputy L. Ortiz\n")]
    public void A_notice_or_question_that_asks_for_nothing_is_other(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void An_order_that_limits_what_it_asks_for_stays_an_order()
    {
        var result = _engine.Triage("ORDER PURSUANT TO 18 U.S.C. § 2703(d)\n\nIt is hereby ordered that Northwind Labs shall disclose the subscriber information and IP " +
                                    "connection logs of the account \"granite_peak_9\" for May 2026. The government does not seek any records beyond those listed in Attachment A.\n\nUnited States Magistrate Judge\n");

        Assert.Equal(LegalProcessType.CourtOrder, result.ProcessType);
    }
}
