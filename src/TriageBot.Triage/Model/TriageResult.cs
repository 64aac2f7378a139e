using TriageBot.Triage.Assessment;

namespace TriageBot.Triage.Model;

/// <summary>What the engine concluded about one request, with the text that made it conclude so.</summary>
public sealed record TriageResult(
    LegalProcessType ProcessType,
    Priority Priority,
    IReadOnlyList<string> PriorityReasons,
    TriageFlags Flags,
    RequestFields Fields,
    IReadOnlyList<string> MissingFields,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<Evidence> Evidence)
{
    /// <summary>The language the request was read in: en, de, fr, es, pt, it or nl.</summary>
    public string Language { get; init; } = "en";

    /// <summary>A follow-up on an earlier request (a reminder, an update, a withdrawal): the reference it gives, or
    /// "" when it names none; null for a new request.</summary>
    public string? FollowUpOf { get; init; }

    /// <summary>The request says it is withdrawn or no longer needed (the evidence says where).</summary>
    public bool Withdrawn { get; init; }

    /// <summary>The date the request bears (its e-mail's Date, also in a forwarded header); null when it shows
    /// none. A preservation hold counts from it (<see cref="PreservationHold"/>).</summary>
    public DateOnly? RequestDate { get; init; }

    /// <summary>Where the process type came from: "cues" (the weighted phrases) or "model" (the learned
    /// classifier, consulted when the cues were weak; its evidence names the words that decided).</summary>
    public string TypeSource { get; init; } = "cues";

    /// <summary>The text talks about legal process without serving any (a journalist's questions, a vendor's pitch,
    /// a notice that asks for nothing): no request is made of the provider.</summary>
    public bool ServesNoProcess { get; init; }

    /// <summary>The deadline that binds the provider (<see cref="PriorityRules.LegalDeadline"/>): the request's response
    /// deadline or the day the hold it extends lapses, whichever is first, or none when the text serves no process. The case desk keeps this one, so a correction there
    /// derives the priority from the same deadline the engine did.</summary>
    public DateOnly? LegalDeadline => PriorityRules.LegalDeadline(Fields, ServesNoProcess);

    /// <summary>Where the emergency page came from: "cues" (emergency wording), "model" (the learned emergency
    /// reader, when the cues did not page: a reading for the reviewer to confirm; its evidence names the words), or
    /// null when the request is no emergency.</summary>
    public string? EmergencySource { get; init; }

    /// <summary>Where contentRequested came from: "cues" (content wording), "model" (the learned content reader, when
    /// the cues read none: a reading for the reviewer to confirm; its evidence names the words), or null when no
    /// contents are asked for.</summary>
    public string? ContentSource { get; init; }
}

public sealed record TriageFlags(
    bool Emergency,
    bool Ncmec,
    bool NonUs,
    bool SuspiciousSender,
    bool NonDisclosureOrder,
    bool ContentRequested)
{
    public static readonly IReadOnlyList<string> Names =
        ["emergency", "ncmec", "nonUs", "suspiciousSender", "nonDisclosureOrder", "contentRequested"];

    public IEnumerable<string> Raised()
    {
        if (Emergency) yield return "emergency";
        if (Ncmec) yield return "ncmec";
        if (NonUs) yield return "nonUs";
        if (SuspiciousSender) yield return "suspiciousSender";
        if (NonDisclosureOrder) yield return "nonDisclosureOrder";
        if (ContentRequested) yield return "contentRequested";
    }
}

/// <summary>A legal problem or a point a reviewer must act on.</summary>
public sealed record Finding(string Code, Severity Severity, string Message, string? Evidence = null);

/// <summary>A span of the (normalised) request text that decided something.</summary>
/// <param name="About">What it decided: <c>processType</c>, a flag name, or a field name.</param>
/// <param name="Reason">Why this span counts, in words.</param>
public sealed record Evidence(string About, string Reason, string Text, int Offset, int Length);
