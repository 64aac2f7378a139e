namespace TriageBot.Triage.Tests.RealWorld.Findings;

/// <summary>Issue 11 class 8: a direct request from foreign police that names an EU production order, an MLAT or a
/// CLOUD Act order only as a route that may follow ("if you require one", "kann bei Bedarf nachgereicht werden"), or
/// says it is not one, is foreign direct process: the route it names is not the one it takes.</summary>
public class RouteNamedOnlyAsLaterOrDisclaimedTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void An_EU_production_order_offered_if_required_is_no_EU_order()
    {
        var result = _engine.Triage("From: Insp. Ola Nowak <o.nowak@policja.gov.pl>\nSubject: Request for subscriber data\n\nThe Polish Police ask for the subscriber data and login IP addresses of the account wisla_deals_7 in a fraud investigation. We do not ask for any content. If you require a European Production Order we will ask the prosecutor to issue one.\n\nInsp. O. Nowak");

        Assert.DoesNotContain(result.Findings, f => f.Code == "EU_PRODUCTION_ORDER");
        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void A_German_order_that_may_follow_later_is_no_EU_order()
    {
        var result = _engine.Triage("Von: KHK Jonas Weber <jonas.weber@polizei.bayern.de>\nBetreff: Auskunftsersuchen\n\nIm Ermittlungsverfahren wegen Betrugs bitten wir um Bestandsdaten und IP-Adressen zum Konto isar_tickets_24. Eine Europäische Herausgabeanordnung kann bei Bedarf nachgereicht werden.\n\nMit freundlichen Grüßen\nKHK J. Weber");

        Assert.DoesNotContain(result.Findings, f => f.Code == "EU_PRODUCTION_ORDER");
        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void A_request_that_says_it_is_not_an_agreement_order_invokes_no_agreement()
    {
        var result = _engine.Triage("From: Agent Mia Tane <mia.tane@afp.gov.au>\nSubject: Request for assistance\n\nThe Australian Federal Police request voluntary disclosure of the subscriber details of the account reef_coin_help in a scam investigation.\n\nThis request is not an International Production Order and is not made under the AUS-US CLOUD Act Agreement. We do not seek the content of communications.\n\nAgent M. Tane");

        Assert.DoesNotContain(result.Findings, f => f.Code == "CLOUD_ACT_AGREEMENT");
        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void A_foreign_order_whose_sender_expects_an_MLAT_may_be_required_is_direct_process()
    {
        var result = _engine.Triage("From: Det. Ana Roy <ana.roy@torontopolice.on.ca>\nSubject: Production Order s. 487.014\n\nAttached is a Production Order issued by a justice of the Ontario Court of Justice for the subscriber records of the account lakeshore_rides. Please advise if you will accept the order or require an MLAT request.\n\nDet. A. Roy");

        var finding = Assert.Single(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
        Assert.NotNull(finding.Evidence);
    }

    [Fact]
    public void A_Spanish_police_request_that_offers_an_EU_order_if_policy_requires_is_direct_process()
    {
        var result = _engine.Triage("De: Inspector Luis Ortega <l.ortega@policia.es>\nAsunto: Solicitud de datos de abonado\n\nEn el marco de unas diligencias por estafa, se solicitan los datos de registro y las IP de acceso de la cuenta «tajo_ofertas». No se solicita contenido. Si su política exige una Orden Europea de Producción, les rogamos nos lo indiquen.\n\nInspector L. Ortega");

        Assert.DoesNotContain(result.Findings, f => f.Code == "EU_PRODUCTION_ORDER");
        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void A_Spanish_EU_production_order_under_its_own_name_is_an_EU_order()
    {
        var result = _engine.Triage("ORDEN EUROPEA DE PRODUCCIÓN – CERTIFICADO (ANEXO I)\nA) Estado emisor: España\nC) Plazo: diez (10) días desde la recepción del certificado.\nE) Datos: abonado. Cuenta: «ribera_motos»\nL) Autoridad emisora: Juzgado de Instrucción n.º 3 de Burgos – instruccion3.burgos@justicia.es\n");

        Assert.Contains(result.Findings, f => f.Code == "EU_PRODUCTION_ORDER");
        Assert.DoesNotContain(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }
}
