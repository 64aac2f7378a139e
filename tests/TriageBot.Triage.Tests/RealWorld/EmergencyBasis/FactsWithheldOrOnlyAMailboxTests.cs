namespace TriageBot.Triage.Tests.RealWorld.EmergencyBasis;

/// <summary>Round 11: an emergency request that says it cannot share the case's facts leaves its basis unstated,
/// whatever situation it names; and "send it to our secure mailbox" says where the data goes, not why it is
/// needed.</summary>
public class FactsWithheldOrOnlyAMailboxTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_secure_mailbox_is_no_reason_why_the_data_is_needed()
    {
        var result = _engine.Triage("""
            From: Metro Exigent Unit <exigent@example-pd.org>
            Subject: EMERGENCY DISCLOSURE REQUEST

            We request emergency disclosure under 18 U.S.C. 2702(b)(8) for the account "harbor_lights_06". A teenager
            is in danger. Please send the phone number, e-mail and IP logs to our secure mailbox by replying here.
            """);

        Assert.Contains(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }

    [Fact]
    public void A_kidnapping_named_with_its_facts_withheld_leaves_the_basis_incomplete()
    {
        var result = _engine.Triage("""
            From: Unidad Antisecuestros <antisecuestros.unidad@example.com>
            Subject: URGENTE – secuestro en curso

            Hay un secuestro en curso y la vida de la víctima corre peligro. Necesitamos ya los datos de la cuenta
            «lago_azul_reina». No podemos dar más detalles del caso.
            """);

        Assert.Contains(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }

    [Fact]
    public void A_kidnapping_with_its_facts_stated_needs_nothing_more()
    {
        var result = _engine.Triage("""
            From: Det. P. Hale <phale@example-pd.gov>
            Subject: Emergency disclosure request

            A 6-year-old girl was abducted from a park at 14:10 today by a man who messaged her mother from the
            account "river_bend_dad". We need the account's recent login IP addresses to locate the child.
            """);

        Assert.DoesNotContain(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }

    [Fact]
    public void Details_that_cannot_be_given_leave_the_basis_incomplete()
    {
        var result = _engine.Triage("""
            From: DC R. Penhale <r.penhale@example-police.com>
            Subject: Urgent disclosure - threat to life

            We have an urgent threat-to-life matter involving the account "moorland_drift_9". Please send the
            linked phone number and live location within the hour. Details cannot be given for operational reasons.
            """);

        Assert.Contains(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }
}
