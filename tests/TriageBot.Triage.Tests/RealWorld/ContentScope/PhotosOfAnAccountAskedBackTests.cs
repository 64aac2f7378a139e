namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Round 11: a family member who asks to recover the photos or messages of an account (a deceased user's,
/// most often) asks for content, in each language; asking only how to memorialise the account asks for none.</summary>
public class PhotosOfAnAccountAskedBackTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Mi marido falleció en octubre. ¿Cómo puedo recuperar las fotos de su cuenta «pepe_cadiz_61»?")]
    [InlineData("Mon père est décédé le mois dernier. Je voudrais récupérer les photos de son compte « papi_brest_47 ».")]
    [InlineData("My brother passed away in September. How can I retrieve the photos from his account \"dan_ridge_88\"?")]
    [InlineData("Mein Vater ist verstorben. Wie kann ich die Fotos aus seinem Konto \"opa_harz_52\" herunterladen? Bitte helfen Sie mir, die Fotos von seinem Konto zu erhalten.")]
    [InlineData("A minha mãe faleceu. Gostaria de recuperar as fotos da conta dela, «mae_braga_58»? Como posso recuperar as fotos da sua conta?")]
    public void Asking_to_recover_the_photos_of_an_account_requests_content(string body)
    {
        var result = _engine.Triage(body + "\n");

        Assert.True(result.Flags.ContentRequested);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Fact]
    public void Asking_only_how_to_memorialise_an_account_requests_no_content()
    {
        var result = _engine.Triage("""
            Mi marido falleció en octubre. ¿Cómo puedo convertir su cuenta «pepe_cadiz_61» en cuenta conmemorativa?
            Tengo el certificado de defunción.
            """);

        Assert.False(result.Flags.ContentRequested);
    }
}
