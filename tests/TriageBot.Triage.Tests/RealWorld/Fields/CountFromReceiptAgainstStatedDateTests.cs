namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Round 10: an EU certificate's ten days run from the receipt the form states, in figures or in words;
/// a latest date the same sentence states wins over the count; and the date an order was made ("acordado por auto
/// de ...") beside a time-limit word is no deadline.</summary>
public class CountFromReceiptAgainstStatedDateTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void Ten_days_run_from_a_receipt_told_in_words()
    {
        var result = _engine.Triage("""
            CERTIFICADO DE ORDEN EUROPEA DE ENTREGA (EPOC) — Juzgado de Instrucción n.º 4 de Sevilla
            C. Plazo: diez días desde la recepción. Fecha de recepción: doce de noviembre de dos mil veintiséis.
            D. Cuenta «giralda_cambio»: [X] abonados. F. No se informará al afectado durante un mes, plazo del
            secreto de las actuaciones acordado por auto de 5 de noviembre de 2026.
            """);

        Assert.Equal(new DateOnly(2026, 11, 22), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void Ten_days_run_from_a_french_receipt_written_out_over_a_line_break()
    {
        var result = _engine.Triage("""
            CERTIFICAT EPOC (annexe I du règlement (UE) 2023/1543) — Tribunal judiciaire de Marseille
            C. Délai : 10 jours à compter de la réception. Reçu par le destinataire le treize novembre deux
               mille vingt-six (13/11/2026).
            D. Compte : « vieux_port_vape ».
            """);

        Assert.Equal(new DateOnly(2026, 11, 23), result.Fields.ResponseDeadline);
    }

    [Fact]
    public void The_latest_date_stated_after_the_count_wins()
    {
        var result = _engine.Triage("""
            ANEXO I – CERTIFICADO DE ORDEM EUROPEIA DE ENTREGA (EPOC) — DIAP do Porto
            Secção C: Prazo: 10 dias a contar da receção, o mais tardar a 28 de novembro de 2026.
            Secção D: Conta: «ribeira_trocas».
            """);

        Assert.Equal(new DateOnly(2026, 11, 28), result.Fields.ResponseDeadline);
    }
}
