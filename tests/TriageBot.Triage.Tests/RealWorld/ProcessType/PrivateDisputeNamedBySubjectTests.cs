using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11 round 13: a private party who wants another person's data for its own dispute before a court
/// (custody and visitation, divorce, inheritance, tenancy, employment) serves civil business, in every language read;
/// no police force is involved, so it is civil, not "other" and not foreign process. An arrest ("in custody") is no
/// such dispute.</summary>
public class PrivateDisputeNamedBySubjectTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("nl", "Van: Ruben Kok <ruben.kok@example.nl>\nOnderwerp: Berichten voor mijn omgangszaak\n\nGeachte heer/mevrouw,\n\nIk heb een omgangszaak bij de rechtbank over de omgang met mijn zoon. Mijn ex gebruikt het account @zwolle_zus_88. Kunt u mij haar berichten van de laatste maanden sturen? Die wil ik de rechter laten zien.\n\nRuben Kok\n")]
    [InlineData("de", "Von: Petra Lang <petra.lang@example.de>\nBetreff: Nachrichten für mein Umgangsverfahren\n\nSehr geehrte Damen und Herren,\n\nim Umgangsverfahren vor dem Familiengericht brauche ich die Nachrichten meines Ex-Mannes vom Konto @isar_papa_77. Bitte senden Sie mir seine privaten Nachrichten der letzten drei Monate.\n\nPetra Lang\n")]
    [InlineData("es", "De: Lucía Prieto <lucia.prieto@example.es>\nAsunto: Mensajes para el régimen de visitas\n\nBuenos días:\n\nEstoy en un procedimiento de divorcio y el juzgado de familia revisará el régimen de visitas. Mi exmarido usa la cuenta @tajo_padre_21. ¿Pueden enviarme sus mensajes privados del último mes?\n\nLucía Prieto\n")]
    [InlineData("pt", "De: Marcos Lima <marcos.lima@example.com.br>\nAssunto: Mensagens para a guarda do meu filho\n\nPrezados,\n\nTenho um processo na vara de família sobre a guarda compartilhada do meu filho. A mãe usa o perfil @recife_mae_09. Podem me enviar as mensagens privadas dela dos últimos meses?\n\nMarcos Lima\n")]
    public void A_litigant_asking_for_the_other_sides_messages_in_a_family_dispute_is_civil(string language, string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Civil, result.ProcessType);
        Assert.False(result.Flags.SuspiciousSender, language);
        Assert.DoesNotContain(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }
}
