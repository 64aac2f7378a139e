using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11 round 13: a private person says they filed, or will file, a complaint with the police themself
/// ("j'ai déposé plainte", "I filed a police report", "he puesto una denuncia", "ich habe Anzeige erstattet"). A force
/// receives complaints; it does not file them in the first person. Whatever force the person names, the request is
/// "other" and its sender claims no authority. A force reporting that the victim filed one stays a force.</summary>
public class PersonWhoFiledAComplaintTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Bonjour,\n\nUn compte « faux_profil_lyon » publie des photos de mon fils. Je vais porter plainte au commissariat de " +
                "Lyon demain. Comment signaler ce compte pour qu'il disparaisse ?\n\nMerci,\nClaire Dumas - claire.d@example.fr")]
    [InlineData("Hello,\n\nSomeone runs the account \"fake_coach_mel\" in my name. I filed a police report with the Melbourne police last " +
                "week. How do I get the account taken down?\n\nThanks,\nJess Rowan - jess.rowan@example.com.au")]
    [InlineData("Hola:\n\nLa cuenta «acosador_sevilla» me escribe cada noche. Ya he puesto una denuncia en la comisaría de la Policía " +
                "Nacional. ¿Pueden cerrar la cuenta?\n\nGracias,\nLucía Prieto - lucia.p@example.es")]
    [InlineData("Guten Tag,\n\ndas Konto „falscher_handwerker“ verbreitet Lügen über meinen Betrieb. Ich habe bereits Anzeige erstattet " +
                "bei der Polizei Köln. Wie kann ich das Konto melden?\n\nMit freundlichen Grüßen\nJonas Berger - j.berger@example.de")]
    [InlineData("Buongiorno,\n\nil profilo «truffa_napoli_88» mi ha truffato. Ho sporto denuncia ai Carabinieri. Come posso segnalare " +
                "il profilo?\n\nGrazie,\nMarta Greco - marta.g@example.it")]
    [InlineData("Goedendag,\n\nHet account \"nep_verkoper_ut\" heeft mij opgelicht. Ik heb aangifte gedaan bij de politie Utrecht. " +
                "Hoe kan ik dit account melden?\n\nGroet,\nSanne de Wit - sanne@example.nl")]
    public void A_person_who_files_the_complaint_themself_is_no_authority(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.SuspiciousSender);
        Assert.DoesNotContain(result.Findings, f => f.Code is "UNVERIFIED_SENDER" or "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void A_force_saying_the_victim_filed_a_complaint_stays_a_force()
    {
        var result = _engine.Triage("Police nationale - Commissariat central de Lyon\n\nLa victime a déposé plainte le 28 novembre 2026. " +
                                    "Dans le cadre de l'enquête pour harcèlement, nous vous requérons de nous communiquer les données " +
                                    "d'identification et les adresses IP du compte « faux_profil_lyon ».\n\nCommandant Éric Baudin");

        Assert.Equal(LegalProcessType.International, result.ProcessType);
    }
}
