using LiteDB;
using TriageBot.Cases.Model;
using TriageBot.Cases.Scheduling;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Storage;

/// <summary>
/// The <c>reminders</c> collection: for each case that may have a reminder (not withdrawn; awaiting us, or with a
/// hold or non-disclosure order), a small document of the clear fields <see cref="ReminderRules"/> read, who was
/// reminded of what on the team's current day (<c>Reminded</c>), and two derived index keys: <c>AwaitsFrom</c>
/// (when the first reminder that needs us to act falls due) and <c>RemindAt</c> (when the next one not yet sent
/// to the assignee does). Written with the case in the same transaction. Reminders read only this collection, a
/// few hundred bytes a case, never the case documents with their sealed part.
/// </summary>
internal static class ReminderDocuments
{
    public const string AwaitsFrom = "AwaitsFrom";
    public const string RemindAt = "RemindAt";
    public const string Reminded = "Reminded";

    /// <summary>The indexed fields: the two keys, and the ends of holds and orders.</summary>
    public static readonly string[] Indexed = [AwaitsFrom, RemindAt, nameof(CaseRecord.PreservationExpiresAt), nameof(CaseRecord.NonDisclosureUntil)];

    /// <summary>Whether the case can ever be reminded about as it stands (otherwise it has no document).</summary>
    public static bool Keeps(ReminderFacts c) =>
        c.Status != CaseStatus.Withdrawn && (c.Status.AwaitsUs() || c.PreservationExpiresAt is not null || c.NonDisclosureUntil is not null);

    /// <summary>Stores <paramref name="facts"/>, or removes the case's document when it can have no reminder.</summary>
    public static void Save(ILiteCollection<BsonDocument> reminders, ReminderFacts facts)
    {
        if (Keeps(facts)) reminders.Upsert(ToDocument(facts));
        else reminders.Delete(facts.CaseId);
    }

    /// <summary>Small on purpose, since a day's first sweep may read thousands: enums as numbers, and a field that
    /// is null (or no one reminded yet) left out, which LiteDB indexes as null all the same.</summary>
    public static BsonDocument ToDocument(ReminderFacts c)
    {
        var doc = new BsonDocument
        {
            ["_id"] = c.CaseId,
            [nameof(CaseRecord.Status)] = (int)c.Status,
            [nameof(CaseRecord.Priority)] = (int)c.Priority,
            [nameof(CaseRecord.ProcessType)] = (int)c.ProcessType,
            [nameof(CaseRecord.ReceivedAt)] = UtcTicks.Serialize(c.ReceivedAt),
            [nameof(CaseRecord.DueAt)] = UtcTicks.Serialize(c.DueAt),
        };
        Add(doc, nameof(CaseRecord.AcknowledgedAt), c.AcknowledgedAt);
        Add(doc, nameof(CaseRecord.LegalDeadline), c.LegalDeadline);
        Add(doc, nameof(CaseRecord.PreservationExpiresAt), c.PreservationExpiresAt);
        Add(doc, nameof(CaseRecord.PreservationExtendedAt), c.PreservationExtendedAt);
        Add(doc, nameof(CaseRecord.NonDisclosureUntil), c.NonDisclosureUntil);
        Add(doc, AwaitsFrom, ReminderRules.AwaitsFrom(c));
        Add(doc, RemindAt, ReminderRules.NextUnsent(c));
        if (c.Assignee is not null) doc[nameof(CaseRecord.Assignee)] = c.Assignee;
        if (c.Sent.Count == 0) return doc;
        var marks = new BsonDocument();
        foreach (var (kind, mark) in c.Sent)
            marks[kind.ToString()] = new BsonDocument
            {
                ["Until"] = UtcTicks.Serialize(mark.Until),
                ["To"] = new BsonArray(mark.Members.Select(m => new BsonValue(m))),
            };
        doc[Reminded] = marks;
        return doc;
    }

    private static void Add(BsonDocument doc, string field, DateTime? value)
    {
        if (value is { } v) doc[field] = UtcTicks.Serialize(v);
    }

    /// <summary>A number here; the name, as the case documents hold it, when read from one (the migration).</summary>
    private static T Enum<T>(BsonValue value) where T : struct, System.Enum =>
        value.IsNumber ? (T)(object)value.AsInt32 : System.Enum.Parse<T>(value.AsString);

    /// <summary>The fields <see cref="FactsOf"/> reads, for reading them from case documents (the migration).</summary>
    public static readonly BsonExpression FactsProjection = BsonExpression.Create("{" + string.Join(", ",
        new[] { "_id", nameof(CaseRecord.Status), nameof(CaseRecord.Priority), nameof(CaseRecord.ProcessType), nameof(CaseRecord.ReceivedAt),
            nameof(CaseRecord.DueAt), nameof(CaseRecord.AcknowledgedAt), nameof(CaseRecord.LegalDeadline), nameof(CaseRecord.PreservationExpiresAt),
            nameof(CaseRecord.PreservationExtendedAt), nameof(CaseRecord.NonDisclosureUntil), nameof(CaseRecord.Assignee), Reminded }
        .Select(f => $"{f}: $.{f}")) + "}");

    /// <summary>The facts of a reminder document, or of a case document's clear fields: schema 7 kept
    /// <c>Reminded</c> on the case as the UTC day number each kind was last sent, to whoever then held it.</summary>
    public static ReminderFacts FactsOf(BsonDocument doc)
    {
        var assignee = doc[nameof(CaseRecord.Assignee)] is { IsString: true } held ? held.AsString : null;
        var marks = new Dictionary<ReminderKind, ReminderMark>();
        if (doc[Reminded] is { IsDocument: true } reminded)
            foreach (var (name, value) in reminded.AsDocument)
            {
                if (!System.Enum.TryParse<ReminderKind>(name, out var kind)) continue;
                if (value.IsDocument)
                    marks[kind] = new ReminderMark(UtcTicks.Deserialize(value["Until"]), [.. value["To"].AsArray.Select(m => m.AsString)]);
                else if (value.IsNumber)
                    marks[kind] = new ReminderMark(DateOnly.FromDayNumber(value.AsInt32 + 1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                        [assignee ?? ReminderMark.AnyOnCall]);
            }
        return new ReminderFacts(doc["_id"].AsString,
            Enum<CaseStatus>(doc[nameof(CaseRecord.Status)]),
            Enum<Priority>(doc[nameof(CaseRecord.Priority)]),
            Enum<LegalProcessType>(doc[nameof(CaseRecord.ProcessType)]),
            UtcTicks.Deserialize(doc[nameof(CaseRecord.ReceivedAt)]),
            UtcTicks.Deserialize(doc[nameof(CaseRecord.DueAt)]),
            Time(doc, nameof(CaseRecord.AcknowledgedAt)),
            Time(doc, nameof(CaseRecord.LegalDeadline)),
            Time(doc, nameof(CaseRecord.PreservationExpiresAt)),
            Time(doc, nameof(CaseRecord.PreservationExtendedAt)),
            Time(doc, nameof(CaseRecord.NonDisclosureUntil)),
            assignee)
        { Sent = marks };
    }

    private static DateTime? Time(BsonDocument doc, string field) =>
        doc.TryGetValue(field, out var value) && !value.IsNull ? UtcTicks.Deserialize(value) : null;
}
