using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.HardNegatives;

/// <summary>Error class 2 (hard negatives abroad): a text in another language is "international" only when a
/// foreign authority asks for data. A private party's notice, a user's request for their own data, a withdrawn
/// request and an order that only lifts a gag are "other", in every language.</summary>
public class ForeignTextIsNotForeignProcessTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("""
        Von: RA Dr. Helene Marquardt <kanzlei@marquardt-recht.example.de>
        Betreff: Meldung rechtswidriger Inhalte nach Art. 16 DSA

        Namens unserer Mandantin, der Falkner Leuchten GmbH, melden wir Angebote des Kontos "falkner_sale_24", die
        Markenrechtsverletzungen darstellen. Wir bitten um Entfernung der Angebote. Personenbezogene Daten fordern
        wir nicht an.
        """)]
    [InlineData("""
        De: Studio Legale Ferraresi <segreteria@ferraresi.example.it>
        Oggetto: Segnalazione di contenuti illeciti - contraffazione

        Per conto della nostra assistita, titolare del marchio "VELAROSSA", segnaliamo che l'account
        "velarossa_outlet" vende prodotti di contraffazione. Chiediamo la rimozione dei contenuti indicati.
        """)]
    [InlineData("""
        De: Bufete Ortuño <info@ortuno.example.es>
        Asunto: Notificación de contenidos ilícitos - falsificación de marca

        En representación de la titular de la marca "CAMPANAR", comunicamos que la cuenta "campanar_barato"
        ofrece productos falsificados. Solicitamos su retirada conforme al artículo 16 del Reglamento (UE) 2022/2065.
        """)]
    [InlineData("""
        Van: Advocatenkantoor De Wilde <info@dewilde.example.nl>
        Onderwerp: Melding van illegale inhoud - namaakproducten

        Namens onze cliënt, merkhouder van "ZILVERMEEUW", melden wij dat het account "meeuw_korting" namaakproducten
        aanbiedt. Wij verzoeken om verwijdering. Gegevens van de gebruiker vragen wij niet.
        """)]
    public void A_rights_holders_notice_abroad_is_other(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Theory]
    [InlineData("""
        From: Joana Bettencourt <joana.bettencourt@example.com.br>
        Subject: Pedido de acesso - LGPD

        Sou titular da conta "joana_ilustra". Com base no art. 18 da LGPD peço cópia de todos os meus dados,
        incluindo as mensagens que enviei, e a lista de terceiros com quem foram partilhados.
        """)]
    [InlineData("""
        From: Tomás Arrieta <tomas.arrieta@example.es>
        Subject: Derecho de acceso

        Ejerzo mi derecho de acceso y les pido una copia de todos mis datos asociados a la cuenta "tomas_arr".
        """)]
    [InlineData("""
        From: Elodie Marchetti <elodie.m@example.fr>
        Subject: Demande d'accès à mes données

        Je souhaite recevoir une copie de toutes mes données personnelles liées au compte "elodie_mrc".
        """)]
    public void A_user_asking_for_their_own_data_abroad_is_other(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.Emergency);
    }

    [Theory]
    [InlineData("""
        Von: KOK Mirja Stade <mirja.stade@polizei.niedersachsen.de>
        Betreff: Unser Auskunftsersuchen vom 3. November

        Die mit unten stehender Nachricht erbetenen Bestandsdaten sind nicht mehr erforderlich, der Beschuldigte
        hat sich gestellt. Bitte sehen Sie von einer Beantwortung ab.

        -----Ursprüngliche Nachricht-----
        Von: Stade, Mirja
        Gesendet: Montag, 3. November 2026 10:02
        Betreff: Auskunftsersuchen

        Gemäß § 100j StPO bitte ich um die Bestandsdaten des Kontos "weserblick_77".
        """)]
    [InlineData("""
        De: Brigadier-chef Yanis Corbet <yanis.corbet@interieur.gouv.fr>
        Objet: RE: Réquisition 2026/1187

        La réquisition ci-dessous n'est plus nécessaire : l'auteur a été interpellé ce matin. Merci de la classer.

        -----Message d'origine-----
        De : Corbet, Yanis
        Envoyé : lundi 2 novembre 2026 09:15
        Objet : Réquisition 2026/1187

        En application de l'article 60-1 du code de procédure pénale, je vous requiers de communiquer les données
        d'identification du compte "calanque_noire".
        """)]
    [InlineData("""
        Da: Isp. Carla Benedetti <carla.benedetti@poliziadistato.it>
        Oggetto: Richiesta prot. 5521 - ritiro

        Vi comunichiamo che la richiesta sotto riportata non è più necessaria e la ritiriamo.

        -----Messaggio originale-----
        Da: Benedetti, Carla
        Inviato: martedì 10 novembre 2026 11:40
        Oggetto: Richiesta prot. 5521

        Ai sensi del codice di procedura penale si chiedono i dati anagrafici dell'account "darsena_blu".
        """)]
    public void A_withdrawn_foreign_request_quoted_below_its_withdrawal_is_other(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.True(result.Withdrawn);
        Assert.DoesNotContain(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void An_order_that_only_vacates_a_gag_is_other_not_the_warrant_it_names()
    {
        var result = _engine.Triage("""
            SUPERIOR COURT OF THE STATE OF ARIZONA, MARICOPA COUNTY
            In the Matter of Search Warrant SW2026-0419

            ORDER VACATING NON-DISCLOSURE ORDER

            Upon the State's notice that the investigation has closed, the non-disclosure order issued with the
            above search warrant on April 2, 2026 is vacated. The provider may notify its customer.
            Judge Leonora Quist-Abara
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_foreign_police_request_without_a_named_process_type_is_still_international()
    {
        var result = _engine.Triage("""
            Van: Rechercheur Sanne Vos <sanne.vos@politie.nl>
            Onderwerp: Verzoek gegevens account

            In het kader van een onderzoek naar oplichting verzoekt de politie u om de naam, het e-mailadres en de
            IP-adressen van het account "grachtvos_88" te verstrekken.
            Politie Eenheid Rotterdam, Team Digitale Opsporing
            """);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.True(result.Flags.NonUs);
    }
}

/// <summary>Writers who ask for nothing personal, or only for their own records, in several languages; and an
/// emergency denied in so many words.</summary>
public class AsksForNothingOrOwnRecordsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("""
        Da: Commissario Dario Fantoni <dario.fantoni@poliziadistato.it>
        Oggetto: Quesito su ordine europeo di produzione

        Stiamo valutando un ordine europeo di produzione (EPOC) per un'indagine su una truffa. Per ora non chiediamo
        alcun dato: vorremmo sapere a quale indirizzo inviarlo.
        """)]
    [InlineData("""
        Van: Inspecteur Joost Hamers <joost.hamers@politie.nl>
        Onderwerp: Vraag over een verstrekkingsbevel

        Wij vragen op dit moment geen gegevens op. Graag horen wij waar wij later een Europees verstrekkingsbevel
        (EPOC) naartoe moeten sturen.
        """)]
    public void A_foreign_authority_that_asks_for_no_data_yet_is_other(string text)
    {
        Assert.Equal(LegalProcessType.Other, _engine.Triage(text).ProcessType);
    }

    [Theory]
    [InlineData("""
        Dear legal team, I am conducting a comparative study of government data requests for my doctoral thesis at a
        Dutch university. Could you share aggregate numbers of European Production Orders (EPOC) per member state?
        I do not ask for any user's data.
        """)]
    [InlineData("""
        Madame, Monsieur, je mène une étude universitaire sur les injonctions européennes de production (EPOC)
        adressées aux plateformes. Pourriez-vous m'indiquer des chiffres agrégés par État membre ?
        """)]
    [InlineData("""
        Estimados: estoy realizando un estudio académico sobre las órdenes europeas de entrega (EPOC) recibidas por
        plataformas estadounidenses. ¿Podrían facilitarme cifras agregadas por Estado miembro?
        """)]
    public void A_researcher_asking_for_figures_is_other(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.Emergency);
    }

    [Fact]
    public void A_user_asking_for_their_own_login_history_is_other_even_when_a_subpoena_may_follow()
    {
        var result = _engine.Triage("""
            From: Marisol Petrakis-Vance <marisol.pv@example.com>
            Subject: Hacked account - my records

            My account "marisol_weaves" was taken over last week. The officer who took my report said the police may
            serve a subpoena later, but for now I need my own login history and IP addresses for my insurance claim.
            I am the account holder and can verify my identity.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void A_victim_said_not_to_be_at_risk_does_not_make_a_request_an_emergency()
    {
        var result = _engine.Triage("""
            From: DC Harriet Osei-Lund <harriet.osei-lund@met.police.uk>
            Subject: Request for subscriber information - blackmail

            The victim, a 40-year-old man, was threatened with the publication of private photos. He is not at
            immediate risk of self-harm and this is not an emergency request. Please provide the subscriber details
            and login IP addresses of "sunset_vandal_9".
            """);

        Assert.False(result.Flags.Emergency);
        Assert.NotEqual(LegalProcessType.Emergency, result.ProcessType);
    }
}
