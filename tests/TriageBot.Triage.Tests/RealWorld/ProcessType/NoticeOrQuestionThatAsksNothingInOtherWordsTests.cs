using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Round 7: the same class as <see cref="NoticeAboutProcessIsNotProcessTests"/> in other words. A notice
/// that a gag on a subpoena expired says "no further records are requested, and no action is required on your
/// part"; a user asking how police would get data says "I'm not asking you to give me his information". Both name
/// a subpoena and serve none.</summary>
public class NoticeOrQuestionThatAsksNothingInOtherWordsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Subject: Re: Grand Jury Subpoena 26-GJ-204 - delayed notice order expired\n\nThe order under 18 U.S.C. 2705(b) that barred you from telling the subscriber about the above grand jury subpoena expired on October 3, 2026. No further records are requested, and the subpoena needs nothing more from you.\n\nAUSA P. Lindqvist\n")]
    [InlineData("Subject: 2705(b) order - expiry\n\nThe order that kept the grand jury subpoena served on you in March secret has expired; you may notify the subscriber. No action is required on your part.\n\nAUSA P. Lindqvist\n")]
    [InlineData("Subject: what do police need?\n\nHi, someone keeps messaging me and I reported it to the sheriff. Do the police need a subpoena or a warrant to get his messages from you? I'm not asking you to give me his information, I only want to know the process.\n\nRowan\n")]
    public void A_notice_or_question_that_asks_for_nothing_is_other(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }
}
