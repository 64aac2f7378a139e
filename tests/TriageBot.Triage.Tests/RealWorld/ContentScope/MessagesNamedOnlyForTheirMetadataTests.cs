namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Round 15 (post-blind): a request may name messages only to ask for data about them — the date of the
/// last one sent, how many were sent, a field list under "for each message", its header "exclusive of the body or
/// content" — or say the paper does not direct the provider to hand contents over (an NSL under 18 U.S.C. 2709 asks
/// for subscriber and toll records only). None of these asks for content; naming the bodies does.</summary>
public class MessagesNamedOnlyForTheirMetadataTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("Pursuant to 18 U.S.C. 2703(d), produce for the account \"harbor_kite_7\": subscriber information, and the date and time of the last message sent by the account.")]
    [InlineData("Conforme a la orden judicial, faciliten para la cuenta «rio_verde_22» la fecha del último mensaje enviado por la cuenta y los datos de registro.")]
    [InlineData("Veuillez communiquer, pour le compte « lac_bleu_31 », l'heure du dernier message envoyé et les adresses IP de connexion.")]
    [InlineData("Bitte übermitteln Sie für das Konto \"nordsee_wal_5\" die Anzahl der Nachrichten gesendet im Oktober sowie die Bestandsdaten.")]
    public void The_date_or_count_of_messages_asks_for_no_content(string body)
    {
        var result = _engine.Triage(body + "\n");

        Assert.False(result.Flags.ContentRequested);
    }

    [Fact]
    public void A_field_list_under_for_each_message_asks_for_no_content()
    {
        var result = _engine.Triage("""
            ORDER under 18 U.S.C. 2703(d). Disclose for the account "cedar_loop_14":
             1. For each message sent or received by the account, the following fields only:
                  a. date and time;
                  b. sender and recipient usernames.
            """);

        Assert.False(result.Flags.ContentRequested);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CONTENT_REQUIRES_WARRANT");
    }

    [Theory]
    [InlineData("The provider shall disclose message header information (sender, recipients, date) for the account \"gray_owl_3\", exclusive of the body or content of any message.")]
    [InlineData("Le fournisseur communiquera les en-têtes des messages du compte « hibou_gris_3 », à l'exclusion des pièces jointes et du contenu des messages.")]
    public void An_exclusion_reaching_a_short_list_carves_content_out(string body)
    {
        var result = _engine.Triage(body + "\n");

        Assert.False(result.Flags.ContentRequested);
    }

    [Theory]
    [InlineData("Under 18 U.S.C. 2709 you are directed to provide the name and address of the subscriber to the account \"mesa_fox_9\". You are NOT directed to provide the content of any communication.")]
    [InlineData("Vous communiquerez l'identité du titulaire du compte « renard_9 ». Vous n'êtes pas tenus de fournir le contenu des messages.")]
    [InlineData("Entreguen los datos del titular de la cuenta «zorro_9». No están obligados a entregar el contenido de los mensajes.")]
    public void Saying_the_paper_does_not_direct_content_asks_for_none(string body)
    {
        var result = _engine.Triage(body + "\n");

        Assert.False(result.Flags.ContentRequested);
    }

    [Theory]
    [InlineData("SEARCH WARRANT. You are commanded to produce for the account \"harbor_kite_7\" the body of every message sent by the account in October.")]
    [InlineData("Produce for the account \"harbor_kite_7\" the contents of all messages sent or received, including the date and time of each.")]
    public void Naming_the_bodies_of_the_messages_still_asks_for_content(string body)
    {
        var result = _engine.Triage(body + "\n");

        Assert.True(result.Flags.ContentRequested);
    }
}

/// <summary>Round 15 (post-blind): a warrant names content in plain or scanned words — "everything in the mailbox",
/// "every photo and video uploaded", "a11 rnessages" read by OCR — and asks for it.</summary>
public class ContentNamedInPlainOrScannedWordsTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("SEARCH WARRANT. You are commanded to search for and seize everything in the mailbox of the account \"pine_cove_2\" for October 2026.")]
    [InlineData("SEARCH WARRANT. The Court ORDERS the provider to produce, for the account \"pine_cove_2\", every photo and video uploaded by the account in October 2026.")]
    [InlineData("SEARCH WARRANT. C0mmanded t0 seize f0r the acc0unt \"pine_cove_2\": a11 rnessages sent 0r received, sha11 be pr0duced.")]
    public void Content_named_in_plain_or_scanned_words_is_requested(string body)
    {
        var result = _engine.Triage(body + "\n");

        Assert.True(result.Flags.ContentRequested);
    }
}
