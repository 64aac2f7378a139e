using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Round 18: a form lists what it asks in a table with a column that answers for each row ("Requested: YES /
/// NO", "Include content? No", "Angefordert: Nein", "Demandé : Non"). A row that answers no refuses what it names; a row
/// that answers yes asks for it. A box the form ticks for content outweighs a label that excludes only some content.</summary>
public class ATableColumnThatAnswersNoRefusesItsRowTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private static string Table(string title, string header, string yes, string no, string subscriber, string content)
    {
        var (category, asked) = (header.Split(" | ")[0], header.Split(" | ")[1]);
        return $"""
            {title}
            Account: "river_kestrel_77"

            | {category,-36} | {asked,-12} |
            |--------------------------------------|--------------|
            | {subscriber,-36} | {yes,-12} |
            | {content,-36} | {no,-12} |
            """;
    }

    public static TheoryData<string, string> ContentRowAnswersNo => new()
    {
        { "en", Table("EMERGENCY DISCLOSURE REQUEST - Austin Police Department", "Category | Requested", "YES", "NO", "Subscriber name / e-mail / phone", "Message content / attachments") },
        { "de", Table("NOTFALLANFRAGE - Polizeipräsidium Dortmund", "Kategorie | Angefordert", "Ja", "Nein", "Bestandsdaten (Name, E-Mail)", "Inhalte der Nachrichten / Anhänge") },
        { "fr", Table("DEMANDE URGENTE - Police nationale, Lille", "Catégorie | Demandé", "Oui", "Non", "Identité du titulaire, e-mail", "Contenu des messages / pièces jointes") },
        { "es", Table("SOLICITUD URGENTE - Policía Nacional, Sevilla", "Categoría | Solicitado", "Sí", "No", "Datos de registro, correo", "Contenido de los mensajes / adjuntos") },
        { "pt", Table("PEDIDO URGENTE - Polícia Judiciária, Porto", "Categoria | Solicitado", "Sim", "Não", "Dados cadastrais, e-mail", "Conteúdo das mensagens / anexos") },
        { "it", Table("RICHIESTA URGENTE - Polizia di Stato, Torino", "Categoria | Richiesto", "Sì", "No", "Dati anagrafici, e-mail", "Contenuto dei messaggi / allegati") },
        { "nl", Table("SPOEDVERZOEK - Politie Eenheid Den Haag", "Categorie | Gevraagd", "Ja", "Nee", "Naam, e-mailadres", "Inhoud van berichten / bijlagen") },
    };

    [Theory]
    [MemberData(nameof(ContentRowAnswersNo))]
    public void A_content_row_that_answers_no_is_not_asked(string language, string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.ContentRequested, language);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT" && f.Severity == Severity.Blocker);
    }

    [Fact]
    public void A_column_that_asks_whether_content_is_included_and_answers_no_in_every_row_refuses_content()
    {
        var result = _engine.Triage("""
            GRAND JURY SUBPOENA - Court of Common Pleas, Erie County
            You are commanded to produce the following records:

            | Account          | Records                           | Include content? |
            |------------------|-----------------------------------|------------------|
            | lake_shore_parts | subscriber info, IP logs          | No               |
            | ls.parts@example.com | subscriber info, linked accounts | No            |
            """);

        Assert.False(result.Flags.ContentRequested);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT" && f.Severity == Severity.Blocker);
    }

    [Fact]
    public void A_content_row_that_answers_yes_is_asked()
    {
        var result = _engine.Triage("""
            SEARCH WARRANT - Superior Court of Maricopa County
            The Provider shall disclose for the account "desert_ibis_4":

            | Category                         | Requested |
            |----------------------------------|-----------|
            | Subscriber name / e-mail / phone | YES       |
            | Message content / attachments    | YES       |
            | Contact list                     | NO        |
            """);

        Assert.True(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_ticked_content_box_outweighs_a_label_that_excludes_other_content()
    {
        var result = _engine.Triage("""
            CERTIFICAT D'INJONCTION EUROPÉENNE DE PRODUCTION (EPOC) - Règlement (UE) 2023/1543
            Autorité d'émission : Tribunal judiciaire de Bordeaux, juge d'instruction
            SECTION C - Données demandées
              Compte : « garonne_baron_3 »
              [X] données relatives aux abonnés
              [X] données relatives au contenu : messages privés échangés entre le 01/09/2026 et le 15/11/2026
              Exclus : vidéos stockées ; contenus publics déjà saisis.
            """);

        Assert.True(result.Flags.ContentRequested);
    }
}
