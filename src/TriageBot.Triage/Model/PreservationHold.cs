namespace TriageBot.Triage.Model;

/// <summary>
/// The one rule for how long a preservation hold runs, used by the triage finding and by the case alike. It runs
/// from the request (18 U.S.C. 2703(f)(2): 90 days "upon the request"), so from the date the request bears, not
/// from the day someone opened a case for it: a request forwarded twelve days late still ends when the agency
/// counts it ending. A request dated later than the day it reached us counts from that day. Material reported to
/// NCMEC is held a year (18 U.S.C. 2258A(h), as amended by the REPORT Act of 2024).
/// </summary>
public static class PreservationHold
{
    public const int NcmecDays = 365;

    public static int Days(int preservationDays, bool ncmec) => ncmec ? NcmecDays : preservationDays;

    /// <summary>The day the hold counts from.</summary>
    public static DateOnly Start(DateOnly? requestDate, DateOnly receivedOn) =>
        requestDate is { } dated && dated <= receivedOn ? dated : receivedOn;

    /// <summary>The last day records are held (through its end).</summary>
    public static DateOnly EndsOn(DateOnly? requestDate, DateOnly receivedOn, int preservationDays, bool ncmec) =>
        Start(requestDate, receivedOn).AddDays(Days(preservationDays, ncmec));
}
