using Microsoft.Extensions.Time.Testing;
using TriageBot.Triage.Learning;
using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Issue 11 round 14: the learned emergency reader reads how emergencies are written, and the story of one
/// that is over (the girl was found safe, the threat has passed) or that the writer denies for everyone (no one is in
/// danger, there is no threat to life) is written in the same words. The writer's own statement wins: the reader
/// raises no page over it, in any of the languages the requests come in. A two-word model pins the rule.</summary>
public class LearnedReaderHoldsOnDangerDeniedOrOverTests
{
    private static readonly TriagePolicy Policy = new() { OwnDomains = ["northwind-labs.com"], OwnNames = ["Northwind Labs"] };

    /// <summary>A word for a person cornered or missing in each language reads as an emergency, "invoice" as none.</summary>
    private static readonly string[] DangerWords = ["w:cornered", "w:vermisst", "w:disparue", "w:desaparecida", "w:scomparsa", "w:vermist"];

    private static TypeModel TinyReader() => new(
        [EmergencyReader.EmergencyClass, LearnedFlagReader.NegativeClass],
        [.. DangerWords, "w:invoice"],
        [.. DangerWords.SelectMany(_ => new[] { 80f, 0f }), /* invoice */ 0f, 80f],
        [0f, 1f],
        0.8);

    private static TriageResult Triage(string body) =>
        TriageEngine.WithModels(Policy, new FakeTimeProvider(EngineFixture.Now), TypeModel.Shipped, TinyReader()).Triage($"""
            From: Duty Desk <duty.desk@police.example.gov>
            Subject: account quill_harbour_4

            {body}
            Please send the phone number and the last login addresses of the account quill_harbour_4.

            Sgt. P. Okafor
            """);

    [Fact]
    public void Without_a_denial_the_reader_raises_the_page()
    {
        Assert.Equal("model", Triage("The man who was cornered on the quay still has the phone with him.").EmergencySource);
        Assert.Equal("model", Triage("Die Jugendliche wird seit gestern vermisst.").EmergencySource);
    }

    [Theory]
    [InlineData("The man was cornered on the quay last week; no one is in danger now.")]
    [InlineData("The suspect was cornered and arrested. There is no threat to life.")]
    [InlineData("The boy who ran off was cornered by his brother and was found safe this morning.")]
    [InlineData("He had cornered her in the stairwell, but the threat has passed: he is in custody.")]
    [InlineData("El hijo de la denunciante, desaparecida su pista desde el lunes, ya regresó a casa.")]
    [InlineData("La joven desaparecida fue vista en Toledo. Nadie está en peligro.")]
    [InlineData("Die Jugendliche war seit Freitag vermisst und wurde wohlbehalten aufgefunden.")]
    [InlineData("Der Mann ist seit gestern vermisst; er ist nicht mehr in Gefahr, er hat sich gemeldet.")]
    [InlineData("L'adolescente disparue dimanche a été retrouvée saine et sauve chez une amie.")]
    [InlineData("La ragazza scomparsa a Bolzano è stata ritrovata sana dai carabinieri.")]
    [InlineData("A menina desaparecida desde ontem já foi encontrada e não corre mais perigo.")]
    [InlineData("Het meisje dat sinds zaterdag vermist werd, is ongedeerd teruggevonden.")]
    public void A_danger_denied_or_over_raises_no_page_from_the_reader_or_the_cues(string body)
    {
        var result = Triage(body);

        Assert.False(result.Flags.Emergency, body);
        Assert.Null(result.EmergencySource);
    }
}
