using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11, round 13: a writer on a free-mail or commercial address who introduces himself AS the agency
/// ("hier Kriminalpolizei …", "ici la police de …", "aquí la Policía …", "scrivo per conto della Guardia di Finanza",
/// a short German rank such as "KK" before his name) claims government authority: the sender is suspicious, not a
/// private person writing about the police.</summary>
public class AgencyIntroducingItselfFromPrivateMailTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Von: KK Jonas Brenner <jonas.brenner.kripo@web.de>\nBetreff: Eilt\n\nGuten Abend,\n\nhier Kriminalpolizei Bonn. Wir " +
                "brauchen sofort Name, Telefonnummer und Nachrichten des Nutzers \"rhein_falke\". Das Dienst-Postfach geht nicht, " +
                "deshalb schreibe ich privat. Der Beschluss kommt später.\n\nGruß\nJonas Brenner\n")]
    [InlineData("From: Luc Marchand <luc.marchand77@gmail.com>\nSubject: urgent\n\nBonjour,\n\nici la police de Nantes. Envoyez-nous le nom, " +
                "le téléphone et les messages du compte « erdre_noire ». Notre messagerie de service est en panne.\n\nLuc\n")]
    [InlineData("From: Nucleo Tributario <nucleo.tributario@studio-ferri-consulenze.it>\nSubject: richiesta dati\n\nBuongiorno,\n\n" +
                "scrivo per conto della Guardia di Finanza per un'indagine in corso. Ci servono nome, telefono e chat dell'account " +
                "«brenta_oro» entro domani. Usiamo la casella di un consulente esterno.\n\nGrazie\n")]
    [InlineData("From: Pablo Ruiz <pablo.ruiz.agente@hotmail.com>\nSubject: datos urgentes\n\nHola,\n\naquí la Policía Local de Cádiz. " +
                "Necesitamos el nombre, el teléfono y los mensajes de la cuenta «caleta_azul» hoy mismo. El correo oficial no funciona.\n\nPablo\n")]
    public void An_agency_introducing_itself_from_private_mail_is_suspicious(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.SuspiciousSender);
        Assert.NotEqual(LegalProcessType.Other, result.ProcessType);
    }

    [Theory]
    [InlineData("From: Ana Torres <ana.torres.91@gmail.com>\nSubject: mi cuenta\n\nHola, me llamo Ana. Fui a la policía porque la cuenta " +
                "«sombra_55» me está acosando. ¿Cómo puedo denunciarla en su plataforma?\n\nAna\n")]
    public void A_private_person_who_went_to_the_police_is_not_the_police(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.SuspiciousSender);
    }
}
