namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Round 18: a prosecutor's ban with the penalty cited between the ban and its verb ("vous fait interdiction,
/// sous la menace de la peine prévue à l'art. 292 CP, d'informer le titulaire"), and its end read where it is written
/// ("sino al 31 marzo 2027"); a plea beside a statement that no order exists ("Wir ersuchen Sie, ... nicht zu
/// informieren. Eine Verfügung hierzu liegt nicht vor.") is none.</summary>
public class BanUnderPenaltyCitedBetweenTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_ban_with_the_penalty_cited_between_binds_until_its_date()
    {
        var result = _engine.Triage("""
            Ministère public du canton de Neuchâtel - demande de données du compte « lac_rameur ».
            Par ordonnance du 20 novembre 2026, le Ministère public vous fait interdiction, sous la menace de la peine prévue à l'art. 292 CP, d'informer le titulaire du compte de la présente demande jusqu'au 30 juin 2027 (art. 73 al. 2 CPP).
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Equal(new DateOnly(2027, 6, 30), result.Fields.NonDisclosureUntil);
    }

    [Fact]
    public void A_ban_on_the_provider_by_name_with_the_penalty_between_binds()
    {
        var result = _engine.Triage("""
            ORDONNANCE DE PRODUCTION - Ministère public de la République et canton de Genève
            FAIT INTERDICTION à [Fournisseur], sous la menace de la peine prévue à l'art. 292 CP, de porter à la connaissance du titulaire du compte « rhone_nageur » l'existence de la présente ordonnance (art. 73 al. 2 CPP).
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void An_italian_secrecy_duty_until_a_date_written_sino_al_has_that_end()
    {
        var result = _engine.Triage("""
            Ministero pubblico del Cantone Ticino - richiesta di dati dell'account "ceresio_remi".
            Con decreto separato (allegato), questo Ministero pubblico Vi fa obbligo, ai sensi dell'art. 73 cpv. 2 CPP e con la comminatoria dell'art. 292 CP, di non informare il titolare dell'account sino al 31 marzo 2027.
            """);

        Assert.True(result.Flags.NonDisclosureOrder);
        Assert.Equal(new DateOnly(2027, 3, 31), result.Fields.NonDisclosureUntil);
        Assert.DoesNotContain(result.Findings, f => f.Code == "NON_DISCLOSURE_NO_END");
    }

    [Fact]
    public void A_german_plea_beside_no_order_is_no_gag()
    {
        var result = _engine.Triage("""
            Bundesamt für Polizei fedpol - Ersuchen um Daten des Kontos "aare_schwimmer".
            Wir ersuchen Sie, die betroffene Person nicht zu informieren. Eine Verfügung hierzu liegt nicht vor.
            """);

        Assert.False(result.Flags.NonDisclosureOrder);
    }
}
