using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11, round 9 (third round for this class): a private person abroad asking whether or how to go to
/// the police writes as itself, even without saying it wants no one's data. Naming the force it would go to claims
/// no authority: the request is "other", never international process, never an unverified government sender.</summary>
public class VictimAskingHowToReportTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("De: Lucía Berrocal <lucia.b@example.es>\nAsunto: me acosan\n\nHola,\nun perfil llamado «luna_de_cadiz» me escribe cada noche. " +
                "¿Tengo que ir a la Guardia Civil para que les pidan quién es? No entiendo cómo va esto.\nLucía\n")]
    [InlineData("De : Hugo Masson <hugo.m@example.fr>\nObjet : on me harcèle\n\nBonjour,\nle compte « brume_de_loire » m'envoie des insultes. " +
                "Dois-je porter plainte à la gendarmerie avant que vous puissiez agir ?\nHugo\n")]
    [InlineData("Von: Lena Kort <lena.k@example.de>\nBetreff: Drohungen\n\nHallo,\ndas Konto \"schattenfuchs\" droht mir. " +
                "Muss ich zuerst zur Polizei gehen, damit die Polizei die Daten bekommt?\nLena\n")]
    [InlineData("Da: Sara Ventura <sara.v@example.it>\nOggetto: minacce\n\nSalve,\nl'account «vento_di_bora» mi minaccia. " +
                "Devo andare dai carabinieri prima? Non so come funziona.\nSara\n")]
    [InlineData("De: Rui Pacheco <rui.p@example.pt>\nAssunto: ameaças\n\nOlá,\na conta «gaivota_negra» ameaça-me. " +
                "Tenho de ir à polícia primeiro para que vos peçam os dados?\nRui\n")]
    [InlineData("Van: Daan Smit <daan.s@example.nl>\nOnderwerp: bedreiging\n\nHallo,\nhet account \"grachtenwolf\" bedreigt mij. " +
                "Moet ik eerst aangifte doen bij de politie voordat jullie iets kunnen doen?\nDaan\n")]
    public void A_victim_abroad_asking_whether_to_go_to_the_police_is_other_and_not_suspicious(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.SuspiciousSender);
        Assert.DoesNotContain(result.Findings, f => f.Code is "UNVERIFIED_SENDER" or "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void A_foreign_police_request_is_still_international()
    {
        var result = _engine.Triage("POLICE NATIONALE – Commissariat de Lyon\nRÉQUISITION (art. 60-1 du code de procédure pénale)\n\n" +
                                    "Nous, capitaine de police, requérons la communication des données d'identification du compte « rhone_sombre ».\n");

        Assert.Equal(LegalProcessType.International, result.ProcessType);
    }
}
