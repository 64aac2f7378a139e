using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TriageBot.Dialogs.Engine;

/// <summary>
/// A conversation's dialog stack as saved between turns (JSON in the conversation state store). The top frame is
/// the running dialog; its <see cref="DialogFrame.Prompt"/> is the question waiting for an answer.
/// </summary>
internal sealed class DialogState
{
    public List<DialogFrame> Stack { get; set; } = [];

    public DateTime StartedAt { get; set; }

    public DateTime LastActiveAt { get; set; }

    [JsonIgnore]
    public DialogFrame? Top => Stack.Count == 0 ? null : Stack[^1];

    [JsonIgnore]
    public bool IsActive => Stack.Count > 0;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The saved state, or null when it cannot be read at all (damaged): the bot then keeps it aside and
    /// starts afresh rather than failing every turn.</summary>
    public static DialogState? FromJson(string json)
    {
        try
        {
            var state = JsonSerializer.Deserialize<DialogState>(json, Json);
            // Well-formed JSON of the wrong shape ("null", a stack with holes) is as unreadable as broken JSON.
            return state?.Stack is { } stack && stack.TrueForAll(f => f is { DialogId: not null, Values: not null }) ? state : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

internal sealed class DialogFrame
{
    public string DialogId { get; set; } = "";

    /// <summary>The name of the step that runs next (it receives the answer to <see cref="Prompt"/>).</summary>
    public string? At { get; set; }

    /// <summary>The next step's position, as state saved before steps had names wrote it; read once and
    /// replaced by <see cref="At"/> (the dialogs kept their steps' order).</summary>
    public int? Step { get; set; }

    public JsonObject Values { get; set; } = [];

    public PromptSpec? Prompt { get; set; }

    /// <summary>Answers to the current prompt that could not be used.</summary>
    public int Attempts { get; set; }
}
