using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Findings;

/// <summary>Issue 11 round 13: a foreign force that offers the formal route only on a condition — a long subject before
/// "is necessary", the provider being unable to comply, the provider's preference — is writing directly: the route is
/// not the paper, and FOREIGN_DIRECT_PROCESS applies, in every language read.</summary>
public class RouteOfferedOnAConditionTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Kanagawa Prefectural Police, Cyber Division\nTel: +81-45-555-0101\n\nWe investigate a fraud and request, as a voluntary " +
                "disclosure, the registration data and login IP addresses of the account \"minato_flip_shop\". We do not request the " +
                "content of messages.\n\nIf a formal request under the Japan-U.S. Mutual Legal Assistance Treaty is necessary, please tell us.\n\n" +
                "Inspector Kenji Morita-Ansah, cyber@police.pref.kanagawa.lg.jp")]
    [InlineData("WINNIPEG POLICE SERVICE - Financial Crime Unit\n245 Smith Street, Winnipeg, MB R3C 1J7\n\nPlease find enclosed a " +
                "Production Order under s. 487.014 of the Criminal Code for the subscriber information and IP logs of the account " +
                "\"forks_coin_trader\". No content is ordered.\n\nIf you are unable to comply with a Canadian order, please advise so that " +
                "we may pursue an MLAT request.\n\nDet. Cst. Leah Okoro #3310, lokoro@winnipeg.ca")]
    [InlineData("FEDERALE POLITIE - Gerechtelijke Directie Gent - Regional Computer Crime Unit\ntel. +32 9 555 01 44\n\n" +
                "In het kader van een opsporingsonderzoek wegens oplichting verzoeken wij u de identificatiegegevens en IP-adressen van het " +
                "account \"leie_deals\" mee te delen. De inhoud van berichten wordt niet gevraagd.\n" +
                "Indien u liever een Europees verstrekkingsbevel ontvangt of verkiest, laat het ons weten.\n\nInspecteur Bram Claes")]
    public void A_formal_route_offered_on_a_condition_leaves_a_direct_foreign_request(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
        Assert.Contains(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }
}
