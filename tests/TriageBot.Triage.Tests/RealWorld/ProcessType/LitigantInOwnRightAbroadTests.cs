using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11, round 10: a litigant acting in their own right before a small-claims court abroad ("actúo por
/// derecho propio en un juicio de menor cuantía", "em causa própria no juizado especial cível") who asks for data is a
/// private party in civil litigation: civil, not international and not an unverified government sender; contents
/// are barred to them.</summary>
public class LitigantInOwnRightAbroadTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("De: Martín Sosa <martin.sosa@example.com.uy>\nAsunto: información para mi juicio\n\nActúo por derecho propio en un juicio de menor " +
                "cuantía contra el usuario «cerro_ventas». Necesito su nombre y todos los mensajes que me envió.\nMartín Sosa\n")]
    [InlineData("De: Paulo Lima <paulo.lima@example.com.br>\nAssunto: dados para processo\n\nAtuo em causa própria no juizado especial cível contra o " +
                "usuário «recife_vendas». Preciso do nome e de todas as mensagens que ele me enviou.\nPaulo Lima\n")]
    public void A_litigant_in_their_own_right_abroad_is_civil(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Civil, result.ProcessType);
        Assert.False(result.Flags.SuspiciousSender);
    }
}
