using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11 round 16: process served after an emergency the writer says is over (the child "was located", "is
/// safe", "a été retrouvée", "fue localizada") is ordinary process: the emergency is its history and pages no one. A
/// danger named after the words that end the first one is a new one and still pages.</summary>
public class EmergencyOverIsContextForOrdinaryProcessTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("COUNTY SHERIFF'S OFFICE – Missing Persons\n\nRe: your emergency disclosure of November 3 – account \"prairie_kestrel\"\n\n" +
                "Thank you for the records you sent on an emergency basis; they let us find the missing 12-year-old within the hour. The " +
                "child is safe now and back with her family. Attached is a grand jury subpoena for the same subscriber records, " +
                "returnable January 12, 2027, for the prosecution.\nDet. Mara Quist-Owusu – mara.quist@sheriff.example.gov\n",
                LegalProcessType.Subpoena)]
    [InlineData("Police Department – Special Victims\n\nYour emergency disclosure last week helped: the girl was located in a motel and the " +
                "man who took her was arrested. Please find enclosed a search warrant for the messages of the account \"river_otter_9\" " +
                "for the prosecution.\nDet. Ada Lindqvist-Eze – ada.lindqvist@pd.example.gov\n",
                LegalProcessType.SearchWarrant)]
    public void Process_after_an_emergency_that_ended_does_not_page(string text, LegalProcessType expected)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.Emergency);
        Assert.NotEqual(Priority.P0, result.Priority);
        Assert.Equal(expected, result.ProcessType);
        Assert.Contains(result.Evidence, e => e.About == "emergency" && e.Reason.Contains("over"));
    }

    [Theory]
    [InlineData("Gendarmerie nationale – Brigade de recherches de Lyon\n\nObjet : enlèvement de mineure – compte « saone_brume »\n\n" +
                "Grâce à vos données transmises en urgence, l'adolescente enlevée a été retrouvée saine et sauve hier soir. Nous joignons " +
                "une réquisition judiciaire pour les données d'inscription du compte, pour la procédure.\nAdj. Paul Verne-Diallo – " +
                "paul.verne@gendarmerie.interieur.gouv.fr\n")]
    [InlineData("Policía Nacional – UDEV Sevilla\n\nAsunto: secuestro de una menor – cuenta «giralda_azul»\n\nGracias a los datos " +
                "que nos enviaron con urgencia, la menor secuestrada fue localizada anoche y ya está a salvo. Adjuntamos el auto judicial " +
                "para los datos de registro de la cuenta.\nInsp. Lucía Marín-Osei – lucia.marin@policia.es\n")]
    public void Foreign_process_after_a_kidnapping_that_ended_does_not_page(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.Emergency);
        Assert.NotEqual(Priority.P0, result.Priority);
        Assert.NotEqual(LegalProcessType.Emergency, result.ProcessType);
    }

    [Fact]
    public void A_danger_named_after_the_first_one_ended_still_pages()
    {
        var result = _engine.Triage("Police Department – Special Victims\n\nEmergency disclosure request. The first girl was located last night, " +
                                    "but her 12-year-old sister is still with the abductor and is in immediate danger of death. Attached is a grand " +
                                    "jury subpoena; we need the last login IP of the account \"river_otter_9\" now.\n" +
                                    "Det. Ada Lindqvist-Eze – ada.lindqvist@pd.example.gov\n");

        Assert.True(result.Flags.Emergency);
        Assert.Equal(Priority.P0, result.Priority);
    }
}
