namespace TriageBot.Triage.Tests.RealWorld.NonDisclosure;

/// <summary>Issue 11 round 16: a continental prosecutor or judge forbids the provider by name to tell anyone of the order
/// ("Il est fait interdiction à [Fournisseur] ... de communiquer l'existence de la présente ordonnance", "es wird ...
/// untersagt, ... mitzuteilen", "è fatto divieto al destinatario di comunicare", "se prohíbe al destinatario revelar"),
/// or lays the statutory duty of secrecy on it ("obligation de garder le secret", art. 73 CPP): a gag, with its end
/// when one is stated. A requisition that leaves informing the user free is none.</summary>
public class SecrecyLaidOnTheProviderByAContinentalOrderTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Ministère public du canton de Neuchâtel\n\nORDONNANCE DE PRODUCTION (art. 265 CPP)\n\nOrdonne à [Fournisseur] de produire " +
                "les données d'inscription du compte « doubs_vert ». Il est fait interdiction à [Fournisseur], sous la menace de la peine " +
                "de l'article 292 CP, de communiquer l'existence de la présente ordonnance à l'utilisateur jusqu'au 31 mars 2027.\n")]
    [InlineData("Staatsanwaltschaft Basel-Stadt\n\nEDITIONSVERFÜGUNG (Art. 265 StPO)\n\nDie Anbieterin hat die Bestandsdaten des Kontos " +
                "\"rhein_falke\" herauszugeben. Es wird der Anbieterin unter Hinweis auf Art. 292 StGB untersagt, der betroffenen Person " +
                "das Bestehen dieser Verfügung mitzuteilen.\n")]
    [InlineData("Procura della Repubblica di Como\n\nDECRETO DI ACQUISIZIONE\n\nSi dispone l'acquisizione dei dati anagrafici dell'account " +
                "«lario_vela». È fatto divieto al destinatario di comunicare all'utente l'esistenza del presente decreto.\n")]
    [InlineData("Juzgado de Instrucción n.º 3 de Bilbao\n\nAUTO\n\nSe requiere al proveedor los datos de registro de la cuenta «nervion_gris». " +
                "Se prohíbe al proveedor revelar al usuario la existencia de esta resolución.\n")]
    [InlineData("Ministère public du canton du Jura\n\nORDONNANCE\n\nOrdonne la production des adresses IP du compte « ajoie_pluie ». " +
                "[Fournisseur] est soumis à l'obligation de garder le secret sur la présente procédure (art. 73 al. 2 CPP).\n")]
    public void A_secrecy_the_order_lays_on_the_provider_is_a_gag(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_requisition_that_leaves_informing_the_user_free_is_no_gag()
    {
        var result = _engine.Triage("Ministère public du canton de Fribourg\n\nORDONNANCE DE PRODUCTION (art. 265 CPP)\n\nOrdonne à [Fournisseur] " +
                                    "de produire les données d'inscription du compte « sarine_bleue ». Vous pouvez informer l'utilisateur de la " +
                                    "présente ordonnance.\n");

        Assert.False(result.Flags.NonDisclosureOrder);
    }
}
