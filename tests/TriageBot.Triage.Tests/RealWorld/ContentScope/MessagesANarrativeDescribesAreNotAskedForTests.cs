namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Round 18: an emergency request tells what happened with messages ("her family has received voice notes
/// from the account", "su hija recibe mensajes de voz y fotografías") and asks only who the account is and where. A
/// content noun that a narrating verb governs is a fact of the case, not an ask; an emergency that asks for the
/// recent messages ("please provide the messages he sent in the last hour") still asks for content.</summary>
public class MessagesANarrativeDescribesAreNotAskedForTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    public static TheoryData<string, string> Narrated => new()
    {
        {
            "en", """
            EMERGENCY DISCLOSURE REQUEST - Reno Police Department, Robbery/Homicide
            A 31-year-old man was taken at gunpoint this morning. Since 07:30 his sister has received voice messages and photos
            of him bound from the account @high_desert_ledger demanding money by 3 PM.
            Please provide the subscriber details and the IP addresses used by @high_desert_ledger in the last 24 hours.
            I certify that this is an emergency involving danger of death or serious physical injury.
            """
        },
        {
            "de", """
            NOTFALLANFRAGE - Polizeipräsidium Mannheim, Kriminaldauerdienst
            Eine 19-jährige Frau wird seit heute Nacht festgehalten. Ihre Mutter erhält seit 06:00 Uhr Sprachnachrichten und Fotos
            der Gefesselten vom Konto "rhein_schuld_24" mit der Drohung, sie zu töten.
            Wir bitten um Übermittlung der Bestandsdaten und der IP-Adressen des Kontos der letzten 24 Stunden.
            Es besteht eine gegenwärtige Gefahr für Leib und Leben.
            """
        },
        {
            "fr", """
            DEMANDE URGENTE - Police judiciaire de Marseille, brigade criminelle
            Un homme de 40 ans a été enlevé ce matin. Depuis 8 h, son épouse reçoit des messages vocaux et des photos
            de lui ligoté, envoyés par le compte « vieux_port_dette » qui menace de le tuer avant 18 h.
            Nous vous demandons de nous communiquer les données d'inscription et les adresses IP de ce compte.
            Il existe un danger imminent de mort.
            """
        },
        {
            "es", """
            SOLICITUD URGENTE - Policía Nacional, Grupo de Secuestros de Valencia
            Un joven de 22 años ha sido secuestrado esta madrugada. Desde las 07:00 su padre recibe, a través de su servicio,
            mensajes de voz y fotografías del joven atado, enviados desde la cuenta «turia_cobros_7».
            Solicitamos los datos de registro y las direcciones IP de la cuenta. Existe riesgo inminente para su vida.
            """
        },
        {
            "pt", """
            PEDIDO URGENTE - Polícia Judiciária, Diretoria de Lisboa
            Uma mulher de 35 anos foi raptada esta manhã. Desde as 07h00 o irmão recebe mensagens de voz e fotos
            dela amarrada, vindas da conta "tejo_divida_3", com ameaças de morte.
            Solicitamos os dados de registo e os endereços IP da conta. Existe perigo iminente para a vida.
            """
        },
        {
            "it", """
            RICHIESTA URGENTE - Squadra Mobile di Napoli
            Un uomo di 50 anni è stato sequestrato stamattina. Dalle 07:00 la figlia riceve messaggi vocali e foto
            dell'uomo legato dall'account "vesuvio_debiti_8", con minacce di morte.
            Chiediamo di trasmettere i dati anagrafici e gli indirizzi IP dell'account. Sussiste un pericolo imminente per la vita.
            """
        },
        {
            "nl", """
            SPOEDVERZOEK - Politie Eenheid Rotterdam, Team Ontvoeringen
            Een man van 45 jaar is vanochtend ontvoerd. Sinds 07:00 uur ontvangt zijn dochter spraakberichten en foto's
            van de vastgebonden man vanaf het account "maas_schuld_5", met doodsbedreigingen.
            Wij verzoeken u de registratiegegevens en IP-adressen van het account te verstrekken. Er is acuut levensgevaar.
            """
        },
    };

    [Theory]
    [MemberData(nameof(Narrated))]
    public void Messages_the_request_narrates_are_not_asked_for(string language, string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.ContentRequested, language);
    }

    public static TheoryData<string, string> Asked => new()
    {
        {
            "en", """
            EMERGENCY DISCLOSURE REQUEST - Reno Police Department, Robbery/Homicide
            A 31-year-old man was taken at gunpoint this morning; his sister has received threats from @high_desert_ledger.
            Please provide the contents of the messages and the photos @high_desert_ledger sent in the last 24 hours.
            I certify that this is an emergency involving danger of death or serious physical injury.
            """
        },
        {
            // Narrated first, then asked for in the list of data sought, in other words.
            "en", """
            EMERGENCY REQUEST - FBI El Paso, 18 U.S.C. 2702(b)(8)
            A woman was abducted on Monday. The kidnappers have sent her mother four voice messages from the account
            "franklin_ridge_debt" demanding money and threatening to kill her.
            Requested, for franklin_ridge_debt: subscriber information, IP addresses since 11/30/2026, and the audio notes
            the account sent in the last 48 hours and to whom.
            """
        },
        {
            "de", """
            NOTFALLANFRAGE - Polizeipräsidium Mannheim, Kriminaldauerdienst
            Eine 19-jährige Frau wird seit heute Nacht festgehalten; es besteht Gefahr für Leib und Leben.
            Wir bitten um Übermittlung der Nachrichteninhalte, die das Konto "rhein_schuld_24" seit gestern gesendet hat.
            """
        },
        {
            "es", """
            SOLICITUD URGENTE - Policía Nacional, Grupo de Secuestros de Valencia
            Un joven de 22 años ha sido secuestrado esta madrugada; existe riesgo inminente para su vida.
            Solicitamos el contenido de los mensajes enviados y recibidos por la cuenta «turia_cobros_7» en las últimas 24 horas.
            """
        },
        {
            "fr", """
            DEMANDE URGENTE - Police judiciaire de Marseille
            Un homme a été enlevé ce matin ; il existe un danger imminent de mort.
            Nous vous demandons de nous communiquer le contenu des messages que le compte « vieux_port_dette » a envoyés depuis 8 h.
            """
        },
    };

    [Theory]
    [MemberData(nameof(Asked))]
    public void An_emergency_that_asks_for_the_recent_messages_still_asks_for_content(string language, string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.ContentRequested, language);
    }
}
