using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Papers that authorise a search without the word "warrant", and letters about process that serve none.</summary>
public class WarrantEquivalentsAndLettersAboutProcessTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_military_commanders_search_authorization_is_a_search_warrant()
    {
        var result = _engine.Triage("""
            DEPARTMENT OF THE AIR FORCE - OFFICE OF SPECIAL INVESTIGATIONS, DET 405
            COMMAND AUTHORIZATION FOR SEARCH AND SEIZURE (M.R.E. 315)

            Upon the sworn statement of SA Devika Marlowe-Osei, I find probable cause and you are authorized
            to obtain from Northwind Labs the stored messages and uploaded images of the account "kadena_kite_9"
            for 01 Aug 2026 through 10 Nov 2026.
            Col. Ruben Akintola-Hart, Installation Commander
            """);

        Assert.Equal(LegalProcessType.SearchWarrant, result.ProcessType);
    }

    [Fact]
    public void A_prosecutors_letter_reporting_that_a_gag_was_dissolved_is_other()
    {
        var result = _engine.Triage("""
            Office of the United States Attorney, Western District of Texas
            Re: Order under 18 U.S.C. 2703(d), No. 5:26-mc-2210 - delayed-notice order dissolved

            The Court has dissolved the order under 18 U.S.C. 2705(b) that accompanied the 2703(d) order in
            this matter. You may now inform the holder of the account "hill_country_hawk" of that order.
            No other information is requested.
            AUSA Marisol Okafor-Lindqvist
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_foreign_police_question_that_asks_for_nothing_yet_is_other_in_french()
    {
        var result = _engine.Triage("""
            De : Brigade de recherches de Rennes <br.rennes@gendarmerie.interieur.gouv.fr>
            Objet : Question préalable

            Bonjour, nous débutons une enquête et n'avons pas encore de réquisition. Acceptez-vous une
            commission rogatoire internationale ou un ordre européen de production ?
            Nous ne vous demandons pour l'instant aucune donnée.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.NotEqual(Priority.P0, result.Priority);
    }

    [Fact]
    public void A_foreign_police_question_that_asks_for_nothing_yet_is_other_in_spanish_with_a_pronoun()
    {
        var result = _engine.Triage("""
            De: Mossos d'Esquadra - Unitat Central de Delictes Informàtics <ucdi@mossos.cat>
            Asunto: Consulta sobre el procedimiento

            Buenos días: todavía no tenemos orden del juzgado. ¿Aceptan ustedes una comisión rogatoria o
            prefieren una orden europea de producción? No le solicitamos de momento ningún dato.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void A_foreign_law_firm_asking_for_a_clients_opponents_data_is_civil_not_international()
    {
        var result = _engine.Triage("""
            Escritório de Advocacia Moreira & Tavares - São Paulo
            Ação cível n.º 1023344-55.2026, 14ª Vara Cível de São Paulo

            Representamos a autora na ação acima por concorrência desleal. Solicitamos os dados cadastrais do
            titular da conta "paulista_promo_oficial".
            Dr. Renato Tavares, advogado inscrito na OAB/SP 211.908
            """);

        Assert.Equal(LegalProcessType.Civil, result.ProcessType);
    }
}
