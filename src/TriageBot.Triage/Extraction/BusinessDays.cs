namespace TriageBot.Triage.Extraction;

/// <summary>
/// A time limit counted in business days ("within five business days", "5 dias úteis", "10 jours ouvrés"): the
/// engine has no calendar of public holidays, so it skips only Saturdays and Sundays. A holiday inside the period
/// makes the real limit a day later at most, so the date read is never later than the one to answer by.
/// </summary>
internal static class BusinessDays
{
    /// <summary>The business day <paramref name="count"/> working days after <paramref name="from"/>.</summary>
    public static DateOnly After(DateOnly from, int count)
    {
        var day = from;
        for (var left = count; left > 0;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) left--;
        }
        return day;
    }

    /// <summary>Counts <paramref name="count"/> days from <paramref name="from"/>, as business days or calendar days.</summary>
    public static DateOnly Add(DateOnly from, int count, bool business) => business ? After(from, count) : from.AddDays(count);
}
