namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Error class 9, the deadline as real letters write it: a date in words or without a year after a cue,
/// cues in the seven languages read, day-first numeric dates with dashes or two-digit years, and a form's date
/// line. The deadline is the date to answer by, never the date the letter bears.</summary>
public class DeadlinesInRealLettersTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private DateOnly? Deadline(string text) => _engine.Triage(text).Fields.ResponseDeadline;

    [Fact]
    public void A_deadline_written_out_in_english_words_is_read()
    {
        Assert.Equal(new DateOnly(2026, 12, 9), Deadline("""
            SUPERIOR COURT OF CALIFORNIA, COUNTY OF KERN - SUBPOENA DUCES TECUM
            The records of the account "bakersfield_bandit" are to be produced on or before the ninth day of
            December, two thousand twenty-six, at the office of the District Attorney.
            """));
    }

    [Fact]
    public void A_german_ordinal_in_words_after_bis_zum_is_read()
    {
        Assert.Equal(new DateOnly(2026, 12, 10), Deadline("""
            Landeskriminalamt Niedersachsen
            Wir bitten um Auskunft zu dem Nutzerkonto "heide_fuchs_22".
            Für eine Antwort bis zum zehnten Dezember 2026 wären wir Ihnen verbunden.
            """));
    }

    [Fact]
    public void A_spanish_deadline_with_weekday_and_year_in_words_is_read()
    {
        Assert.Equal(new DateOnly(2026, 12, 4), Deadline("""
            Fiscalía General del Estado de Puebla
            Se solicita la información del perfil "cholula_ventas".
            Plazo: a más tardar el viernes cuatro (4) de diciembre de dos mil veintiséis.
            """));
    }

    [Fact]
    public void A_dutch_deadline_without_a_year_takes_the_letters_year()
    {
        Assert.Equal(new DateOnly(2026, 12, 3), Deadline("""
            Politie Eenheid Rotterdam

            Rotterdam, 25 november 2026

            Wij verzoeken u de gegevens van het account "maas_haven_kapitein" te verstrekken.
            Graag ontvangen wij uw antwoord uiterlijk 3 december a.s.
            """));
    }

    [Fact]
    public void A_dutch_dashed_date_after_voor_is_day_first()
    {
        Assert.Equal(new DateOnly(2026, 12, 4), Deadline("""
            Politie Eenheid Oost-Nederland
            Wij ontvangen uw antwoord graag vóór vrijdag 4-12-2026 over gebruiker "ijssel_oom".
            """));
    }

    [Fact]
    public void Italian_entro_il_giorno_and_portuguese_ate_o_dia_are_cues()
    {
        Assert.Equal(new DateOnly(2026, 12, 9), Deadline("""
            Comando Provinciale Carabinieri di Verona
            Si prega di fornire riscontro entro il giorno 09/12/2026 per il profilo "arena_gadget".
            """));
        Assert.Equal(new DateOnly(2026, 12, 7), Deadline("""
            Polícia Federal - Superintendência no Paraná
            Solicito os dados cadastrais do perfil "curitiba_ofertas".
            Prazo: até o dia 7 (sete) de dezembro de 2026.
            """));
    }

    [Fact]
    public void A_french_date_before_au_plus_tard_is_the_deadline()
    {
        Assert.Equal(new DateOnly(2026, 12, 7), Deadline("""
            Police cantonale vaudoise
            Nous vous prions de répondre pour le lundi 7 décembre 2026 au plus tard, au sujet du compte « vaud_lac ».
            """));
    }

    [Fact]
    public void Is_due_and_a_return_label_set_the_deadline()
    {
        Assert.Equal(new DateOnly(2026, 12, 11), Deadline("""
            OFFICE OF THE DISTRICT ATTORNEY, DENVER - SUBPOENA
            Subscriber records for "mile_high_mover". Production is due December 11, 2026.
            """));
        Assert.Equal(new DateOnly(2026, 12, 11), Deadline("""
            OFFICE OF THE DISTRICT ATTORNEY, DENVER - SUBPOENA
            Subscriber records for "mile_high_mover".
            Return: December 11, 2026.
            """));
    }

    [Fact]
    public void A_two_digit_year_in_us_text_is_month_first()
    {
        Assert.Equal(new DateOnly(2026, 12, 4), Deadline("""
            OHIO ATTORNEY GENERAL - ADMINISTRATIVE SUBPOENA
            You are commanded to produce on or before 12/04/26 the subscriber records of user "toledo_tiger".
            """));
    }

    [Fact]
    public void The_date_line_of_a_form_that_names_place_date_and_time_below_is_the_deadline()
    {
        Assert.Equal(new DateOnly(2026, 12, 15), Deadline("""
            SUBPOENA TO PRODUCE DOCUMENTS
            YOU MUST PRODUCE the records described in the Attachment at the place, date and time specified below:
              Place: by electronic delivery to the case agent
              Date: December 15, 2026, 9:00 a.m.
            ATTACHMENT - records of the account "loop_trader_312"
            """));
    }

    [Fact]
    public void A_weekday_starting_a_line_of_prose_is_no_date_line()
    {
        Assert.Equal(new DateOnly(2026, 11, 16), Deadline("""
            I am following up on the grand jury subpoena for @harbor.tix served on November 2, 2026. The return date was
            Monday, November 16, 2026, and we have not received records.
            """));
    }
}
