using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11 round 10b: a victim abroad who says where she lives ("Vivo no Porto", "I live in Leeds") and asks
/// which police to go to, or what to bring when she reports, speaks for herself: her mail is no foreign process and
/// she is no suspicious sender, whichever force she names.</summary>
public class VictimWhoSaysWhereSheLivesTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("De: Inês Valadares <ines.v@example.pt>\nAssunto: um perfil vosso persegue-me\n\nBoa tarde,\n\n" +
                "Vivo na Amadora. Um perfil da vossa rede escreve-me todos os dias com ameaças e já publicou a minha morada.\n" +
                "Devo ir à PSP ou à GNR? A polícia pode pedir-vos os dados dele? Que provas levo quando apresentar queixa?\n\nInês\n")]
    [InlineData("From: Tamsin Oduya <tamsin.o@example.co.uk>\nSubject: someone on your app keeps threatening me\n\nHello,\n\n" +
                "I live in Leeds. For a month an account on your service has sent me messages saying it will hurt my brother.\n" +
                "What should I print out when I file a police report, and will the police be able to get his details from you?\n\nTamsin\n")]
    public void A_victim_saying_where_she_lives_writes_for_herself(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.SuspiciousSender);
        Assert.DoesNotContain(result.Findings, f => f.Code is "UNVERIFIED_SENDER" or "FOREIGN_DIRECT_PROCESS");
    }
}
