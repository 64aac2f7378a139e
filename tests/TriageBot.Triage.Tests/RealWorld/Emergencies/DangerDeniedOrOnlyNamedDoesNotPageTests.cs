using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11, round 10: an emergency needs a danger the writer says someone is in now. A danger the writer
/// denies ("n'est pas en danger immédiat", "Eine akute Gefahr besteht nach derzeitigem Stand nicht", "ce n'est pas une
/// demande d'urgence") and a death threat named only as the offence ("menaces de mort", "amenazas de muerte") page no
/// one, in a foreign police force's request as in a victim's own mail.</summary>
public class DangerDeniedOrOnlyNamedDoesNotPageTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    // French denial around the verb, elided and with a pronoun between "ne" and "pas".
    [InlineData("Gendarmerie nationale — Brigade de Quimper\nRÉQUISITION (art. 77-1-1 du code de procédure pénale)\n\n" +
                "Nous requérons l'identification du compte « iroise_noire » (IP de connexion d'octobre). La plaignante n'est pas en danger " +
                "immédiat ; les messages datent de l'été.\n")]
    [InlineData("Police cantonale — Division cyber\n\nDemande volontaire d'informations sur le compte « lac_bleu_12 ». " +
                "Ce n'est pas une demande d'urgence : merci de répondre sous trente jours.\n")]
    // German denial after the danger, with words between the verb and "nicht".
    [InlineData("Polizeipräsidium Freiburg – Kriminalinspektion 5\n\nAuskunftsersuchen: Bestandsdaten zum Konto \"dreisam_rabe\" " +
                "(Ermittlungsverfahren wegen Beleidigung). Eine akute Gefahr für die Geschädigte besteht nach unserer Einschätzung nicht.\n")]
    public void A_danger_the_writer_denies_does_not_page(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.Emergency);
        Assert.NotEqual(LegalProcessType.Emergency, result.ProcessType);
        Assert.NotEqual(Priority.P0, result.Priority);
    }

    [Theory]
    [InlineData("Gendarmerie nationale — Brigade de recherches de Pau\nRÉQUISITION JUDICIAIRE\n\nDans une enquête pour harcèlement, " +
                "la victime a reçu des menaces de mort en commentaire le mois dernier. Nous requérons les données d'inscription du compte « gave_sombre ».\n")]
    [InlineData("Policía Nacional — Comisaría de Vigo\n\nEn diligencias por amenazas de muerte recibidas en agosto, solicitamos los datos " +
                "de registro y las IP de conexión de la cuenta «ria_gris_36».\n")]
    [InlineData("Polizia di Stato — Questura di Lecce\n\nPer un procedimento per minacce di morte dello scorso anno chiediamo i dati " +
                "anagrafici dell'account «salento_nero».\n")]
    [InlineData("Politie Eenheid Noord-Nederland\n\nIn een onderzoek naar een doodsbedreiging van vorige maand vragen wij de " +
                "registratiegegevens van het account \"wadden_kraai\".\n")]
    [InlineData("From: Maya Lind <maya.lind@example.org>\nSubject: account bothering me\n\nHello, the account \"gray_heron_77\" sent me death " +
                "threats back in May. It stopped since. How can I report the account to you?\nMaya\n")]
    public void A_death_threat_named_as_the_offence_does_not_page(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.Emergency);
        Assert.NotEqual(Priority.P0, result.Priority);
    }

    [Theory]
    [InlineData("Gendarmerie nationale — Brigade de Quimper\n\nL'auteur des menaces de mort a annoncé qu'il passerait ce soir au domicile " +
                "de la victime, qui se trouve en grave danger. Nous demandons en urgence l'IP de connexion du compte « iroise_noire ».\n")]
    [InlineData("Polizeipräsidium Freiburg\n\nNach Morddrohungen besteht akute Lebensgefahr für die Geschädigte. Wir bitten sofort um die " +
                "IP-Adressen zum Konto \"dreisam_rabe\".\n")]
    public void A_death_threat_beside_a_present_danger_still_pages(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.Emergency);
        Assert.Equal(Priority.P0, result.Priority);
    }

    [Fact]
    public void A_french_investigation_named_beside_an_abduction_is_no_survey_and_pages()
    {
        // "enquête" is the Dutch word for a survey, and the French one for an investigation.
        var result = _engine.Triage("Gendarmerie nationale — Section de recherches de Rennes\n\nDans le cadre de l'enquête ouverte ce matin, " +
                                    "une enfant de 9 ans a été enlevée devant son école. Nous demandons immédiatement les IP du compte « vilaine_noire ».\n");

        Assert.True(result.Flags.Emergency);
    }
}
