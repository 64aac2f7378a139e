namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 12: the date to answer by when a count states its own end in brackets ("within 14 days (by
/// December 15, 2026)"), when an EU form counts days from a receipt it dates ("spätestens 10 Tage nach Erhalt
/// (Eingang: 01.12.2026)": not the receipt date itself), and when a private letter gives a date with no year
/// ("Compliance by December 21.", "I need the information by January 5").</summary>
public class DeadlinesAsCountsEndAndYearlessDatesTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_count_with_its_end_date_in_brackets_takes_that_date()
    {
        var result = _engine.Triage("""
            UNITED STATES DISTRICT COURT - ORDER PURSUANT TO 18 U.S.C. 2703(d)
            The provider shall disclose, within 10 days (by December 9, 2026), for the account cedar_ridge_77:
            subscriber records and IP logs.
            """);

        Assert.Equal(new DateOnly(2026, 12, 9), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void Ten_days_after_a_dated_receipt_are_counted_not_the_receipt_date()
    {
        var result = _engine.Triage("""
            EUROPÄISCHES HERAUSGABEZERTIFIKAT (EPOC), Verordnung (EU) 2023/1543
            ABSCHNITT A: Anordnungsstaat: Deutschland   Anordnungsbehörde: Staatsanwaltschaft Bonn
            ABSCHNITT C: Frist: [X] spätestens 10 Tage nach Erhalt des EPOC (Eingang: 02.12.2026)
            ABSCHNITT E: Teilnehmerdaten. Nutzerkonto: rhein_ufer_55
            Datum: 02.12.2026
            """);

        Assert.Equal(new DateOnly(2026, 12, 12), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_civil_letters_compliance_date_without_a_year_follows_the_letter()
    {
        var result = _engine.Triage("""
            KOWALSKI & BRENT LLP
            November 28, 2026
            Re: Acme v. Does 1-3 - subpoena under Fed. R. Civ. P. 45
            Enclosed is a subpoena for records identifying the user of the account "true_reviews_77".
            Compliance by December 19.
            """);

        Assert.Equal(new DateOnly(2026, 12, 19), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void A_private_requesters_need_by_a_date_in_the_new_year_rolls_the_year()
    {
        var result = _engine.Triage("""
            From: Dana Ortiz <dana.ortiz.home@example.net>
            Date: Mon, 30 Nov 2026 10:00:00 -0800
            Subject: subpoena - small claims
            The clerk issued the attached subpoena for the seller "mill_city_audio". The hearing is in January,
            so I need the information by January 8. I am not asking for messages.
            """);

        Assert.Equal(new DateOnly(2027, 1, 8), result.Fields.ResponseDeadline);
    }
}
