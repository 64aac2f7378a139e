using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11 class 4: foreign process named the way its own country names it is international without the
/// learned model's help: a Québec production order cited to the Code criminel ("ordonnance de communication (art.
/// 487.016 C.cr.)"), a request from Portugal's Guarda Nacional Republicana in an "inquérito n.º ...", a Dutch police unit that signs
/// as its "Digitale Recherche" team.</summary>
public class ForeignProcessNamedInItsOwnLanguageTests
{
    private readonly TriageEngine _engine = TriageEngine.WithTypeModel(new TriagePolicy { OwnNames = ["Northwind Labs"] }, null, null);

    [Theory]
    [InlineData("Objet : Ordonnance de communication (art. 487.016 C.cr.) – compte « riviere_noire_44 »\n\nVeuillez trouver ci-jointe l'ordonnance rendue par la Cour du Québec visant les adresses IP de connexion du compte.\n")]
    [InlineData("GUARDA NACIONAL REPUBLICANA – Núcleo de Investigação Criminal\n\nNo âmbito do inquérito n.º 812/26.4GTABF, solicita-se a identificação do titular da conta \"praia_dourada_9\" e os IP de acesso.\n")]
    [InlineData("Van: Team Digitale Recherche <tdr.oost@om.nl>\n\nGeachte heer, mevrouw,\n\nWij verzoeken u om de registratiegegevens van het account \"molen_zeven_31\" in verband met een onderzoek naar fraude.\n\nMet vriendelijke groet,\nTeam Digitale Recherche\n")]
    public void Foreign_process_in_its_own_words_is_international(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.International, result.ProcessType);
    }
}
