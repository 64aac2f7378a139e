using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 11: a reference whose one-letter series stands apart from its number ("Our ref: E 88431207"), a
/// reference after a dash and a long word in a subject, a numeric id with its adjective first as Dutch writes it
/// ("numeriek ID"), and an OCR "user lD" are read; an account named as the witness or reporter ("melder") is no
/// target.</summary>
public class ReferencesAndIdsAsAgenciesWriteThemTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private static bool Has(TriageResult result, string value) =>
        result.Fields.Accounts.Any(a => a.Value.TrimStart('@') == value);

    [Fact]
    public void A_one_letter_series_stays_with_its_number()
    {
        var result = _engine.Triage("""
            Regional Police Cybercrime Unit
            Our ref: K 55120473                                         30 November 2026
            Please preserve the account "coastal_yield_22".
            """);

        Assert.Equal("K 55120473", result.Fields.CaseReference);
    }

    [Fact]
    public void A_reference_after_a_dash_in_a_subject_is_read()
    {
        var result = _engine.Triage("""
            From: Politie Eenheid Noord <rechercheur@politie.nl>
            Subject: Vordering gebruikersgegevens – ZW4410-2026118203

            Geachte heer, mevrouw, hierbij vorderen wij de gegevens van gebruiker "ijssel_vlieger".
            """);

        Assert.Equal("ZW4410-2026118203", result.Fields.CaseReference);
    }

    [Fact]
    public void A_dutch_numeric_id_and_an_ocr_user_id_are_targets_and_the_reporter_is_not()
    {
        var result = _engine.Triage("""
            Bevel tot verstrekking van gegevens
              1. gebruikersnaam "@delta_dijk_17" – numeriek ID 77120473391
              2. account "veen_vos_04" (user lD 77120475002)
            Niet betrokken: "@dijkwacht_info" (melder; geen gegevens vorderen)
            """);

        Assert.True(Has(result, "77120473391"));
        Assert.True(Has(result, "77120475002"));
        Assert.False(Has(result, "dijkwacht_info"));
    }

    [Fact]
    public void An_account_named_as_a_witness_is_not_a_target()
    {
        var result = _engine.Triage("""
            ORDER PURSUANT TO 18 U.S.C. 2703(d)
            Produce subscriber records and IP logs for the Target Account "@granite_ledger_x".
            The account "@town_square_news" named in the application as a witness who reported the Target
            Account is NOT a Target Account and no records of it are ordered.
            """);

        Assert.True(Has(result, "granite_ledger_x"));
        Assert.False(Has(result, "town_square_news"));
    }
}
