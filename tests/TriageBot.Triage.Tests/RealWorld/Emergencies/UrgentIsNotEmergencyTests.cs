using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11 class 3: "urgent" presses a deadline; an emergency is a life or limb at risk. A foreign
/// request marked urgent that says no one is in danger, an office named for the crimes it investigates, and a
/// freedom-of-information request listing emergency requests are not emergencies.</summary>
public class UrgentIsNotEmergencyTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private const string Ask = "We ask for the subscriber data and the login IP addresses of the account \"costa_brava_motos\" from 1 October to 25 November 2026.\n";

    [Theory]
    [InlineData("Subject: SOLICITUD URGENTE\n\n", "No existe riesgo para la vida de ninguna persona; la urgencia se debe al plazo fijado por el juzgado.")]
    [InlineData("Objet : URGENT - réquisition\n\n", "Il ne s'agit pas d'un cas de péril imminent : l'urgence tient à la fin de la garde à vue.")]
    [InlineData("Betreff: EILT\n\n", "Eine Lebensgefahr liegt nicht vor; die Eile ergibt sich aus der Haftprüfung am Freitag.")]
    [InlineData("Onderwerp: SPOEDVERZOEK\n\n", "Er is geen sprake van levensgevaar; de spoed volgt uit de zitting van donderdag.")]
    [InlineData("Subject: URGENT request\n\n", "There is no indication of any threat to life; the urgency is the hearing on Thursday.")]
    [InlineData("Oggetto: RICHIESTA URGENTE\n\n", "Non sussiste alcun pericolo per la vita; l'urgenza deriva dall'udienza fissata.")]
    [InlineData("Asunto: SOLICITUD URGENTE\n\n", "No tenemos constancia de una amenaza inminente contra la vida; la urgencia es el plazo del juzgado.")]
    [InlineData("Betreff: EILT\n\n", "Es gibt keine Hinweise auf eine Gefahr für das Leben; die Eile folgt aus dem Haftprüfungstermin.")]
    public void A_foreign_request_marked_urgent_with_no_danger_is_not_an_emergency(string header, string sentence)
    {
        var result = _engine.Triage($"{header}Policía de Investigación, Unidad de Ciberdelitos, Valencia (Spain)\n\n{Ask}{sentence}\n\nInspector M. Ferrer\n");

        Assert.False(result.Flags.Emergency, sentence);
        Assert.NotEqual(LegalProcessType.Emergency, result.ProcessType);
        Assert.Equal(LegalProcessType.International, result.ProcessType);
    }

    [Theory]
    [InlineData("Fiscalía Especializada en Atención de Delitos de Secuestro y Extorsión\nProcuraduría General de Justicia, Monterrey (México)")]
    [InlineData("Brigade de répression du banditisme et des enlèvements\nPolice judiciaire, Marseille (France)")]
    [InlineData("Anti-Kidnapping Unit\nNational Police, Bogotá (Colombia)")]
    public void An_office_named_for_the_crimes_it_investigates_is_not_an_emergency(string letterhead)
    {
        var result = _engine.Triage($"{letterhead}\n\nIn an investigation into investment fraud, {Ask}No content is requested.\n\nAgent R. Salas\n");

        Assert.False(result.Flags.Emergency, letterhead);
        Assert.Equal(LegalProcessType.International, result.ProcessType);
    }

    [Fact]
    public void The_same_office_reporting_an_abduction_in_progress_is_an_emergency()
    {
        var result = _engine.Triage("Anti-Kidnapping Unit\nNational Police, Bogotá (Colombia)\n\nA 9-year-old girl was abducted this morning and is held against her will; " +
                                    "the kidnappers contact the family from the account \"rescate_2026\". We need its login IP addresses now.\n\nAgent R. Salas\n");

        Assert.True(result.Flags.Emergency);
    }

    [Theory]
    [InlineData("Objet : DEMANDE EN URGENCE - RISQUE VITAL\n\nUne femme de 41 ans est retenue depuis hier par ses ravisseurs, qui exigent une demande de rançon depuis le compte \"lot_et_garonne_22\". Nous sollicitons les adresses IP de connexion de ce compte.\n\nCapitaine L. Girard, Gendarmerie\n")]
    public void A_french_abduction_with_a_ransom_is_an_emergency(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.Emergency);
        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
    }

    [Theory]
    [InlineData("Betreff: Antrag nach dem Informationsfreiheitsgesetz (IFG)\n\nIch beantrage Zugang zu folgenden Unterlagen seit 2024:\n 1. alle Notfallersuchen wegen Lebensgefahr, mit Datum und Entscheidung;\n 2. alle Herausgabeanordnungen deutscher Staatsanwaltschaften.\n\nMit freundlichen Grüßen\nJ. Krüger\n")]
    [InlineData("Asunto: Solicitud de acceso a la información pública\n\nAl amparo de la Ley 19/2013 de transparencia solicito:\n 1. el número de solicitudes de emergencia por riesgo para la vida recibidas desde 2024;\n 2. las órdenes europeas de entrega recibidas de España.\n\nAtentamente,\nL. Ortega\n")]
    public void A_freedom_of_information_request_listing_emergency_requests_is_not_one(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.Emergency);
        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }
}
