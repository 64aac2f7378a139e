namespace TriageBot.Triage.Tests.RealWorld;

/// <summary>Issue 11 round 12: a gag under a condition not yet met ("if an order is issued", "sollte das Gericht
/// ... anordnen") or named as a kind of paper in the plural ("2705(b) gag orders") forbids nothing now; a court's
/// "shall delay notification" or "qu'aucune information ne soit donnée" does.</summary>
public class GagUnderAConditionOrAKindTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("""
        From: Det. Rhea Oduya <roduya@police.example.gov>
        Subject: subpoena
        Subpoena for @saltmeadow. If a non-disclosure order is issued, we will forward it to you at once.
        """)]
    [InlineData("""
        From: Det. Rhea Oduya <roduya@police.example.gov>
        Subject: subpoena
        Subpoena for @saltmeadow. Should the court grant our 2705(b) application, we will send you a copy.
        """)]
    [InlineData("""
        From: KHK Jonas Feld <feld@polizei.bund.de>
        Subject: Ersuchen
        Ersuchen zum Konto @saltmeadow. Sollte das Gericht eine Geheimhaltung anordnen, werden wir Sie unterrichten.
        """)]
    [InlineData("""
        From: Dr. Lena Okafor <l.okafor@policy-institute.example.org>
        Subject: interview request
        I study how platforms handle EU production orders, MLATs and 2705(b) gag orders. Would your team be open to a
        short interview? I am not asking for any user's data.
        """)]
    public void A_gag_that_may_come_or_is_named_as_a_kind_is_no_gag(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code.StartsWith("NON_DISCLOSURE", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""
        From: Det. Rhea Oduya <roduya@police.example.gov>
        Subject: court order
        COURT ORDER for @saltmeadow. Provider shall delay notification to the subscriber for 90 days from the date
        of this order.
        """)]
    [InlineData("""
        From: Cdt. Marc Perrin <m.perrin@interieur.gouv.fr>
        Subject: ordonnance
        Compte @saltmeadow. Le juge des libertés et de la détention a ordonné qu'aucune information ne soit donnée à
        l'utilisateur pendant six mois.
        """)]
    public void A_court_that_puts_off_telling_the_person_imposes_a_gag(string text)
    {
        Assert.True(_engine.Triage(text).Flags.NonDisclosureOrder);
    }
}
