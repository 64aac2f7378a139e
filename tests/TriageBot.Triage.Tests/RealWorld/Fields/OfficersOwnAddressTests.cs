namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Error class 9, the requester's e-mail: the officer's own address, the one a reviewer writes back to,
/// not an agency's production mailbox named as the place of delivery nor a court's ECF notice sender.</summary>
public class OfficersOwnAddressTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_production_mailbox_named_for_delivery_is_not_the_requesters_address()
    {
        var result = _engine.Triage("""
            UNITED STATES SECURITIES AND EXCHANGE COMMISSION - DIVISION OF ENFORCEMENT
            SUBPOENA
            YOU MUST PRODUCE the documents in the Attachment at the place, date and time specified below:
              Place: by electronic delivery to ENF-Denver-Production@sec.gov
              Date: December 21, 2026, 10:00 a.m.
            ATTACHMENT - subscriber records of the account "rocky_token_pump".

            By: Marguerite Okonjo-Lindqvist, Senior Counsel
                okonjo-lindqvistm@sec.gov | (303) 555-0147
            """);

        Assert.Equal("okonjo-lindqvistm@sec.gov", result.Fields.Email);
    }

    [Fact]
    public void A_court_ecf_notice_sender_gives_way_to_the_case_agents_address()
    {
        var result = _engine.Triage("""
            From: ECF Notices <ecf_notices@ord.uscourts.gov>
            To: legal@northwind-labs.com
            Subject: 1:26-mj-00311 Order under 18 U.S.C. 2703(d)

            The Clerk transmits a certified copy of the order to the provider. Direct questions to the case agent.

            ORDER - IT IS ORDERED that the provider shall disclose the subscriber records of "windy_city_wire".
            Case agent: SA Tomasz Adebayo-Kline, FBI Chicago, tadebayo-kline@fbi.gov, 312-555-0190
            """);

        Assert.Equal("tadebayo-kline@fbi.gov", result.Fields.Email);
    }
}

/// <summary>Error class 9: an agency's preservations mailbox in the From header gives way to the officer's own
/// government address in the signature.</summary>
public class RoleMailboxSenderTests
{
    [Fact]
    public void A_preservations_mailbox_sender_gives_way_to_the_officers_address()
    {
        var result = EngineFixture.Create().Triage("""
            From: Ohio BCI Cyber Crimes <cyber.preservations@ohioattorneygeneral.gov>
            To: legal@northwind-labs.com
            Subject: 2703(f) Preservation Request

            Pursuant to 18 U.S.C. 2703(f), please preserve the records of the account "cleveland_rocks_99".

            Special Agent Priya Lindgren-Okafor
            plindgren-okafor@ohioattorneygeneral.gov | 614-555-0170
            """);

        Assert.Equal("plindgren-okafor@ohioattorneygeneral.gov", result.Fields.Email);
    }
}
