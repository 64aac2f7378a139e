using TriageBot.Triage.Learning;
using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11 round 13: the shipped learned emergency reader pages requests that describe a person in present danger
/// in words no emergency cue lists (a partner held in a caravan, a man shut in with his children, a girl gone with an adult
/// she met online, farewell messages), in several languages, and leaves hard negatives alone (a past crime, a fraud with a
/// deadline, an offence named in a closed case, a policy question, a victim asking how to report). Our own texts.</summary>
public class LearnedReaderPagesUnlistedDangerTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    public static TheoryData<string> UnlistedDanger => new()
    {
        """
        From: Night Desk <night.desk@sheriff.example.gov>
        Subject: account ember_wharf_19

        Deputies are outside a caravan where a man is holding his ex-partner and refuses to let her leave. He keeps
        messaging her sister from the account ember_wharf_19. Please send the phone number on the account and the IP
        addresses of the last two hours so the negotiator can reach him.

        Deputy K. Lindqvist
        """,
        """
        From: Permanence <permanence@police.example.fr>
        Subject: compte lavande_rive_8

        Un homme s'est enfermé dans son appartement avec ses deux enfants et menace de ne laisser sortir personne. Il écrit
        depuis le compte lavande_rive_8. Merci de nous communiquer sans délai le numéro de téléphone associé et les
        dernières adresses IP de connexion.

        Brigadier-chef A. Morel
        """,
        """
        From: Sala del 091 <sala091@policia.example.es>
        Subject: cuenta brisa_norte_31

        Una chica de catorce años salió de casa anoche con un adulto al que conoció en su plataforma y no contesta al
        teléfono. Él usa la cuenta brisa_norte_31. Rogamos nos faciliten con la mayor celeridad el número de teléfono y
        las direcciones IP de las últimas conexiones.

        Inspectora R. Sanz
        """,
        """
        From: Meldkamer <meldkamer@politie.example.nl>
        Subject: account grijze_reiger_7

        Een vrouw heeft vannacht via het account grijze_reiger_7 afscheidsberichten gestuurd en is sindsdien spoorloos.
        Wij verzoeken u zo snel mogelijk het gekoppelde telefoonnummer en de laatste IP-adressen te verstrekken.

        Inspecteur D. de Wit
        """,
    };

    public static TheoryData<string> HardNegatives => new()
    {
        """
        From: Records Unit <records@police.example.gov>
        Subject: account ember_wharf_19

        In March 2025 a man held his ex-partner in a caravan for a night; he was convicted in October. For the appeal
        file we ask you to confirm whether the account ember_wharf_19 still exists. A subpoena will follow.

        Clerk J. Abbott
        """,
        """
        From: Fraud Squad <fraud@police.example.gov>
        Subject: account ember_wharf_19

        The account ember_wharf_19 sold fake concert tickets to 40 victims. Please preserve its records for 90 days; we
        will serve a warrant by Friday. The victims lost about 12,000 dollars in total.

        DC P. Harlow
        """,
        """
        From: anna.k@mail.example.com
        Subject: someone is harassing me

        Hello, a stranger keeps sending me rude messages from the account ember_wharf_19. I am not in danger, I only
        want to know how to report him and whether you can block him. Thank you.
        """,
    };

    /// <summary>Texts the CUES page today (an offence name in a closed case, a policy question naming "a threat to
    /// life"): not the reader's doing; the reader adds nothing to them.</summary>
    public static TheoryData<string> NamedNotLived => new()
    {
        """
        From: Court Liaison <liaison@police.example.gov>
        Subject: case 2024-118 kidnapping

        Re: the kidnapping case closed last year. The defendant was sentenced in June. Please tell us whether the
        account lantern_vale_3 was deleted; no data is requested at this stage.

        Officer T. Grant
        """,
        """
        From: Compliance <compliance@bank.example.com>
        Subject: your law enforcement guidelines

        Could you send us your current guidelines for law enforcement requests, including how you handle requests
        involving a missing person or a threat to life? We are updating our own policy document.

        Regards, L. Chen
        """,
    };

    [Theory]
    [MemberData(nameof(UnlistedDanger))]
    public void Danger_in_words_no_cue_lists_pages_and_is_explained(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.Emergency);
        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.Equal(Priority.P0, result.Priority);
        if (result.EmergencySource == "model")
        {
            Assert.Contains(EmergencyReader.PriorityReason, result.PriorityReasons);
            Assert.Contains(result.Evidence, e => e.About == "emergency" && e.Reason.StartsWith("learned reading", StringComparison.Ordinal) && e.Text.Length > 0);
        }
    }

    [Theory]
    [MemberData(nameof(HardNegatives))]
    public void A_hard_negative_is_not_paged(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.Emergency);
        Assert.Null(result.EmergencySource);
        Assert.NotEqual(Priority.P0, result.Priority);
    }

    [Theory]
    [MemberData(nameof(NamedNotLived))]
    public void The_reader_does_not_raise_an_offence_or_a_policy_question(string text)
    {
        Assert.NotEqual("model", _engine.Triage(text).EmergencySource);
    }

    [Theory]
    [InlineData("He is not at immediate risk and this is not an emergency request.")]
    [InlineData("Es besteht keine akute Gefahr, es handelt sich um keinen Notfall.")]
    [InlineData("Ce n'est pas une urgence : la victime n'est pas en danger.")]
    public void The_writer_saying_it_is_no_emergency_is_not_overruled(string denial)
    {
        var result = _engine.Triage($"""
            From: Night Desk <night.desk@sheriff.example.gov>
            Subject: account ember_wharf_19

            Deputies are outside a caravan where a man is holding his ex-partner and refuses to let her leave. {denial}
            Please send the phone number on the account ember_wharf_19 and the IP addresses of the last two hours.

            Deputy K. Lindqvist
            """);

        Assert.NotEqual("model", result.EmergencySource);
    }
}
