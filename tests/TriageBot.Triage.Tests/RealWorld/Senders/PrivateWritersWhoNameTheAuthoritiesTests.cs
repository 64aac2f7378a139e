using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11, round 18 (class 5): writers who name a force or an officer without claiming to be one are not
/// suspicious senders — a user whose wrapped sentence puts "officer" at the head of a line ("… and the\nofficer said to
/// contact you"), an association or foundation writing as itself ("Nuestra asociación acompaña a las familias", "onze
/// stichting"), and a writer who says it represents no government. A rank at a line's head before a capitalised name
/// is still a signature.</summary>
public class PrivateWritersWhoNameTheAuthoritiesTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("From: Dana P <dana.p77@gmail.com>\nSubject: hacked\n\nhi, my account river_dana_77 was taken over and I filed a report with the\n" +
                "officer at the station who said you would give the police the IP. please lock it.\n\nDana\n")]
    [InlineData("From: Marco Bianchi <marco.bianchi.82@gmail.com>\nSubject: account rubato\n\nBuongiorno, il mio account «marco_vela» è stato rubato e\n" +
                "ispettore mi ha detto di scrivervi. Potete bloccarlo?\n\nMarco\n")]
    [InlineData("Asociación Familias Sin Acoso\nValencia\n\nEstimados señores:\n\nNuestra asociación acompaña a dos alumnas acosadas por la cuenta " +
                "«patio_rumores». Las familias han presentado denuncia ante la Policía Nacional. Les solicitamos la identidad de quien " +
                "gestiona la cuenta.\n\nAtentamente,\nMarta Gil, coordinadora\nmarta.gil@example.es\n")]
    [InlineData("Stichting Veilig Online\nUtrecht\n\nGeachte heer/mevrouw,\n\nOnze stichting helpt slachtoffers van sextortion. Een slachtoffer heeft " +
                "aangifte gedaan bij de politie tegen het account \"snelgeld_nl\". Kunt u het account blokkeren?\n\nMet vriendelijke groet,\nE. Smit\n")]
    [InlineData("Press Freedom Desk\nGeneva\n\nDear colleagues,\n\nWe represent six reporters and ask whether you received any subpoena, warrant or " +
                "emergency request from the police about their accounts. We do not represent any government and ask for no user data.\n\n" +
                "Sincerely,\nA. Novak\nanovak@example.org\n")]
    public void A_private_writer_naming_the_police_is_not_a_suspicious_sender(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.SuspiciousSender);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
    }

    [Fact]
    public void A_rank_before_a_capitalised_name_at_a_lines_head_still_signs_as_an_officer()
    {
        var result = _engine.Triage("From: J. Ruiz <jruiz.cases@gmail.com>\nSubject: records\n\nPlease send the subscriber data and IP logs " +
                                    "of the account \"desert_fox_88\" today.\n\nOfficer Jaime Ruiz\n");

        Assert.True(result.Flags.SuspiciousSender);
    }
}
