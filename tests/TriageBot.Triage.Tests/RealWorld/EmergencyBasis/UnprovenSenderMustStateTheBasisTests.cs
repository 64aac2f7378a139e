using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.EmergencyBasis;

/// <summary>Issue 11 round 11 (DOMAIN: emergency rules, fraud): a concrete situation implies the rest of an emergency's
/// basis only when the provider can trust who reports it. From a sender whose address does not prove its authority,
/// the words are the whole basis for a good-faith belief: "a kidnapping", "a missing juvenile" and nothing more is
/// incomplete. A genuine force's situation (an adult who has arranged to meet a child tonight) states its own basis.</summary>
public class UnprovenSenderMustStateTheBasisTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("From: Metro PD Desk <metro.pd.desk@gmail.com>\nSubject: EMERGENCY\n\nThis is Officer Lane of the Metro Police Department. We have an emergency involving a missing juvenile. Send all messages and the phone number of \"sky_kid_22\" immediately. Reply to this e-mail only.\n\nOfficer Lane\n")]
    [InlineData("From: Detective Bureau <det.bureau@nypd.org>\nReply-To: det.bureau.nyc@outlook.com\nSubject: EXIGENT - kidnapping\n\nEmergency disclosure request. A woman was kidnapped an hour ago. We need the subscriber details and all private messages of \"queens_star\" now. Respond only by reply.\n\nDet. R. Vale, NYPD\n")]
    public void A_thin_situation_from_an_unproven_sender_is_incomplete(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.True(result.Flags.SuspiciousSender);
        Assert.Contains(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }

    [Theory]
    [InlineData("Subject: SOLICITUD DE EMERGENCIA - RIESGO PARA UNA MENOR\n\nUna niña de 11 años está ahora en una videollamada con un adulto que la ha citado esta noche en un lugar desconocido. Solicitamos la IP de la sesión activa y el teléfono de la cuenta «lobo_gris_9».\n\nInspector Tomás Rivas\nPolicía Federal\n")]
    [InlineData("Subject: Emergency - child at risk\n\nA 12-year-old girl is chatting live with an adult who has arranged to meet her tonight. Please provide the session IP and phone number of \"uncle_ray_77\".\n\nDet. Sgt. P. Okafor\nCity Police\n")]
    public void An_arranged_meeting_with_a_child_states_its_own_basis(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code == "EMERGENCY_BASIS_INCOMPLETE");
    }
}
