namespace TriageBot.Triage.Tests.RealWorld.ContentScope;

/// <summary>Issue 11 round 15: content is asked for in everyday words ("everything the account posted", "tudo o que o
/// utilizador escreveu", "the messages between x and the buyers", "die Chats der letzten Tage" after "benötige ich"),
/// also on an item that wraps onto an indented line; and it is refused by a rider ("Nothing in this subpoena shall be
/// read to require"), with a pronoun between ("No les pedimos"), after the noun ("hebben wij niet nodig", "não é
/// abrangido"), or by saying the paper reaches only the header data.</summary>
public class ContentAskedInEverydayWordsOrLimitedByARiderTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("You are commanded to produce for the account \"pine_hollow_42\": everything the account posted and everything it sent to other users.")]
    [InlineData("Solicita-se que nos remetam, quanto à conta \"serra_azul_7\":\n  1. os dados de registo;\n  2. tudo o que o utilizador escreveu à vítima entre maio e junho.")]
    [InlineData("Please send today for \"harbor_parts_99\":\n - subscriber info\n - the messages between harbor_parts_99 and the buyers")]
    [InlineData("Für unser Verfahren benötige ich zu dem Konto \"mainufer_max\": E-Mail-Adresse, Telefonnummer und die Chats der letzten drei Wochen.")]
    [InlineData("Produce for the account \"desert_lot_3\":\n 1. subscriber details;\n 2. Everything the account holder wrote to the buyers of his\n    listings, what he said to them, so the jury can see it.")]
    public void Content_named_in_everyday_words_is_asked(string text)
    {
        Assert.True(_engine.Triage(text).Flags.ContentRequested);
    }

    [Theory]
    [InlineData("SUBPOENA. Produce for \"mesa_tint_shop\": subscriber records and upload times. Nothing in this subpoena shall be read to require production of any image, any video, or the text of any message.")]
    [InlineData("Necesitamos de la cuenta \"ribera_coin\": correo, teléfono e IP de las últimas 24 horas. No les pedimos el contenido de los mensajes.")]
    [InlineData("Wij vorderen van het account \"dijk_dame\" het e-mailadres en de IP-adressen. De inhoud van berichten hebben wij niet nodig.")]
    [InlineData("DETERMINO que a empresa forneça os dados cadastrais da conta \"vale_verde_9\". O conteúdo das comunicações não é abrangido por esta decisão.")]
    [InlineData("ORDER under 18 U.S.C. 2703(d). Records for \"cactus_cards\": subscriber information; where this order refers to messages or uploaded files, it reaches only the header data.")]
    [InlineData("SUBPOENA. Produce for \"ridge_runner_5\": for each day, the number of direct messages the account sent and received.")]
    public void Content_the_paper_limits_away_is_not_asked(string text)
    {
        Assert.False(_engine.Triage(text).Flags.ContentRequested);
    }
}
