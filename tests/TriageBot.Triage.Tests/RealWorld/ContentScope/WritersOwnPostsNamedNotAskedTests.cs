namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Round 11: a user who tells where a harasser writes ("he comments on all my posts", "commente toutes mes
/// publications") names her own posts as the place it happens; nobody asks for them. Asked for ("je voudrais
/// recevoir toutes mes conversations"), the writer's own messages are content as before.</summary>
public class WritersOwnPostsNamedNotAskedTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_harasser_commenting_on_all_my_posts_asks_for_no_content()
    {
        var result = _engine.Triage("""
            Objet : Un compte me harcèle
            Bonjour, depuis un mois le compte « brume_du_soir_12 » commente toutes mes publications avec des insultes.
            Pouvez-vous me dire comment le signaler ? Je vous écris en mon nom.
            Camille
            """);

        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void Asking_for_all_my_conversations_asks_for_content()
    {
        var result = _engine.Triage("""
            Objet : Demande d'accès à mes données
            Bonjour, en application de l'article 15 du RGPD, je voudrais recevoir une copie de toutes mes conversations.
            Camille
            """);

        Assert.True(result.Flags.ContentRequested);
    }
}
