namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Issue 11 classes 1 and 6: a paper whose scope stops short of contents ("does not concern", "heeft geen
/// betrekking op", a negating determiner right before the noun) asks for none; a paper that asks for them still does.</summary>
public class ScopeStopsShortOfContentTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("From: Det. <x@police.example.gov>\nSubject: Court order\n\nCOURT ORDER. Produce subscriber records and IP logs for tern_9. This order does not concern the contents of any communications.")]
    [InlineData("From: Rechercheur <x@politie.nl>\nSubject: Vordering\n\nVordering verstrekking gegevens. Wij vorderen naam en IP-adressen van tern_9. Dit verzoek heeft uitdrukkelijk geen betrekking op de inhoud van gesprekken.")]
    [InlineData("From: Rechercheur <x@politie.nl>\nSubject: Vordering\n\nVordering verstrekking gegevens. Wij vorderen naam en IP-adressen van tern_9. Wij vragen in deze fase géén inhoud van chats.")]
    [InlineData("From: KHK <x@polizei.bayern.de>\nSubject: Auskunftsersuchen\n\nWir ersuchen um Bestandsdaten und IP-Adressen zu tern_9; das Ersuchen betrifft ausdrücklich nicht den Inhalt der Nachrichten.")]
    public void A_scope_that_stops_short_of_contents_asks_for_none(string message)
    {
        Assert.False(_engine.Triage(message).Flags.ContentRequested, message);
    }

    [Fact]
    public void A_paper_that_asks_for_contents_beside_such_wording_still_asks()
    {
        var result = _engine.Triage("From: Rechercheur <x@politie.nl>\nSubject: Vordering\n\nVordering. Wij vorderen de inhoud van berichten van tern_9 over de periode 1-10 november.");
        Assert.True(result.Flags.ContentRequested);
    }
}
