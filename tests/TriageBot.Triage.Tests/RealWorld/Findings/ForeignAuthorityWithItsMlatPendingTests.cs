namespace TriageBot.Triage.Tests.RealWorld.Findings;

/// <summary>Round 11: a foreign authority that writes itself and says it has sent its MLAT request through the U.S.
/// Department of Justice (the Office of International Affairs), or that the request is under way, is writing
/// directly: the MLAT is another paper. Its letter gets the direct-foreign-process advice.</summary>
public class ForeignAuthorityWithItsMlatPendingTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_foreign_prosecutor_whose_mlat_was_sent_through_oia_writes_directly()
    {
        var result = _engine.Triage("""
            From: Fiscalía Regional <cooperacion.internacional@fiscalia.gob.pe>
            Subject: Solicitud de conservación

            Le informo que esta Fiscalía ha remitido al Departamento de Justicia de los Estados Unidos (Office of
            International Affairs) una solicitud de asistencia relativa a la cuenta «mototaxi_express_51».
            Mientras se tramita, le solicito conservar los datos de la cuenta.
            """);

        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void A_foreign_police_force_whose_mlat_is_pending_writes_directly()
    {
        var result = _engine.Triage("""
            From: DI K. Varga <k.varga@police.example.gov.au>
            Subject: Preservation — Operation Dunmore

            We have sent a mutual legal assistance request for the account "reef_runner_204" to the U.S. authorities.
            Until it is executed, please preserve the subscriber records and login IP addresses of the account.
            """);

        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }
}
