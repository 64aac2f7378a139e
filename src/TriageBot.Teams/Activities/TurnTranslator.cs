using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TriageBot.Dialogs.Messages;
using TriageBot.Teams.Files;

namespace TriageBot.Teams.Activities;

/// <summary>Turns Teams activities into the neutral <see cref="Turn"/> the dialogs understand.</summary>
public static partial class TurnTranslator
{
    public const string Channel = "teams";

    /// <summary>A typed message or an <c>Action.Submit</c> press; null when the activity carries neither.</summary>
    public static Turn? FromMessage(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = StripBotMention(activity);
        // Action.Submit arrives as a message with value and no text: route it as an action, not an empty message.
        var action = string.IsNullOrWhiteSpace(text) ? ActionFrom(activity.Value) : null;
        // A file shared without a message still makes a turn: the worker adds the downloaded files.
        if (action is null && string.IsNullOrWhiteSpace(text) && FileLinks(activity).Count == 0) return null;
        return Base(activity) with { Text = action is null ? text : "", Action = action };
    }

    /// <summary>An <c>Action.Execute</c> press (invoke <c>adaptiveCard/action</c>); null when it names no verb.</summary>
    public static Turn? FromCardAction(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value?["action"] is not JsonObject action) return null;
        var verb = Str(action["verb"]);
        var data = action["data"];
        // Our cards put {verb, data} in data too (so the Action.Submit fallback works); prefer the explicit verb.
        var inner = ActionFrom(data);
        if (verb is null) return inner is null ? null : Base(activity) with { Action = inner };
        var values = inner?.Data ?? Flatten(data as JsonObject);
        return Base(activity) with { Action = new CardActionInvocation(verb, values) };
    }

    /// <summary>Files shared in a personal chat. Elsewhere Teams sends links to SharePoint that need Graph
    /// permissions, so they are not offered to intake.</summary>
    public static IReadOnlyList<TeamsFileLink> FileLinks(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.Equals(activity.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase)) return [];
        return [.. (activity.Attachments ?? [])
            .Where(a => string.Equals(a.ContentType, TeamsFileDownloader.DownloadInfoType, StringComparison.OrdinalIgnoreCase))
            .Select(a => Str(a.Content?["downloadUrl"]) is { } url ? new TeamsFileLink(a.Name ?? "file", url, Str(a.Content?["fileType"])) : null)
            .OfType<TeamsFileLink>()];
    }

    public static string ConversationId(Activity activity) => $"{Channel}:{activity.Conversation?.Id}";

    private static Turn Base(Activity activity) => new()
    {
        ConversationId = ConversationId(activity),
        User = new UserIdentity(Channel, activity.From?.AadObjectId ?? activity.From?.Id ?? "", activity.From?.Name),
        IsPrivate = string.Equals(activity.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase),
    };

    /// <summary>In channels and group chats the text starts with <c>&lt;at&gt;TriageBot&lt;/at&gt;</c>; the dialogs
    /// must see only what follows.</summary>
    public static string StripBotMention(Activity activity)
    {
        var text = activity.Text ?? "";
        foreach (var mention in activity.Entities ?? [])
        {
            if (!string.Equals(mention.Type, "mention", StringComparison.OrdinalIgnoreCase)) continue;
            if (mention.Mentioned?.Id is null || mention.Mentioned.Id != activity.Recipient?.Id) continue;
            if (!string.IsNullOrEmpty(mention.Text)) text = text.Replace(mention.Text, "", StringComparison.Ordinal);
        }
        // Some clients send the mention markup without an entity for it.
        if (activity.Recipient?.Name is { Length: > 0 } botName)
            text = text.Replace($"<at>{botName}</at>", "", StringComparison.OrdinalIgnoreCase);
        return LeadingSpaces().Replace(text, "").Trim();
    }

    /// <summary>Our cards' <c>{verb, data}</c>; inputs on the card (a pick list) arrive beside them and join the data.</summary>
    private static CardActionInvocation? ActionFrom(JsonNode? value)
    {
        // The card's data is CardActionCodec's encoding; Teams adds the card's inputs beside it.
        if (value is not JsonObject obj || Str(obj[CardActionCodec.VerbKey]) is not { } verb) return null;
        var data = new Dictionary<string, string>(Flatten(obj[CardActionCodec.DataKey] as JsonObject), StringComparer.Ordinal);
        foreach (var (key, node) in obj)
            if (key != CardActionCodec.VerbKey && key != CardActionCodec.DataKey && Str(node) is { Length: > 0 } input) data[key] = input;
        return new CardActionInvocation(verb, data);
    }

    private static IReadOnlyDictionary<string, string> Flatten(JsonObject? data)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, node) in data ?? [])
            if (key != CardActionCodec.VerbKey && Str(node) is { } s) values[key] = s;
        return values;
    }

    private static string? Str(JsonNode? node) => node is JsonValue v && v.GetValueKind() is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
        ? v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString()
        : null;

    /// <summary>Spaces a removed mention left at the start of a line.</summary>
    [GeneratedRegex(@"(?m)^[ \t]+")]
    private static partial Regex LeadingSpaces();
}
