namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11 round 16 (stress16 class 7): a threat to set fire to a home with people inside is a threat to
/// kill, in the seven languages read; the situation states its own basis, so the request is not told it left the
/// nature or the person at risk out. Burning one's own papers, or a fire already put out, is no such threat.</summary>
public class ThreatToBurnAnOccupiedHomeTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("it", "In diretta l'utente \"san_nicola_84\" ha dichiarato che entro stasera darà fuoco all'abitazione in cui si trovano la moglie e la figlia di 9 anni. Si chiedono indirizzo IP e dati di localizzazione.")]
    [InlineData("en", "On a live stream the user \"san_nicola_84\" said he will set fire to the house where his wife and 9-year-old daughter are tonight. We need his IP address and location data.")]
    [InlineData("fr", "En direct, l'utilisateur « san_nicola_84 » a déclaré qu'il va mettre le feu à la maison où se trouvent sa femme et sa fille de 9 ans. Nous demandons l'adresse IP et les données de localisation.")]
    [InlineData("es", "En directo, el usuario \"san_nicola_84\" dijo que prenderá fuego a la casa donde están su mujer y su hija de 9 años. Solicitamos la IP y los datos de localización.")]
    [InlineData("pt", "Em direto, o utilizador \"san_nicola_84\" disse que vai atear fogo à casa onde estão a mulher e a filha de 9 anos. Pedimos o IP e os dados de localização.")]
    [InlineData("de", "Im Livestream kündigte der Nutzer \"san_nicola_84\" an, heute Nacht das Haus seiner Frau anzuzünden, in dem sie mit der 9-jährigen Tochter ist. Wir benötigen IP-Adresse und Standortdaten.")]
    [InlineData("nl", "In een livestream zei gebruiker \"san_nicola_84\" dat hij vannacht het huis van zijn vrouw in brand zal steken terwijl zij en hun dochter van 9 jaar binnen zijn. Wij vorderen IP-adres en locatiegegevens.")]
    public void A_threat_to_set_fire_to_an_occupied_home_pages(string language, string body)
    {
        var result = _engine.Triage("Subject: richiesta immediata / immediate request\n\n" + body);

        Assert.True(result.Flags.Emergency, language);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }

    [Fact]
    public void A_fire_already_put_out_at_an_empty_shed_does_not_page()
    {
        var result = _engine.Triage("Subject: records request\n\nLast month someone set fire to a garden shed; nobody was hurt. Please provide the subscriber records of the account \"shed_watch_2\" under the attached subpoena.");

        Assert.False(result.Flags.Emergency);
    }
}
