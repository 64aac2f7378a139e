using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Round 7 (heldout7): a city's police on the city's own government domain is who its letterhead says,
/// even when the letter names a federal partner it has informed; an office's mailbox under its county's own domain
/// is not a look-alike; a foreign law firm writing for its client claims no authority.</summary>
public class OwnGovernmentAndPartnerAgenciesTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private const string CityPoliceEmergency =
        "From: Det. Ana Brook <ana.brook@springfield.gov>\nSubject: Emergency disclosure request\n\n" +
        "EMERGENCY DISCLOSURE REQUEST\nRequesting agency: Springfield Police Department, Major Crimes\n" +
        "A child was taken from a playground an hour ago and is in danger of serious physical injury. We ask for the " +
        "subscriber information and recent login IP addresses of the account \"north_yard_ghost\".\n\n" +
        "Other context:\nFBI field office notified. A warrant will follow.\n\nDet. Ana Brook\n";

    [Fact]
    public void A_city_police_on_the_citys_own_domain_naming_a_federal_partner_it_informed_is_not_suspicious()
    {
        var result = _engine.Triage(CityPoliceEmergency);

        Assert.False(result.Flags.SuspiciousSender);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
    }

    [Fact]
    public void A_federal_agent_introducing_itself_from_a_towns_domain_stays_suspicious()
    {
        var result = _engine.Triage(
            "From: Jo Reyes <jreyes@springfield.gov>\nSubject: Emergency disclosure request\n\n" +
            "This is Special Agent Jo Reyes of the FBI. A child is in danger of serious physical injury; we need the " +
            "subscriber information of the account \"north_yard_ghost\" now.\n\nJo Reyes\n");

        Assert.True(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void A_prosecutors_mailbox_under_its_countys_own_domain_is_not_a_look_alike()
    {
        var result = _engine.Triage(
            "From: Lee Park <lpark@prosecutor.harlowcounty.us>\nSubject: Search warrant HC-26-114\n\n" +
            "Attached please find a search warrant issued by the Harlow County Court of Common Pleas for the " +
            "subscriber records of the account \"lake_road_77\".\n\nLee Park\nHarlow County Prosecutor's Office\n");

        Assert.DoesNotContain(result.Findings, f => f.Code == "UNVERIFIED_SENDER" && f.Message.Contains("look-alike"));
    }

    [Fact]
    public void An_agency_word_under_a_domain_the_letter_does_not_name_stays_a_look_alike()
    {
        var result = _engine.Triage(
            "From: Lee Park <lpark@prosecutor.quickfiles.us>\nSubject: Search warrant HC-26-114\n\n" +
            "Attached please find a search warrant issued by the Harlow County Court of Common Pleas for the " +
            "subscriber records of the account \"lake_road_77\".\n\nLee Park\nHarlow County Prosecutor's Office\n");

        Assert.True(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void A_spanish_lawyer_writing_for_a_client_in_a_defamation_claim_is_not_foreign_process()
    {
        var result = _engine.Triage(
            "De: Bufete Lorca Abogados <m.lorca@example.es>\nAsunto: Requerimiento de información – cuenta \"rio_verde_88\"\n\n" +
            "Muy señores míos:\n\nMe dirijo a ustedes en nombre y representación de D. Tomás Vela, objeto de una campaña " +
            "de difamación desde la cuenta \"rio_verde_88\". Hemos presentado demanda ante el Juzgado de Primera Instancia " +
            "n.º 3 de Málaga. Les solicitamos la identidad del titular de la cuenta y las direcciones IP.\n\n" +
            "Atentamente,\nLcda. Marta Lorca\nColegiada n.º 5.120\n");

        Assert.False(result.Flags.SuspiciousSender);
        Assert.DoesNotContain(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
        Assert.Equal(LegalProcessType.Civil, result.ProcessType);
    }
}
