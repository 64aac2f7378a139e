using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Process types that cue lists used to miss: summonses, state civil subpoenas, process that rides along
/// with a preservation, extensions, NCMEC confirmations and foreign preservation demands.</summary>
public class ProcessTypeClassTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void An_administrative_summons_is_a_subpoena()
    {
        var result = _engine.Triage("""
            U.S. Customs and Border Protection - Summons to appear and produce records (19 U.S.C. 1509)
            To: Northwind Labs, Inc., Custodian of Records
            You are hereby summoned to produce subscriber information for the account "harbor_freight_77"
            on December 14, 2026. Do not include message contents.
            """);

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
    }

    [Fact]
    public void A_state_family_court_subpoena_issued_for_a_party_is_civil()
    {
        var result = _engine.Triage("""
            IN THE MATTER OF THE MARRIAGE OF ANA QUILL AND ROSS QUILL - Circuit Court, Family Division
            SUBPOENA DUCES TECUM (Fla. R. Civ. P. 1.410)
            You are commanded to produce all messages of the account "ross.q_88" on December 10, 2026.
            Issued at the request of the Petitioner by her attorney of record, Lee Hart, Hart Family Law PLLC.
            """);

        Assert.Equal(LegalProcessType.Civil, result.ProcessType);
    }

    [Fact]
    public void A_subpoena_that_also_asks_to_preserve_content_is_a_subpoena()
    {
        var result = _engine.Triage("""
            Enclosed: Grand Jury Subpoena No. 26-GJ-0412
            Please produce the subscriber records listed in the enclosed grand jury subpoena by December 21, 2026.
            In addition, please preserve the stored content of "mesa_verde_kid" under 18 U.S.C. 2703(f) while we
            seek a search warrant.
            """);

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
    }

    [Fact]
    public void A_second_preservation_extension_that_mentions_a_pending_warrant_is_preservation()
    {
        var result = _engine.Triage("""
            RE: Second extension of preservation - account "lakeshore_lou"
            Our 2703(f) letter of June 1 was extended once. We ask for a further 90-day extension while the
            search warrant is reviewed by the prosecutor.
            """);

        Assert.Equal(LegalProcessType.Preservation, result.ProcessType);
    }

    [Fact]
    public void An_ncmec_receipt_confirmation_is_a_preservation_request()
    {
        var result = _engine.Triage("""
            CyberTipline Report 301122334 - Confirmation of Receipt
            NCMEC received the report about the account "bayou_kid_21". Under 18 U.S.C. 2258A(h) this
            confirmation is treated as a request to preserve the reported material for one year.
            """);

        Assert.Equal(LegalProcessType.Preservation, result.ProcessType);
    }

    [Fact]
    public void A_canadian_preservation_demand_under_the_criminal_code_is_international()
    {
        var result = _engine.Triage("""
            Vancouver Police Department
            PRESERVATION DEMAND - Criminal Code, s. 487.012
            You are asked to preserve the computer data of the account "granville_ghost" for 21 days.
            Cst. Maya Chen, 604-555-0142
            """);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
    }

    [Theory]
    [InlineData("From: DC Fiona Strachan <fiona.strachan@scotland.police.uk>\nSubject: Request to preserve account data - ref CR/0455/26\n\nPolice Scotland is investigating a fraud against elderly victims in Dundee. Please preserve all records, including stored messages, for the account thistle_ledger pending a formal request through the UK central authority. We are not asking for disclosure at this stage.\n\nDC Fiona Strachan, Economic Crime Unit, +44 141 555 0198")]
    [InlineData("From: Sgt. Aroha Ngata <aroha.ngata@police.govt.nz>\nSubject: Preservation request\n\nNew Zealand Police ask you to preserve the account data of kauri_drift_77 for 90 days while we prepare a mutual assistance request. Nothing needs to be disclosed now.\n\nSgt. Aroha Ngata, Auckland City District")]
    public void A_foreign_police_force_s_plain_request_to_preserve_is_a_direct_foreign_request(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.True(result.Flags.NonUs);
        Assert.DoesNotContain(result.Findings, f => f.Code == "PRESERVATION_EXPIRY");
    }
}
