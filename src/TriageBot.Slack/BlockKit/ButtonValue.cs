using TriageBot.Dialogs.Messages;
using TriageBot.Slack.Inbound;

namespace TriageBot.Slack.BlockKit;

/// <summary>
/// A button's <c>value</c>: the card action in the neutral encoding (<see cref="CardActionCodec"/>), so a press
/// comes back as the action the dialogs put on the card. Slack caps it at <see cref="MaxLength"/> characters.
/// </summary>
public static class ButtonValue
{
    public const int MaxLength = 2000;

    public static string Format(CardAction action) => CardActionCodec.EncodeText(action);

    /// <summary>Reads a value back; anything else is a <see cref="SlackPayloadException"/>.</summary>
    public static CardActionInvocation Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > MaxLength) throw new SlackPayloadException("action value too long");
        return CardActionCodec.Decode(value) ?? throw new SlackPayloadException("malformed action value");
    }
}
