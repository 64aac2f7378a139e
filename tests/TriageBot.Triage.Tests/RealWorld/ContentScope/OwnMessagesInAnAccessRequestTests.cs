using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Round 7: a user's access request (GDPR art. 15) serves no process, yet when it asks for a copy of the
/// user's own messages it asks for content, and the flag says so.</summary>
public class OwnMessagesInAnAccessRequestTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void An_access_request_for_the_users_own_messages_asks_for_content()
    {
        var result = _engine.Triage("""
            Betreff: Auskunft nach Art. 15 DSGVO

            Ich bin Nutzer Ihres Dienstes ("moorlicht_44") und mache mein Auskunftsrecht nach Art. 15 DSGVO geltend.
            Bitte stellen Sie mir eine Kopie aller gespeicherten Daten zur Verfügung, einschließlich meiner
            Direktnachrichten und Sprachnachrichten.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.True(result.Flags.ContentRequested);
    }
}
