using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11 class 2: papers that travel with legal process without being it. A process server's return of
/// service reports that a subpoena was served; a court's letter that holds production until it rules asks for
/// nothing; a former contractor's lawyer demanding a litigation hold on the company's own files is no 2703(f)
/// request; a vendor's sales mail in Spanish names requests to sell a product. Each is "other".</summary>
public class PapersAroundProcessAreNotProcessTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_return_of_service_reports_the_subpoena_it_is_not_the_subpoena()
    {
        var result = _engine.Triage("""
            IN THE DISTRICT COURT OF TULSA COUNTY, OKLAHOMA
            STATE OF OKLAHOMA v. R. MARLOWE-ADDO          Case No. CF-2026-3318

                                     AFFIDAVIT OF SERVICE

            I, Petra Lindqvist-Obi, being first duly sworn, state that on November 18, 2026 I served the
            subpoena duces tecum issued in the above case on Northwind Labs by delivering it to its
            registered agent at 400 Main Street, Tulsa.

            /s/ Petra Lindqvist-Obi, licensed process server
            Sworn to before me on November 19, 2026.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void A_subpoena_with_its_own_return_block_is_still_a_subpoena()
    {
        var result = _engine.Triage("""
            SUBPOENA DUCES TECUM - Case No. CF-2026-3318
            TO: Northwind Labs, custodian of records
            YOU ARE COMMANDED to produce the subscriber records of the account "tulsa_tracks_77" for
            October 2026 on December 10, 2026 at 9:00 a.m.

            RETURN OF SERVICE
            Served on ______________ by ______________
            """);

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
    }

    [Fact]
    public void A_court_holding_production_until_it_rules_asks_for_nothing()
    {
        var result = _engine.Triage("""
            Chambers of Magistrate Judge O. Friis-Mensah
            Re: Harbor Kayak Co. v. Does 1-2, No. 2:26-cv-00871 - motion to quash third-party subpoena

            Counsel for Plaintiff and counsel for the non-party Provider:
            The Court has the motion to quash under advisement and sets a hearing for January 12, 2027. The
            Provider should not produce any records responsive to the subpoena until the Court rules.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void A_litigation_hold_on_the_companys_own_files_is_no_preservation_request()
    {
        var result = _engine.Triage("""
            Re: Preservation demand - anticipated claims of our client J. Okafor-Lund

            We act for a former moderator of your company. Litigation is reasonably anticipated over the end of
            her contract, and your company must preserve her contractor file, her performance reviews and the
            internal messages about her. Please suspend routine deletion of those materials.

            M. Albrecht-Nuñez, Esq., Albrecht Nuñez LLP
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }

    [Fact]
    public void A_vendors_sales_mail_in_spanish_is_other()
    {
        var result = _engine.Triage("""
            Asunto: ¿Su equipo jurídico se ahoga en órdenes judiciales?

            Cada mes su empresa recibe órdenes europeas de producción, oficios de juzgados y solicitudes de
            emergencia de la policía. Nuestra plataforma las clasifica solas y detecta el secreto de sumario.
            Reserve una demo de 15 minutos en nuestra web.
            Si no desea recibir más comunicaciones, responda BAJA.
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }
}
