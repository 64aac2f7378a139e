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
}
