namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11 class 5, as the sixth blind set showed it: genuine agencies whose domain no list knows are
/// recognised by what the letter itself says (the agency's initials with a mail word glued on, a national body's
/// name or acronym on its country's code, a federal prosecutor naming another agency's case agent), while free
/// mail, look-alikes and an agency named on an unrelated domain stay suspicious.</summary>
public class AgenciesTheListDoesNotKnowTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private const string Extension =
        "Subject: Second 90-day preservation, 18 U.S.C. 2703(f)(2)\n\nPlease extend the preservation of the account \"marsh_lantern_41\" " +
        "for a further 90 days; the first period ends on 20 December 2026.\n\n";

    [Theory]
    [InlineData("kvale@bccsonet.com")]
    [InlineData("kvale@bccsoweb.org")]
    public void A_sheriffs_office_on_its_initials_with_a_mail_word_glued_on_is_not_suspicious(string address)
    {
        var result = _engine.Triage($"From: Det. Kim Vale <{address}>\n{Extension}Det. Kim Vale\nBriar Creek County Sheriff's Office\n");

        Assert.False(result.Flags.SuspiciousSender, address);
        // Not proof either: the reviewer is still asked to confirm the unlisted domain.
        Assert.Contains(result.Findings, f => f.Code == "SENDER_DOMAIN_UNLISTED");
    }

    [Theory]
    [InlineData("kvale@bccso-net.com")]   // a hyphen is how look-alikes are built
    [InlineData("kvale@bccsogov.com")]    // "gov" glued onto a commercial domain
    [InlineData("kvale@dlcsonet.com")]    // initials of no agency the letter names
    public void Initials_dressed_up_or_of_another_agency_stay_suspicious(string address)
    {
        var result = _engine.Triage($"From: Det. Kim Vale <{address}>\n{Extension}Det. Kim Vale\nBriar Creek County Sheriff's Office\n");

        Assert.True(result.Flags.SuspiciousSender, address);
    }

    private const string DutchRequest =
        "Geachte heer, mevrouw,\n\nHet Bureau Digitale Opsporing (BUDO) onderzoekt oplichting via het account \"kanaal_handel_7\". " +
        "Wij verzoeken u om de registratiegegevens en de IP-adressen van aanmelding sinds 1 oktober 2026.\n\n" +
        "Met vriendelijke groet,\nR. Hoekstra, rechercheur, BUDO\n";

    [Fact]
    public void A_national_service_on_its_country_code_under_the_acronym_the_letter_gives_it_is_not_suspicious()
    {
        var result = _engine.Triage($"Van: BUDO <r.hoekstra@budo.nl>\n{DutchRequest}");

        Assert.False(result.Flags.SuspiciousSender);
        Assert.Contains(result.Findings, f => f.Code == "SENDER_DOMAIN_UNLISTED");
    }

    [Fact]
    public void A_prosecution_office_on_the_word_its_compound_name_ends_with_is_not_suspicious()
    {
        var result = _engine.Triage(
            "EUROPEAN PRODUCTION ORDER CERTIFICATE (EPOC)\nSECTION A: Issuing authority\n" +
            "  Eastern District Prosecutor's Office (Ida Piirkonnaprokuratuurid), Narva\n  E-mail: m.kask@prokuratuurid.ee\n" +
            "SECTION D: subscriber data of the account \"narva_coin_desk\", 01/09/2026 to 15/11/2026.\n");

        Assert.False(result.Flags.SuspiciousSender);
    }

    [Theory]
    [InlineData("r.hoekstra@budo.com")]          // the acronym on a commercial domain anyone may register
    [InlineData("r.hoekstra@hotelduinzicht.nl")] // the agency named on an unrelated business's domain
    [InlineData("r.hoekstra@budo-politie.nl")]   // hyphenated dress-up
    public void The_same_letter_from_a_domain_that_is_not_the_body_it_names_stays_suspicious(string address)
    {
        var result = _engine.Triage($"Van: BUDO <{address}>\n{DutchRequest}");

        Assert.True(result.Flags.SuspiciousSender, address);
    }

    [Fact]
    public void An_acronym_written_only_in_the_address_proves_nothing()
    {
        var result = _engine.Triage(
            "Van: Recherche <info@kwtz.nl>\nGeachte heer, mevrouw,\n\nDe politie verzoekt u om de registratiegegevens van het account \"kanaal_handel_7\".\n" +
            "Antwoord graag aan info@kwtz.nl.\n");

        Assert.True(result.Flags.SuspiciousSender);
    }

    private const string GrandJury =
        "UNITED STATES DISTRICT COURT\nSUBPOENA TO TESTIFY BEFORE A GRAND JURY\n\nYOU ARE COMMANDED to appear and bring subscriber records and " +
        "session IP addresses for the account \"harbor_mint_9\" from 01/01/2026 to the present. Production by e-mail in lieu of appearance is acceptable.\n\n";

    [Theory]
    [InlineData("AUSA: Dana Whitcombe, dana.whitcombe@usdoj.gov, 555-0100\nCase agent: SA Lee Marr, HSI Tampa, 555-0101")]
    [InlineData("Assistant United States Attorney Dana Whitcombe, dana.whitcombe@usdoj.gov\nCase agent: SA Lee Marr, U.S. Secret Service Tampa")]
    public void A_federal_prosecutor_at_the_justice_department_may_name_another_agencys_case_agent(string signature)
    {
        var result = _engine.Triage(GrandJury + signature + "\n");

        Assert.False(result.Flags.SuspiciousSender);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
    }

    [Fact]
    public void A_justice_department_address_that_says_it_is_another_federal_agency_without_a_prosecutor_stays_suspicious()
    {
        var result = _engine.Triage(
            "From: Lee Marr <lee.marr@usdoj.gov>\nSubject: Urgent records request\n\nThis is Special Agent Lee Marr of Homeland Security Investigations. " +
            "Send the subscriber records and IP logs of the account \"harbor_mint_9\" today.\n\nSA Lee Marr\nHSI Tampa\n");

        Assert.True(result.Flags.SuspiciousSender);
    }

    [Theory]
    [InlineData("marcos.leal@saude.vilanova.pr.gov.br")]
    [InlineData("m.leal@health.lakeside.gov")]
    [InlineData("m.leal@schools.lakeside.gov")]
    public void A_government_mailbox_of_a_health_or_schools_department_does_not_prove_a_police_officer(string address)
    {
        var result = _engine.Triage(
            $"From: Delegado Marcos Leal - Polícia Civil <{address}>\nSubject: ORDEM JUDICIAL - URGENTE\n\n" +
            "Em nome da Polícia Civil, determino o envio imediato das mensagens diretas e do IP do perfil @lagoa_fit_22. " +
            "A ordem judicial está sob segredo de justiça e não pode ser anexada.\n\nDelegado M. Leal\n");

        Assert.True(result.Flags.SuspiciousSender, address);
        Assert.Contains(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
    }

    [Fact]
    public void A_police_mailbox_under_the_same_government_is_not_suspicious()
    {
        var result = _engine.Triage(
            "From: Delegado Marcos Leal - Polícia Civil <marcos.leal@pc.pr.gov.br>\nSubject: Ofício - dados cadastrais\n\n" +
            "Em nome da Polícia Civil do Paraná, solicito os dados cadastrais e os registros de IP do perfil @lagoa_fit_22, " +
            "conforme a decisão judicial anexa (processo 0001234-55.2026.8.16.0001).\n\nDelegado M. Leal\n");

        Assert.False(result.Flags.SuspiciousSender);
    }

    [Theory]
    [InlineData("I lead a research project on how platforms answer law-enforcement requests, EPOCs and 2705(b) orders. Ethics approval: IRB protocol 2026-0101. Could we interview someone on your team?")]
    [InlineData("Wir sind Forschende an einer Universität; unser Forschungsprojekt untersucht Auskunftsersuchen der Polizei und Europäische Herausgabeanordnungen. Hätten Sie Zeit für ein Interview?")]
    public void A_researcher_asking_about_practice_is_not_a_suspicious_sender(string body)
    {
        var result = _engine.Triage($"From: Dr. Ines Maro <i.maro@example.edu>\nSubject: Interview request\n\n{body}\n\nDr. Ines Maro\n");

        Assert.False(result.Flags.SuspiciousSender);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
    }

    [Theory]
    [InlineData("Cada semana recibe órdenes europeas de producción y solicitudes de emergencia de la Policía Nacional. Reserve una demo en nuestra web. Si no desea recibir más comunicaciones, responda BAJA.")]
    [InlineData("Ogni settimana ricevete ordini europei di produzione e richieste urgenti della Polizia di Stato. Prenota una demo. Se non desideri più ricevere queste e-mail, scrivici.")]
    public void A_vendors_marketing_in_another_language_is_not_a_suspicious_sender(string body)
    {
        var result = _engine.Triage($"From: Equipo Comercial <ventas@lexflow.example.com>\nSubject: Su equipo legal\n\n{body}\n");

        Assert.False(result.Flags.SuspiciousSender);
    }

    [Theory]
    [InlineData("udev@policia.do", "Policía Nacional, Unidad de Delitos Tecnológicos")]   // the bare word, accented in the text
    [InlineData("cyber@polizia.ch", "Polizia cantonale, Sezione reati informatici")]
    public void The_bare_national_word_for_police_under_a_country_code_is_the_force_the_letter_names(string address, string force)
    {
        var result = _engine.Triage(
            $"From: {force} <{address}>\nSubject: Solicitud de datos\n\nEn el marco de una investigación penal, la {force} solicita los datos de registro " +
            $"y las direcciones IP de acceso de la cuenta \"caribe_lotto_88\" desde el 1 de octubre de 2026.\n\n{force}\n");

        Assert.False(result.Flags.SuspiciousSender, address);
    }

    [Theory]
    [InlineData("udev@policia-do.com")]   // dressed up on a commercial domain
    [InlineData("udev@policia.us")]       // U.S. bodies mail from .gov, not a bare word on .us
    public void A_bare_police_word_off_its_country_code_stays_a_look_alike(string address)
    {
        var result = _engine.Triage(
            $"From: Policía Nacional <{address}>\nSubject: Solicitud de datos\n\nLa Policía Nacional solicita los datos de registro y las direcciones IP " +
            "de la cuenta \"caribe_lotto_88\" desde el 1 de octubre de 2026.\n\nPolicía Nacional\n");

        Assert.True(result.Flags.SuspiciousSender, address);
    }

    [Fact]
    public void A_force_whose_domain_runs_its_name_together_is_not_suspicious()
    {
        var result = _engine.Triage(
            "From: Squadra Reati Informatici <sri.verona@poliziadifrontiera.it>\nOggetto: richiesta dati\n\nLa Polizia di Frontiera di Verona chiede i dati " +
            "di registrazione e gli indirizzi IP dell'account \"lago_garda_shop\" dal 1 ottobre 2026.\n\nIspettore L. Conti\nPolizia di Frontiera – Verona\n");

        Assert.False(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void Initials_of_a_force_written_in_capitals_skip_its_small_words()
    {
        var result = _engine.Triage(
            "De: Piquete <piquete@psr.pt>\nAssunto: pedido de dados\n\nPOLÍCIA DE SEGURANÇA REGIONAL\n\nSolicitamos os dados de registo e os endereços IP " +
            "da conta \"douro_vinhos_7\" desde 1 de outubro de 2026, no âmbito de inquérito criminal.\n\nAgente J. Matos\n");

        Assert.False(result.Flags.SuspiciousSender);
    }
}
