using System.Text.Json;
using TriageBot.Dialogs.Messages;

namespace TriageBot.Slack.BlockKit;

/// <summary>
/// What a modal carries back to the bot in its <c>private_metadata</c>: the form's button (neutral encoding), the
/// conversation it belongs to, and each input's checks, so a submission is checked and answered within Slack's
/// 3 seconds without the engine. Slack returns it unchanged; like a button's value it is checked, not trusted.
/// </summary>
public sealed record ModalMetadata(string Submit, string Channel, bool Private, IReadOnlyList<ModalField> Fields)
{
    public const int MaxLength = 3000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Write() => JsonSerializer.Serialize(this, Json);

    /// <summary>The metadata, or null when it is not what the bot wrote (a view of another app, a damaged one).</summary>
    public static ModalMetadata? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength) return null;
        try
        {
            var read = JsonSerializer.Deserialize<ModalMetadata>(text, Json);
            return read is { Submit.Length: > 0, Channel.Length: > 0, Fields: not null } ? read : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>One input of a modal and its checks: a text input's (<see cref="CardInput"/>), or a pick list's
/// allowed values (null: Slack's own menu enforces them, they did not fit in the metadata).</summary>
public sealed record ModalField(string Key, string Label, bool Required, int MaxLength, IReadOnlyList<string>? Options = null, bool IsChoice = false)
{
    /// <summary>Text inputs: what the value must be (an e-mail, a phone number in <see cref="Region"/>).</summary>
    public CardInputKind Kind { get; init; } = CardInputKind.Text;

    public string? Region { get; init; }

    public static ModalField Of(CardInput input) => new(input.Key, input.Label, input.Required, input.MaxLength)
    {
        Kind = input.Kind,
        Region = input.Kind == CardInputKind.Phone ? input.Region : null,
    };

    public static ModalField Of(CardChoice choice) => new(choice.Key, choice.Label, true, BlockKitRenderer.MaxOptionValue, [.. choice.Options.Select(o => o.Value)], IsChoice: true);

    /// <summary>Why the value cannot be used, for the person (shown under the field), or null.</summary>
    public string? Problem(string? value)
    {
        if (IsChoice)
            return string.IsNullOrWhiteSpace(value) ? "Pick one of the options."
                : Options is { } allowed && !allowed.Contains(value, StringComparer.Ordinal) ? "That is not one of the options; pick one from the list."
                : null;
        var input = new CardInput(Key, Label) { Required = Required, MaxLength = MaxLength, Kind = Kind };
        return (Region is { Length: > 0 } region ? input with { Region = region } : input).Problem(value);
    }
}
