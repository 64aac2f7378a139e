using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11, round 9: a party representing itself in a civil case (small claims) asking for an account
/// holder's identity is civil in every language read, as "pro se" is in English.</summary>
public class SelfRepresentedLitigantAbroadTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Bonjour,\n\nJe me représente seule dans un dossier aux petites créances contre le vendeur du compte « lampe_brisee ». " +
                "Pouvez-vous me donner son nom et son adresse pour que je puisse le faire signifier ?\n\nJosée Caron\njosee.c@example.ca\n")]
    [InlineData("Hola:\n\nMe represento a mí misma en una demanda civil contra quien usa la cuenta «bici_perdida». ¿Pueden darme su " +
                "nombre y domicilio para notificarle?\n\nInés Llorente\ninesll@example.es\n")]
    public void A_self_represented_party_asking_for_an_identity_is_civil(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Civil, result.ProcessType);
        Assert.False(result.Flags.SuspiciousSender);
    }
}
