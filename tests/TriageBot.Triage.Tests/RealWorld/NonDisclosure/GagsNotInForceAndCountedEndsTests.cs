namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Issue 11 round 15: a gag the court refused, one that ran out, one lifted with a split German verb, and a
/// letter saying the warrant comes with no order under 2705(b) forbid nothing now; a gag whose end is counted from an
/// event in words ("until the first anniversary of", "until the sixtieth day following") or told in the sentence
/// before ("in dieser Zeit") states an end; an order to keep a warrant's existence secret, in other words than "not
/// disclose", is a gag.</summary>
public class GagsNotInForceAndCountedEndsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("IT IS ORDERED that Northwind Labs shall produce the login records of \"quarry_hill_9\" within 14 days.\nThe application for preclusion of notice is DENIED; the government has not shown that notice would cause any of the harms listed in 2705(b).")]
    [InlineData("Counsel: the 90-day nondisclosure order that came with subpoena 26-771 for \"quarry_hill_9\" ran out on November 2. The government is not seeking to extend it, and you are free to notify the account holder.")]
    [InlineData("Staatsanwaltschaft Kiel, Az. 5 Js 88/26.\nMit Schreiben vom 3. Mai hatte ich angeordnet, den Nutzer „quarry_hill_9\" nicht zu unterrichten. Diese Anordnung hebe ich hiermit auf. Einer Benachrichtigung des Nutzers steht nichts mehr entgegen.")]
    [InlineData("Enclosed is a search warrant for the messages of \"quarry_hill_9\", issued under 18 U.S.C. 2703. Please produce within ten days. The warrant is not accompanied by an order under § 2705(b).")]
    public void A_gag_refused_run_out_or_lifted_forbids_nothing(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code is "NON_DISCLOSURE_ORDER" or "NON_DISCLOSURE_NO_END");
    }

    [Theory]
    [InlineData("SEARCH WARRANT for the account \"copper_gulch_2\". YOU ARE COMMANDED to obtain its stored messages.\nORDER AS TO NOTICE: Northwind Labs and its staff shall keep the existence of this warrant to themselves until the second anniversary of the date of issue.")]
    [InlineData("ORDER (18 U.S.C. 2705(b)). It is ORDERED that Northwind Labs shall not disclose the existence of this subpoena to any person until the sixtieth day following entry of this Order.")]
    [InlineData("Europäische Herausgabeanordnung (EPOC), Konto „copper_gulch_2“.\nDie Unterrichtung der betroffenen Person wird für zwei Monate ab Erlass aufgeschoben.\nDer Adressat darf die Person in dieser Zeit nicht informieren, so die Richterin am Amtsgericht.")]
    public void A_gag_with_an_end_counted_in_words_states_its_end(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Contains(result.Findings, f => f.Code == "NON_DISCLOSURE_ORDER");
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }
}
