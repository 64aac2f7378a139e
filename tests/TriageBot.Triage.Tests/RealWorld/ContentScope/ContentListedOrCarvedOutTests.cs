namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Issue 11 classes 1 and 6: an item in the list of what is asked for names messages by who sent them or
/// where they are; a scan read by OCR spells them with noise; a writer says the paper is not a request for them, or
/// puts them outside it; an order to preserve lists them in one long sentence, and keeps them.</summary>
public class ContentListedOrCarvedOutTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("We ask, on an emergency basis, for:\n  1. subscriber details for \"mill_creek_7\";\n  2. login IP addresses for the last two days;\n  3. the messages the account sent since midnight, to find who else it threatened.\n")]
    [InlineData("Please send as soon as you can:\n- subscriber name, e-mail and phone\n- IP logs since 11/01/2026\n- the seller messages on the account, so we can find the buyers\n")]
    public void Messages_listed_among_the_data_asked_for_are_content(string list)
    {
        var result = _engine.Triage("From: Det. Rory Banda <rbanda@tulsapolice.org>\nSubject: request for the account mill_creek_7\n\n" + list + "\nDet. R. Banda, Tulsa Police Department\n");

        Assert.True(result.Flags.ContentRequested, list[..40]);
    }

    [Fact]
    public void A_bullet_that_tells_what_the_messages_did_is_narrative()
    {
        var result = _engine.Triage("From: Det. Rory Banda <rbanda@tulsapolice.org>\nSubject: subpoena for \"mill_creek_7\"\n\nFacts:\n" +
                                    "- the messages on the account threatened the victim\n- the photos on the profile showed a rifle\n\n" +
                                    "Please produce the subscriber records and login IP addresses of the account.\n");

        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void Contents_of_messages_read_by_OCR_are_content()
    {
        var result = _engine.Triage("""
            IN THE SUPER1OR COURT OF THE STATE OF ARIZONA, COUNTY OF PIMA
            SEARCH WARRANT
            YOU ARE THEREF0RE COMMANDED to search for and seize from [Provider] for the account "saguaro_night":
               1. Subscriber inforrnation;
               2. The contents of a|l direct rnessages, including photographs sent or received.
            """);

        Assert.True(result.Flags.ContentRequested);
    }

    [Theory]
    [InlineData("What we need: phone numbers linked to the account and the last IP addresses. This is not a request for his messages; the victim has already shown us the ones he sent her.")]
    [InlineData("Wij verzoeken u om de naam en de IP-adressen van het account. De inhoud van berichten valt buiten dit verzoek.")]
    public void Content_the_writer_puts_outside_the_request_is_not_asked(string body)
    {
        var result = _engine.Triage("From: officer@politie.nl\nSubject: verzoek\n\n" + body + "\n");

        Assert.False(result.Flags.ContentRequested, body[..40]);
    }

    [Fact]
    public void A_preservation_order_listing_contents_in_one_long_sentence_asks_for_none()
    {
        var result = _engine.Triage("""
            COUR DU QUÉBEC - ORDONNANCE DE PRÉSERVATION DE DONNÉES INFORMATIQUES (article 487.013 du Code criminel)
            ORDONNE à provider.example de préserver les données informatiques en sa possession ou à sa disposition relatives au
            compte « vieux_port_ventes » (https://provider.example/vieux_port_ventes), y compris les données de l'abonné, les données
            de transmission et le contenu des messages, pour la période du 1er octobre 2026 à la date de signification.
            La présente ordonnance n'exige la communication d'aucune donnée.
            """);

        Assert.False(result.Flags.ContentRequested);
    }
}

/// <summary>Issue 11 classes 2 and 6: a preservation demand that says nothing is to be disclosed keeps the stored
/// communications it lists; the text of what a user posted is content, the text of posts a researcher wants for a
/// study, about nobody in particular, is not a request for anyone's content.</summary>
public class PreservedOrPostedContentTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void A_preservation_demand_that_discloses_nothing_asks_for_no_content()
    {
        var result = _engine.Triage("""
            Royal Canadian Mounted Police - Federal Policing
            PRESERVATION DEMAND - Criminal Code, s. 487.012
            You are required to preserve the following data, in your possession or control when you receive this demand, for 21 days:

              Account: @rideau_canal_loans
              Data: subscriber information, IP logs, and stored communications of the account

            Nothing is to be disclosed under this demand. A production order will be sought.
            Cst. Ana Whitfield-Osei, ana.whitfield-osei@rcmp-grc.gc.ca
            """);

        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void The_text_of_posts_the_user_published_is_content()
    {
        var result = _engine.Triage("From: det@police.gov\nSubject: subpoena\n\nPlease provide the text of the threatening posts the user published on November 3.\n");

        Assert.True(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_researcher_asking_for_the_text_of_reported_posts_asks_for_no_ones_content()
    {
        var result = _engine.Triage("From: Dr. Ines Kovac <i.kovac@study.example.org>\nSubject: research data\n\n" +
                                    "For our study we would like de-identified data on reported accounts: posting times, report counts and, " +
                                    "where possible, the text of the reported posts. This is not legal process.\n");

        Assert.False(result.Flags.ContentRequested);
    }
}
