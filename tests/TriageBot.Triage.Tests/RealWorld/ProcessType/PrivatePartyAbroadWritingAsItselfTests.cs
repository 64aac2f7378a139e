using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11, round 8: a private party abroad writing as itself is never government process. A victim
/// asking how a report to the police works (and saying it wants no one's data) is "other"; a law firm abroad
/// asking, for its client, who is behind an account is civil. Neither is an unverified government sender.</summary>
public class PrivatePartyAbroadWritingAsItselfTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("De: Marta Quiroga <marta.quiroga@example.es>\nAsunto: ¿Cómo denuncio esto?\n\nBuenas tardes:\n\n" +
                "Desde hace un mes la cuenta \"eco_del_turia\" me escribe insultos a diario. ¿Qué tiene que hacer la policía para saber " +
                "quién es? ¿Basta con una denuncia? No les pido que me den sus datos, solo quiero entender el procedimiento.\n\nMarta\n")]
    [InlineData("Von: Jonas Feldhaus <j.feldhaus@example.de>\nBetreff: Wie zeige ich das an?\n\nHallo,\n\n" +
                "ein Konto namens \"nordlicht_88\" beleidigt mich seit Wochen. Wie bekommt die Polizei heraus, wer das ist? " +
                "Ich bitte Sie nicht, mir seine Daten zu geben; ich möchte nur wissen, wie das abläuft.\n\nJonas\n")]
    public void A_victim_abroad_asking_how_reporting_works_is_other_and_not_suspicious(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.SuspiciousSender);
        Assert.DoesNotContain(result.Findings, f => f.Code is "UNVERIFIED_SENDER" or "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void A_law_firm_abroad_asking_for_an_account_holder_for_its_client_is_civil()
    {
        var text = "Sevilla, 28 de noviembre de 2026\n\nAl Departamento Jurídico de Provider Example\n\n" +
                   "Asunto: identificación del titular de la cuenta \"voz_de_triana\"\n\n" +
                   "Nuestro cliente es objeto de injurias y calumnias continuadas desde la cuenta indicada. Antes de presentar la " +
                   "querella, les rogamos que nos indiquen el nombre, el correo y las direcciones IP del titular.\n\n" +
                   "Atentamente,\nPaula Écija Rivas, abogada (ICAS 5.112)\nÉcija & Montenegro Abogados, Sevilla\npaula.ecija@example.es\n";

        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Civil, result.ProcessType);
        Assert.False(result.Flags.SuspiciousSender);
    }
}
