using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11, round 18 (class 5): a writer on consumer mail who claims a force's authority without a rank the
/// engine knew — the force as the subject of the letter's own sentence ("La Policía de Investigaciones … les informa",
/// "De Koninklijke Marechaussee … onderzoekt"), the rank of a force not called "police" ("Subcomisario", "Wachtmeester")
/// or the Dutch officer's statutory demand ("Wij vorderen") — claims government authority: the sender is suspicious and
/// the request keeps the type it claims, not "other" as if a private person wrote.</summary>
public class AgencyClaimedWithoutARankFromConsumerMailTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("From: Unidad Cibercrimen <unidad.cibercrimen.sur@hotmail.com>\nSubject: orden reservada\n\nSeñores:\n\nLa Policía de " +
                "Investigaciones, Brigada del Cibercrimen de Temuco, les informa que existe una orden contra el usuario «lago_negro_22». " +
                "Deben remitir nombre, teléfono, IP y mensajes privados en 12 horas a este correo.\n\nP. Soto\n")]
    [InlineData("Van: Recherche Noord <recherche.noord@ziggo.nl>\nOnderwerp: bevel\n\nGeachte,\n\nDe Koninklijke Marechaussee, brigade " +
                "Eelde, onderzoekt een zaak van mensensmokkel. Lever binnen 6 uur naam, IP-adressen en berichten van het account " +
                "\"noord_taxi_vip\".\n\nR. Jansen\n")]
    [InlineData("Van: R. Bakker <r.bakker.opsporing@kpnmail.nl>\nOnderwerp: gegevens\n\nGeachte,\n\nWij vorderen per direct alle " +
                "persoonsgegevens en IP-adressen van het account \"zwolle_deals_01\". Het bevel van de rechter-commissaris is geheim.\n\nR. Bakker\n")]
    [InlineData("From: Carlos Vidal <c.vidal.pdi@gmail.com>\nSubject: urgente\n\nBuenas tardes:\n\nNecesitamos hoy los datos y las IP de la " +
                "cuenta «norte_rapido». La orden judicial es reservada.\n\nSubcomisario C. Vidal\nBrigada Investigadora de Antofagasta\n")]
    [InlineData("From: Gendarmerie Alpes <gendarmerie.alpes.cyber@laposte.net>\nSubject: réquisition\n\nMadame, Monsieur,\n\nLa Gendarmerie " +
                "nationale, brigade de recherches d'Annecy, vous informe qu'une enquête vise le compte « lac_bleu_74 ». Transmettez " +
                "l'identité, les IP et les messages sous 24 heures.\n\nAdjudant M. Perrin\n")]
    public void A_force_claimed_from_consumer_mail_is_suspicious_and_keeps_its_type(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.SuspiciousSender);
        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.Contains(result.Evidence, e => e.About == "processType");
    }

    [Theory]
    // A private person tells of the force in her own first person: she is the complainant, not the force.
    [InlineData("From: Lucía Fernández <lucia.fdz.88@hotmail.com>\nSubject: mi caso\n\nHola:\n\nLa Policía Nacional investiga mi " +
                "denuncia contra la cuenta «sombra_sur» que me está acosando. ¿Pueden ustedes bloquearla?\n\nLucía\n")]
    [InlineData("Van: Sanne de Vries <sanne.devries@ziggo.nl>\nOnderwerp: mijn aangifte\n\nGoedemiddag,\n\nIk heb aangifte gedaan. De " +
                "politie onderzoekt nu het account \"nep_profiel_sanne\" dat mij bedreigt. Kunt u het profiel verwijderen?\n\nSanne\n")]
    public void A_private_person_telling_of_the_police_is_not_the_police(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.SuspiciousSender);
        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }
}
