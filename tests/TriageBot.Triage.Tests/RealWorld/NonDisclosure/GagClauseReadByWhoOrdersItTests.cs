namespace TriageBot.Triage.Tests.RealWorld;

/// <summary>Issue 11 round 12: a court keeps the person uninformed with whatever verb, mood and word order its
/// language has; the clause binds when its sentence names who orders it, and the same shape in a plea, a narrative
/// or a denied ban binds nobody.</summary>
public class GagClauseReadByWhoOrdersItTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("""
        From: Cdt. Marc Perrin <m.perrin@interieur.gouv.fr>
        Subject: réquisition
        Réquisition judiciaire pour le compte @lindenquay. Par décision du juge d'instruction, il vous est interdit
        d'informer le titulaire du compte de la présente réquisition pendant quatre mois.
        """)]
    [InlineData("""
        From: KHK Jonas Feld <feld@polizei.bund.de>
        Subject: Beschluss
        Beschluss des Amtsgerichts Bremen: Der Anbieter darf die Kontoinhaberin über diese Maßnahme für die Dauer von
        zwei Monaten nicht in Kenntnis setzen. Konto: @lindenquay.
        """)]
    [InlineData("""
        From: Isp. Carla Neri <neri@poliziadistato.it>
        Subject: decreto
        Il GIP dispone che il fornitore si astenga dal dare notizia all'utente @lindenquay del presente decreto per
        quattro mesi.
        """)]
    [InlineData("""
        From: Fiscal Luis Prado <lprado@fiscalia.gob.es>
        Subject: oficio
        El Juzgado de Instrucción n.º 2 ha acordado que el prestador no ponga en conocimiento del usuario @lindenquay
        la existencia de este requerimiento durante dos meses.
        """)]
    [InlineData("""
        From: rechercheur Pim Aalders <aalders@politie.nl>
        Subject: bevel
        De rechter-commissaris heeft bevolen dat u de gebruiker @lindenquay gedurende vier maanden niet op de hoogte
        brengt van deze vordering.
        """)]
    [InlineData("""
        From: rechercheur Pim Aalders <aalders@politie.nl>
        Subject: bevel
        Bij beschikking van de rechter-commissaris is het de aanbieder verboden de gebruiker @lindenquay gedurende
        vier maanden in te lichten.
        """)]
    [InlineData("""
        From: Det. Rhea Oduya <roduya@police.example.gov>
        Subject: warrant
        SEARCH WARRANT for @lindenquay. The Court ORDERS that Provider is enjoined from notifying the account holder
        or any other person of this warrant for 120 days.
        """)]
    public void A_clause_not_to_inform_that_a_court_orders_is_a_gag(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Theory]
    [InlineData("""
        From: Cdt. Marc Perrin <m.perrin@interieur.gouv.fr>
        Subject: réquisition
        Réquisition judiciaire pour le compte @lindenquay. Le juge n'a pas ordonné le secret : rien ne vous interdit
        d'informer le titulaire du compte.
        """)]
    [InlineData("""
        From: KHK Jonas Feld <feld@polizei.bund.de>
        Subject: Ersuchen
        Wir möchten Sie bitten, die Nutzerin @lindenquay vorerst nicht zu informieren. Eine gerichtliche Anordnung
        hierzu besteht nicht.
        """)]
    [InlineData("""
        From: KHK Jonas Feld <feld@polizei.bund.de>
        Subject: Ersuchen
        Die Nutzerin @lindenquay wurde von uns bisher nicht informiert. Das Amtsgericht hat keine Anordnung zur
        Geheimhaltung erlassen.
        """)]
    [InlineData("""
        From: Fiscal Luis Prado <lprado@fiscalia.gob.es>
        Subject: oficio
        Hemos solicitado al juzgado que acuerde que el prestador no informe al usuario @lindenquay; la resolución aún no
        se ha dictado.
        """)]
    [InlineData("""
        From: Det. Rhea Oduya <roduya@police.example.gov>
        Subject: subpoena
        Subpoena for @lindenquay. A delayed-notice order may be sought at a later date if the investigation needs it.
        """)]
    [InlineData("""
        From: Det. Rhea Oduya <roduya@police.example.gov>
        Subject: 2703(d) order
        Court order under 2703(d) for @lindenquay. You are not prohibited from notifying the subscriber.
        """)]
    public void The_same_clause_in_a_plea_a_narrative_or_a_denied_ban_is_no_gag(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.DoesNotContain(result.Findings, f => f.Code.StartsWith("NON_DISCLOSURE", StringComparison.Ordinal));
    }
}
