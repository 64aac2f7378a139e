using System.Text.Json.Nodes;

namespace TriageBot.Teams.Tests;

/// <summary>Activities as Teams sends them (JSON text, so the tests exercise the real parsing).</summary>
internal static class Activities
{
    public const string BotId = "28:bot-id";

    public static JsonObject Message(string text, string conversationType = "personal", string serviceUrl = FakeBotFrameworkIdentity.ServiceUrl, string channelId = "msteams") => new()
    {
        ["type"] = "message",
        ["id"] = "1700000000001",
        ["timestamp"] = "2026-03-02T14:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = channelId,
        ["from"] = new JsonObject { ["id"] = "29:user-id", ["name"] = "Dana Whitfield", ["aadObjectId"] = "aad-dana" },
        ["conversation"] = new JsonObject { ["id"] = conversationType == "personal" ? "a:1on1" : "19:channel@thread.tacv2", ["conversationType"] = conversationType, ["tenantId"] = "tenant-1", ["isGroup"] = conversationType != "personal" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "TriageBot" },
        ["text"] = text,
    };

    public static JsonObject Mentioning(string text)
    {
        var activity = Message("<at>TriageBot</at> " + text, "channel");
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention", ["text"] = "<at>TriageBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "TriageBot" },
        });
        return activity;
    }

    public static JsonObject Submit(string verb, string caseId)
    {
        var activity = Message("");
        activity.Remove("text");
        activity["value"] = new JsonObject { ["verb"] = verb, ["data"] = new JsonObject { ["case"] = caseId } };
        return activity;
    }

    public static JsonObject Execute(string verb, string caseId)
    {
        var activity = Message("");
        activity.Remove("text");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = new JsonObject { ["verb"] = verb, ["data"] = new JsonObject { ["case"] = caseId } } },
            ["trigger"] = "manual",
        };
        return activity;
    }

    public static JsonObject MembersAdded(params string[] ids)
    {
        var activity = Message("");
        activity.Remove("text");
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = new JsonArray(ids.Select(id => (JsonNode?)new JsonObject { ["id"] = id }).ToArray());
        return activity;
    }

    public static JsonObject OfType(string type)
    {
        var activity = Message("");
        activity["type"] = type;
        return activity;
    }
}
