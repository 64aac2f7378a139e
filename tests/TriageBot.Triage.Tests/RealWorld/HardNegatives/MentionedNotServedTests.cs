using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.HardNegatives;

/// <summary>A question about a kind of request, or product mail naming kinds of process, is not that request.</summary>
public class MentionedNotServedTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_journalist_writing_an_article_about_emergency_requests_does_not_page_in_german()
    {
        var result = _engine.Triage("""
            Von: Jonas Albrecht <j.albrecht@nordkurier-redaktion.example.de>
            Betreff: Anfrage zu Notfallanfragen der Polizei

            Ich arbeite an einem Artikel über Notfallanfragen von Polizeibehörden bei Lebensgefahr.
            Wie viele dringende Notfallersuchen haben Sie 2026 erhalten, und wie schnell antworten Sie?
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.Emergency);
        Assert.NotEqual(Priority.P0, result.Priority);
    }

    [Fact]
    public void A_journalist_writing_an_article_about_emergency_requests_does_not_page_in_italian()
    {
        var result = _engine.Triage("""
            Da: Chiara Benedetti <c.benedetti@cronaca-adriatica.example.it>
            Oggetto: Domande per un articolo

            Sto scrivendo un articolo sulle richieste di emergenza della polizia in caso di pericolo di vita.
            Quante richieste urgenti avete ricevuto quest'anno?
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.Emergency);
    }

    [Fact]
    public void A_vendors_newsletter_naming_national_security_letters_and_pen_registers_is_other()
    {
        var result = _engine.Triage("""
            From: Lexcomply Events <news@lexcomply.example.com>
            Subject: New: automate your national security letter and pen register workflow

            Our platform tracks every National Security Letter, Title III order and pen register / trap and
            trace order your team receives. Book a demo this week, or join our newsletter.
            Unsubscribe | Privacy
            """);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.NonDisclosureOrder);
        Assert.False(result.Flags.Emergency);
    }

    [Fact]
    public void A_single_unsubscribe_footer_does_not_turn_a_real_subpoena_into_other()
    {
        var result = _engine.Triage("""
            GRAND JURY SUBPOENA - United States District Court, District of Colorado
            You are commanded to produce subscriber records for the account "front_range_fox_2".
            To unsubscribe from case notifications, contact the clerk.
            """);

        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
    }
}
