using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11, round 10: who writes, and in what capacity. A private person who says they write in their own
/// name, hold no official or court document, or tells where they live, writes as themself about their own problem,
/// whichever police force or court they mention: "other", never international process, never an unverified
/// government sender, never a page.</summary>
public class PrivatePersonWritingInOwnNameTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("De : Camille Roux <camille.roux@example.fr>\nObjet : un compte me harcèle\n\nBonjour, j'habite à Rennes. Le compte « ombre_35 » " +
                "insulte mes publications. La police m'a conseillé de vous écrire. Je vous écris en mon nom, je n'ai aucun document officiel.\nCamille\n")]
    [InlineData("De: Pablo Ruiz <pablo.ruiz@example.es>\nAsunto: me chantajean\n\nHola, tengo 31 años y vivo en Murcia. Un perfil «segura_sombra» " +
                "me pide dinero. Mañana iré a la policía. Escribo en mi nombre, no tengo ningún documento.\nPablo\n")]
    [InlineData("De: Joana Reis <joana.reis@example.pt>\nAssunto: perseguição\n\nBom dia, chamo-me Joana e vivo em Braga. A conta «minho_sombra» " +
                "persegue-me. Já fui à PSP. Escrevo em nome próprio, não tenho nenhum documento do tribunal.\nJoana\n")]
    [InlineData("Von: Jonas Berg <jonas.berg@example.de>\nBetreff: Belästigung\n\nHallo, ich wohne in Kassel. Das Konto \"fulda_rabe\" belästigt mich, " +
                "die Polizei weiß Bescheid. Ich schreibe Ihnen als Privatperson und habe kein offizielles Dokument.\nJonas\n")]
    [InlineData("Da: Elena Greco <elena.greco@example.it>\nOggetto: molestie\n\nBuongiorno, abito a Bari. L'account «murgia_ombra» mi molesta; " +
                "ho parlato con i carabinieri. Vi scrivo a titolo personale, non ho alcun documento.\nElena\n")]
    [InlineData("Van: Noor Visser <noor.visser@example.nl>\nOnderwerp: intimidatie\n\nHallo, ik woon in Zwolle. Het account \"ijssel_kraai\" " +
                "intimideert mij; de politie weet ervan. Ik schrijf op persoonlijke titel en heb geen officieel document.\nNoor\n")]
    [InlineData("From: Dana Frost <dana.frost@example.co.uk>\nSubject: someone keeps messaging me\n\nHi, the account \"moor_shadow\" keeps " +
                "messaging me. The police know about it. I am writing in my own name; I don't have any official documents.\nDana\n")]
    public void A_private_person_writing_as_themself_is_other_and_not_suspicious(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.SuspiciousSender);
        Assert.False(result.Flags.Emergency);
        Assert.DoesNotContain(result.Findings, f => f.Code is "UNVERIFIED_SENDER" or "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void A_police_force_naming_where_a_victim_lives_is_still_international()
    {
        var result = _engine.Triage("Police nationale — Commissariat de Rennes\nRÉQUISITION (art. 60-1 du code de procédure pénale)\n\n" +
                                    "La plaignante habite à Rennes. Nous, capitaine de police, requérons les données d'identification du compte « ombre_35 ».\n");

        Assert.Equal(LegalProcessType.International, result.ProcessType);
    }
}
