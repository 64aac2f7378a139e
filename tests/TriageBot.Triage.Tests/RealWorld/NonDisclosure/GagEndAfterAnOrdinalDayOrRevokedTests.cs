namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Issue 11 round 16 (stress16 class 4): a gag's end written with an ordinal day ("bis einschließlich 30.
/// April 2027") is an end, not a gag without one; an Italian decree that "dispone l'obbligo del segreto" and warns the
/// provider off ("diffidata dal darne notizia ... fino al 31 marzo 2027") binds until that date; a non-disclosure order
/// the judge has REVOKED binds no more, while the production order it came with stands.</summary>
public class GagEndAfterAnOrdinalDayOrRevokedTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Die Staatsanwaltschaft ordnet an, den Nutzer davon bis einschließlich 30. April 2027 nicht zu verständigen.", 2027, 4, 30)]
    [InlineData("Das Gericht ordnet an, den Kontoinhaber bis zum 3. Mai 2027 nicht zu benachrichtigen.", 2027, 5, 3)]
    public void A_gag_ending_on_an_ordinal_day_has_that_end(string gag, int year, int month, int day)
    {
        var result = _engine.Triage("STAATSANWALTSCHAFT WIEN\nANORDNUNG der Auskunft über Stammdaten (§ 76a StPO)\n" +
            "Auskunft ist zu erteilen über Namen und IP-Adressen des Kontos \"praterstern_paul\".\n" + gag + "\nMag.a L. Hofer-Adeyemi");

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Equal(new DateOnly(year, month, day), result.Fields.NonDisclosureUntil);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void An_italian_secrecy_decree_that_warns_the_provider_off_binds_until_its_date()
    {
        var result = _engine.Triage("""
            GUARDIA DI FINANZA - Nucleo Speciale Frodi Tecnologiche
            Si chiede di fornire i dati anagrafici e gli indirizzi IP dell'utente "navigli_cambio".
            Si trasmette il decreto del Pubblico Ministero con cui, ai sensi dell'art. 329, comma 3, c.p.p., è disposto l'obbligo del
            segreto sull'atto: codesta Società è pertanto diffidata dal darne notizia all'utente fino al 31 marzo 2027.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Equal(new DateOnly(2027, 3, 31), result.Fields.NonDisclosureUntil);
    }

    [Fact]
    public void An_italian_letter_saying_only_the_case_is_secret_is_no_gag()
    {
        var result = _engine.Triage("""
            GUARDIA DI FINANZA - Nucleo Speciale Frodi Tecnologiche
            Si chiede di fornire i dati anagrafici e gli indirizzi IP dell'utente "navigli_cambio".
            Il procedimento è coperto da segreto istruttorio.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_revoked_non_disclosure_order_binds_no_more()
    {
        var result = _engine.Triage("""
            On November 16 we served you a production order together with a non-disclosure order for the account "fraser_freight".
            On November 27 the issuing judge REVOKED the non-disclosure order. You may notify the account holder.
            The production order itself remains in force: subscriber information and IP logs by December 16, 2026.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code is "NON_DISCLOSURE_ORDER" or "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void An_order_the_court_may_revoke_still_binds()
    {
        var result = _engine.Triage("""
            IT IS FURTHER ORDERED under 18 U.S.C. 2705(b) that the Provider shall not disclose the existence of this Order to the
            subscriber for a period of one year, unless the Court revokes this paragraph sooner.
            The Provider shall produce subscriber records for the account "fraser_freight".
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }
}
