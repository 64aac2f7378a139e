using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11, round 18: a private party asking for the person behind an account under the civil claim its law
/// gives — the Dutch intermediary test (Lycos/Pessers), § 21 TDDDG, art. 145 of the French code of civil procedure, the
/// Spanish preliminary proceedings — makes a civil data demand, even when it is a rights organisation whose grievance is
/// copyright. A takedown notice that asks for no identity stays "other".</summary>
public class CivilIdentityClaimNamedByItsLawTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Stichting Muziekrechten Oost\nPostbus 12, 7500 AA Enschede\n\nBetreft: verzoek om NAW-gegevens\n\nGeachte heer/mevrouw,\n\n" +
                "Onze stichting handhaaft het auteursrecht van aangesloten componisten. Via het account \"gratis_hits_oost\" worden " +
                "albums illegaal verspreid. Op grond van de maatstaf van Lycos/Pessers verzoeken wij u ons naam en adres van de houder " +
                "te verstrekken.\n\nMet vriendelijke groet,\nJ. Mulder\n", "nl")]
    [InlineData("Verband Bildrechte e.V.\n\nBetreff: Auskunftsverlangen nach § 21 TDDDG\n\nSehr geehrte Damen und Herren,\n\nüber das Konto " +
                "\"foto_klau_24\" werden Fotos unserer Mitglieder unter Verletzung ihres Urheberrechts verbreitet. Wir verlangen nach " +
                "§ 21 TDDDG Auskunft über Name und Anschrift des Nutzers.\n\nMit freundlichen Grüßen\nK. Wagner\n", "de")]
    [InlineData("Agence Droits Photo\n\nObjet : identification d'un utilisateur\n\nMadame, Monsieur,\n\nLe compte « photo_volee_75 » diffuse " +
                "nos clichés en violation du droit d'auteur. Avant de saisir le juge sur le fondement de l'article 145 du code de " +
                "procédure civile, nous vous demandons l'identité du titulaire du compte.\n\nCordialement,\nM. Laurent\n", "fr")]
    public void A_rights_holders_identity_claim_under_its_law_is_civil(string text, string language)
    {
        var result = _engine.Triage(text);

        Assert.Equal(language, result.Language);
        Assert.Equal(LegalProcessType.Civil, result.ProcessType);
        Assert.False(result.Flags.SuspiciousSender);
        Assert.Contains(result.Evidence, e => e.About == "processType" && e.Reason.Contains("civil claim", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Stichting Muziekrechten Oost\n\nBetreft: melding van inbreuk op auteursrecht\n\nGeachte heer/mevrouw,\n\nHet account " +
                "\"gratis_hits_oost\" verspreidt albums van onze componisten. Wij verzoeken u de berichten te verwijderen. Wij vragen " +
                "geen gegevens van de gebruiker.\n\nMet vriendelijke groet,\nJ. Mulder\n")]
    [InlineData("DMCA NOTICE OF CLAIMED INFRINGEMENT\n\nI am the authorized agent of the copyright owner. The posts of the account " +
                "\"free_movies_hd\" infringe our works. Please remove them under 17 U.S.C. 512(c).\n\nR. Chen\n")]
    public void A_takedown_notice_that_asks_for_no_identity_stays_other(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
    }
}
