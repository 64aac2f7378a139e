namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Error class 7: a gag's duration as EU certificates write it on their own line ("Geheimhaltung bis:
/// 23.05.2027", "Duración: ciento veinte (120) días", "Dauer der Geheimhaltung: zwei Monate") is an end, so the
/// order is no "non-disclosure with no end".</summary>
public class GagDurationOnAFormLineTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void An_until_date_after_a_colon_ends_the_gag()
    {
        var result = _engine.Triage("EUROPÄISCHE HERAUSGABEANORDNUNG (EPOC) – Verordnung (EU) 2023/1543\nKonto: „domplatte_shop“\nABSCHNITT G  Der Adressat darf die betroffene Person nicht unterrichten.\n   Geheimhaltung bis: 20.05.2027 (sechs Monate), Art. 13 Abs. 3 VO (EU) 2023/1543\n");

        Assert.Equal(new DateOnly(2027, 5, 20), result.Fields.NonDisclosureUntil);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_duration_line_with_the_count_in_words_and_digits_ends_the_gag()
    {
        var result = _engine.Triage("ORDEN EUROPEA DE PRODUCCIÓN – CERTIFICADO\nCuenta: «nervion_market»\nSECCIÓN G: Información a la persona:\n   ☒ El destinatario no informará a la persona cuyos datos se solicitan.\n   Duración: ciento veinte (120) días desde la fecha de la orden.\n");

        Assert.Equal("120 days", result.Fields.NonDisclosurePeriod);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }
}
