namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Round 18: a gag's period is read where it is written: a count across a line break ("one hundred\neighty
/// (180) days"), past a citation's dots ("ai sensi dell'art. 13, par. 3"), or in the sentence before that puts the
/// notice off ("für die Dauer von sechs Monaten aufgeschoben. Der Adressat hat den Nutzer nicht zu unterrichten.").
/// A gag with such a period has an end.</summary>
public class GagPeriodWhereWrittenTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_period_counted_in_words_across_a_line_break_is_read()
    {
        var result = _engine.Triage("""
            ORDER - United States District Court, Eastern District of California
            IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that the Provider shall not disclose the existence of this Order to any other person, for a period of one hundred
            eighty (180) days from the date of this Order.
            IT IS FURTHER ORDERED that this Order is sealed until otherwise ordered by the Court.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Equal("180 days", result.Fields.NonDisclosurePeriod);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Theory]
    [InlineData("ZERTIFIKAT EPOC - Verordnung (EU) 2023/1543\nABSCHNITT E - Unterrichtung des Nutzers\n[X] Die Unterrichtung wird gemäß Art. 13 Abs. 3 der Verordnung für die Dauer von sechs Monaten aufgeschoben. Der Adressat hat den Nutzer nicht zu unterrichten.", "6 months")]
    [InlineData("CERTIFICATO EPOC - Regolamento (UE) 2023/1543\nSEZIONE E - Informazione dell'utente\n[X] L'informazione della persona è differita per tre mesi ai sensi dell'art. 13, par. 3; il destinatario si astiene dall'informare l'utente.", "3 months")]
    [InlineData("CERTIFICAT EPOC - Règlement (UE) 2023/1543\nSECTION E - Information de la personne\n[X] L'information de la personne est différée pendant deux mois en vertu de l'art. 13, par. 3. Le destinataire s'abstient d'informer l'utilisateur.", "2 months")]
    public void A_certificate_deferral_stated_before_the_gag_gives_its_period(string text, string period)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Equal(period, result.Fields.NonDisclosurePeriod);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }
}
