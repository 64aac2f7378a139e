using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Round 18: a prosecutor's letter lifting an EU certificate's deferral of informing the user asks for nothing
/// new: it is type other (still foreign), and carries no gag, in the languages the letters come in.</summary>
public class LetterLiftingACertificateDeferralTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Openbaar Ministerie, Arrondissementsparket Utrecht\nOnderwerp: Opheffing uitstel informeren gebruiker\nBij Europees verstrekkingsbevel van 3 mei 2026 heeft het Openbaar Ministerie u verzocht gegevens te verstrekken van het account \"dom_fietser\" en de informatie aan de gebruiker voor zes maanden uitgesteld (Verordening (EU) 2023/1543). Het uitstel wordt hierbij opgeheven. Het staat u vrij de gebruiker te informeren. Er worden geen nieuwe gegevens gevraagd.")]
    [InlineData("Staatsanwaltschaft Bremen\nBetreff: Aufhebung der Zurückstellung der Unterrichtung\nMit Europäischer Herausgabeanordnung vom 3. Mai 2026 (Verordnung (EU) 2023/1543) wurde die Unterrichtung des Nutzers des Kontos \"weser_radler\" für sechs Monate aufgeschoben. Die Zurückstellung wird hiermit aufgehoben. Es werden keine weiteren Daten angefordert.")]
    public void A_letter_lifting_the_deferral_is_no_new_process(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_certificate_that_defers_informing_the_user_is_still_international()
    {
        var result = _engine.Triage("""
            EPOC - Bijlage I - Verordening (EU) 2023/1543
            Uitvaardigende autoriteit: Openbaar Ministerie, Arrondissementsparket Utrecht
            Afdeling B: abonneegegevens en IP-adressen van het account "dom_fietser".
            Afdeling E: het informeren van de gebruiker wordt uitgesteld voor zes maanden.
            """);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.True(result.Flags.NonDisclosureOrder);
    }
}
