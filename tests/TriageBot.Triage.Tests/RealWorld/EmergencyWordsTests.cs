using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld;

/// <summary>Error class 3: emergencies in the words real requests use, in every language read.</summary>
public class EmergencyWordsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("AMBER Alert issued: a 7-year-old girl was abducted from a school parking lot; NCMEC report filed.")]
    [InlineData("A bomb threat against Lincoln High School was posted from @nightjar_77 an hour ago.")]
    [InlineData("Exigent request: the caller is holding his ex-partner hostage and we need his location.")]
    [InlineData("The adult behind @sunny_kite arranged to pick up the child tonight; imminent risk of sexual assault.")]
    [InlineData("A child's life is at stake: the missing 12-year-old has been talking to @driftwood_k.")]
    [InlineData("Viewers called 911: the streamer behind @amber_lantern swallowed a bottle of pills on camera and says he will not wake up.")]
    [InlineData("We have a life-or-death situation involving the account @quartz_heron and need your help within the hour.")]
    public void Real_world_emergency_wording_is_an_emergency(string sentence)
    {
        var result = _engine.Triage($"""
            From: Lt. Maria Chen <mchen@houstontx.gov>
            Subject: Urgent

            {sentence} Please provide the subscriber information and recent IP addresses.
            """);

        Assert.True(result.Flags.Emergency, sentence);
        Assert.Equal(Priority.P0, result.Priority);
        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
    }

    [Fact]
    public void Asking_on_an_emergency_basis_is_an_emergency_request()
    {
        var result = _engine.Triage("""
            From: Sgt. Ola Brandt <obrandt@kcsheriff.gov>
            Subject: Live broadcast

            A user is broadcasting from an unknown location and dispatch has had several calls about him.
            Please provide on an emergency basis the subscriber details and the IP addresses of @gravel_moth.
            """);

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.Equal(Priority.P0, result.Priority);
    }

    [Fact]
    public void A_past_overdose_death_under_investigation_is_not_an_emergency()
    {
        var result = _engine.Triage("""
            From: Det. Lena Ortiz <lortiz@dallaspolice.gov>
            Subject: Grand jury subpoena

            This grand jury subpoena relates to the investigation of a fentanyl overdose death in March 2025.
            Produce the subscriber information for @river_slate within 14 days.
            """);

        Assert.False(result.Flags.Emergency);
        Assert.NotEqual(LegalProcessType.Emergency, result.ProcessType);
    }

    [Fact]
    public void A_foreign_police_emergency_is_an_emergency_not_an_MLAT_case()
    {
        var result = _engine.Triage("""
            From: Ispettore Marco Bellini <marco.bellini@poliziadistato.it>
            Subject: Richiesta urgente - rischio suicidio

            La Polizia di Stato, Compartimento Polizia Postale di Milano, chiede con urgenza i dati dell'utente
            @luna_nera. La persona ha annunciato di volersi togliere la vita questa notte: c'è pericolo di vita.
            Si chiede l'indirizzo IP e il numero di telefono associati all'account per localizzarla.
            """);

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.True(result.Flags.Emergency);
        Assert.True(result.Flags.NonUs);
        Assert.Equal(Priority.P0, result.Priority);
        Assert.DoesNotContain(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
        Assert.False(result.Flags.SuspiciousSender);
    }

    [Theory]
    [InlineData("Pedido de emergência: risco de morte iminente para a vítima, sequestrada ontem em Campinas. Precisamos dos dados do usuário @tucano99.", "pt")]
    [InlineData("Spoedverzoek: levensgevaar voor een vermist kind. Wij vragen de gegevens van de gebruiker @zeemeeuw bij de politie.", "nl")]
    [InlineData("Notfallanfrage: akute Lebensgefahr, die Person hat einen Suizid angekündigt. Wir bitten um die Daten des Nutzers @falke.", "de")]
    public void Emergencies_are_read_in_every_language(string body, string language)
    {
        var result = _engine.Triage(body + " " + body);

        Assert.True(result.Flags.Emergency, body);
        Assert.Equal(language, result.Language);
    }

    [Theory]
    [InlineData("The suspect is believed to be planning to harm a child this weekend; we need the IP address of \"pine_lk\".")]
    [InlineData("NOTFALL: unmittelbare Gefahr für das Leben einer Person. Bestandsdaten zum Konto \"pine_lk\".")]
    public void Planned_harm_and_danger_to_life_in_other_words_are_emergencies(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.Emergency, text);
    }

    [Theory]
    [InlineData("A 14-year-old girl is being sextorted by the user \"pine_lk\".")]
    [InlineData("Production order: an offence under s. 172.1 of the Criminal Code (luring) has been committed by \"pine_lk\".")]
    public void Sextortion_and_luring_of_a_minor_are_child_safety_matters(string text)
    {
        Assert.True(_engine.Triage(text).Flags.Ncmec, text);
    }

    [Fact]
    public void An_emergency_EU_production_order_is_an_emergency_with_its_8_hour_rule()
    {
        var result = _engine.Triage("""
            ANHANG I - EPOC - NOTFALL (Artikel 10 Absatz 4 Verordnung (EU) 2023/1543)
            Landeskriminalamt Berlin
            B. NOTFALL: unmittelbare Gefahr für das Leben einer Person. Die Daten sind binnen acht Stunden herauszugeben.
            Nutzerkonto "spree_9": Bestandsdaten, IP-Adressen.
            """);

        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.True(result.Flags.NonUs);
        Assert.Contains(result.Findings, f => f.Code == "EU_PRODUCTION_ORDER" && f.Message.Contains("8 hours"));
    }
}
