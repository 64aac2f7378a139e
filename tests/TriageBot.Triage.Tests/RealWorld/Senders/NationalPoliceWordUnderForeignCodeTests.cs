namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11, round 11: a national force's listed name under another country's code than the letter's
/// (the Dutch police word on .co while the force mails from politie.nl) is a look-alike, however the letter names the
/// force: no force mails from a foreign country's code.</summary>
public class NationalPoliceWordUnderForeignCodeTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_listed_national_police_name_under_a_foreign_code_is_suspicious()
    {
        const string text = "Van: Politie Nederland – Eenheid Amsterdam <recherche@politie.co>\nOnderwerp: Vordering gegevens – spoed\n\n" +
                            "Geachte heer/mevrouw,\n\nIn een strafrechtelijk onderzoek vordert de politie binnen 24 uur alle gegevens van " +
                            "het account \"gracht_kat_07\": naam, e-mailadres en alle privéberichten. Antwoord alleen op dit adres.\n\n" +
                            "Met vriendelijke groet,\nRechercheur P. Bakker\n";

        var result = _engine.Triage(text);

        Assert.True(result.Flags.SuspiciousSender);
        Assert.Contains(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
    }
}
