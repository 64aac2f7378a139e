using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Round 7: a federal agency's letter headed "Request to Preserve Evidence Pursuant to 18 U.S.C. 2703(f)"
/// is a preservation request. Only a governmental entity sends a 2703(f) letter, so its heading is no private
/// party's litigation hold; a private party who says it is no authority stays "other".</summary>
public class StatutoryPreservationIsNoLitigationHoldTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_2703f_request_to_preserve_evidence_is_preservation()
    {
        var result = _engine.Triage("""
            U.S. Department of Homeland Security
            Homeland Security Investigations, Denver Field Office

            Re: Request to Preserve Evidence Pursuant to 18 U.S.C. 2703(f)

            Under Title 18, United States Code, Section 2703(f), you are hereby requested to preserve for 90 days all
            records of the account "mesa_ledger_02", including stored messages and IP logs. You are not required to
            disclose the records except pursuant to legal process.

            Special Agent R. Haldane
            """);

        Assert.Equal(LegalProcessType.Preservation, result.ProcessType);
    }

    [Fact]
    public void A_private_party_who_is_no_authority_stays_other()
    {
        var result = _engine.Triage("""
            Subject: Litigation hold - request to preserve evidence

            We are not law enforcement and cannot send a 2703(f) letter; as counsel for a party in a contract
            dispute we ask that you preserve the messages of the account "oak_bay_supply" pending a subpoena.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }
}
