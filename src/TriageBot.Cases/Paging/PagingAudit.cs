namespace TriageBot.Cases.Paging;

/// <summary>The audit actions of paging, spelled the same everywhere (the case card and the tests read them).</summary>
public static class PagingAudit
{
    /// <summary>An escalation step: <c>Field</c> = step number, <c>NewValue</c> = member.</summary>
    public const string Step = "page_step";
    /// <summary>One channel reached one member: <c>Field</c> = channel, <c>NewValue</c> = member.</summary>
    public const string Delivered = "page_delivered";
    /// <summary>One channel could not reach one member: <c>Reason</c> = why.</summary>
    public const string Failed = "page_failed";
    /// <summary>A whole round of the chain could not be reached.</summary>
    public const string NobodyReached = "page_unreached";
    /// <summary>Stored where no pager runs; paged when the host starts.</summary>
    public const string Pending = "page_pending";
    /// <summary>Someone without the right pressed Acknowledge.</summary>
    public const string AckRefused = "page_ack_refused";
    /// <summary>The pages were withdrawn: not an emergency.</summary>
    public const string StoodDown = "page_stood_down";
    /// <summary>A page or notice updated in place (acknowledged, stood down): <c>Field</c> = channel.</summary>
    public const string Updated = "page_updated";

    /// <summary>Who the paging service writes as.</summary>
    public const string Actor = "triagebot";
}
