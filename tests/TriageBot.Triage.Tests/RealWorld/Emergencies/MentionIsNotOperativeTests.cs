using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Error class 2: product mail, newsletters and event invitations that talk ABOUT emergencies and gags do
/// not page; a real emergency with a newsletter footer still does (when in doubt, page).</summary>
public class MentionIsNotOperativeTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("""
        From: Priya at LexFlow <hello@lexflow.example>
        Subject: Stop missing exigent requests

        Emergency disclosure requests, gag orders, 2703(d) orders: LexFlow's platform reads every one and pages your
        on-call lawyer. Schedule a quick 15-minute demo this week. Manage your email preferences or unsubscribe below.
        """)]
    [InlineData("""
        Von: Team Rechtsfall <info@rechtsfall.example>
        Betreff: Notfallanfragen in Sekunden erkennen

        Unsere Software erkennt Notfallersuchen, Geheimhaltungsanordnungen und Herausgabeanordnungen automatisch.
        Jetzt anmelden zur kostenlosen Demo! Sie erhalten diese E-Mail, weil Sie unseren Newsletter abonniert haben.
        """)]
    [InlineData("""
        De : L'équipe Juristo <contact@juristo.example>
        Objet : Webinaire - les réquisitions urgentes

        Réquisitions urgentes, demandes d'urgence, ordonnances de non-divulgation : notre solution les trie pour vous.
        Démo gratuite sur demande. Vous recevez cet e-mail car vous êtes inscrit ; se désinscrire.
        """)]
    public void Product_mail_about_emergency_requests_does_not_page(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.Emergency);
        Assert.NotEqual(Priority.P0, result.Priority);
        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.NonDisclosureOrder);
    }

    [Fact]
    public void A_real_emergency_with_a_newsletter_footer_still_pages()
    {
        var result = _engine.Triage("""
            From: Lt. Omar Haddad <ohaddad@mesaaz.gov>
            Subject: Emergency - hostage situation

            A man holding two hostages in a pharmacy on Main St is messaging from @dune_falcon. Threat to life is
            ongoing. Please provide subscriber details and the current IP address.

            --
            Mesa Police Department. Read our community newsletter at mesaaz.gov/news; unsubscribe any time.
            """);

        Assert.True(result.Flags.Emergency);
        Assert.Equal(Priority.P0, result.Priority);
    }
}

/// <summary>Words the emergency table must not mistake: the same stems in their ordinary legal senses.</summary>
public class EmergencyLookAlikeWordsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Nous vous demandons l'enlèvement des contenus contrefaisants publiés par le compte \"rive_gauche_deals\"; le contenu doit être enlevé sous 48 heures.")]
    [InlineData("Con decreto di sequestro probatorio il pubblico ministero dispone l'acquisizione dei dati dell'account \"molo_verde\"; il materiale sequestrato è custodito in procura.")]
    [InlineData("Het bedrijf kende een explosieve groei; wij vorderen de gegevens van het account \"havenlicht_21\" in een fraudeonderzoek.")]
    [InlineData("Le séquestre des fonds a été ordonné; nous requérons l'identification du compte \"quai_nord\" dans une enquête pour escroquerie.")]
    public void Ordinary_legal_senses_of_emergency_stems_do_not_page(string sentence)
    {
        var result = _engine.Triage(sentence);

        Assert.False(result.Flags.Emergency, sentence);
        Assert.NotEqual(Priority.P0, result.Priority);
    }
}
