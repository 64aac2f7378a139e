namespace TriageBot.Triage.Extraction;

/// <summary>
/// Weekday names in the seven languages read, and the date a deadline given as a weekday alone falls on: "due
/// Friday" in a letter of Wednesday 2 December is Friday 4 December, the first such day after the letter's date.
/// </summary>
internal static class Weekdays
{
    private static readonly Dictionary<string, DayOfWeek> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["montag"] = DayOfWeek.Monday, ["lundi"] = DayOfWeek.Monday, ["lunes"] = DayOfWeek.Monday,
        ["lunedi"] = DayOfWeek.Monday, ["maandag"] = DayOfWeek.Monday, ["segunda-feira"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday, ["dienstag"] = DayOfWeek.Tuesday, ["mardi"] = DayOfWeek.Tuesday, ["martes"] = DayOfWeek.Tuesday,
        ["martedi"] = DayOfWeek.Tuesday, ["dinsdag"] = DayOfWeek.Tuesday, ["terca-feira"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["mittwoch"] = DayOfWeek.Wednesday, ["mercredi"] = DayOfWeek.Wednesday,
        ["miercoles"] = DayOfWeek.Wednesday, ["mercoledi"] = DayOfWeek.Wednesday, ["woensdag"] = DayOfWeek.Wednesday,
        ["quarta-feira"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["donnerstag"] = DayOfWeek.Thursday, ["jeudi"] = DayOfWeek.Thursday, ["jueves"] = DayOfWeek.Thursday,
        ["giovedi"] = DayOfWeek.Thursday, ["donderdag"] = DayOfWeek.Thursday, ["quinta-feira"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["freitag"] = DayOfWeek.Friday, ["vendredi"] = DayOfWeek.Friday, ["viernes"] = DayOfWeek.Friday,
        ["venerdi"] = DayOfWeek.Friday, ["vrijdag"] = DayOfWeek.Friday, ["sexta-feira"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["samstag"] = DayOfWeek.Saturday, ["sonnabend"] = DayOfWeek.Saturday, ["samedi"] = DayOfWeek.Saturday,
        ["sabado"] = DayOfWeek.Saturday, ["sabato"] = DayOfWeek.Saturday, ["zaterdag"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["sonntag"] = DayOfWeek.Sunday, ["dimanche"] = DayOfWeek.Sunday, ["domingo"] = DayOfWeek.Sunday,
        ["domenica"] = DayOfWeek.Sunday, ["zondag"] = DayOfWeek.Sunday,
    };

    /// <summary>The first date after <paramref name="from"/> that falls on the named weekday, or null for a word
    /// that names none. Never the letter's own day: "by Friday" written on a Friday means the next one.</summary>
    public static DateOnly? Next(string name, DateOnly from)
    {
        if (!Names.TryGetValue(Text.Accents.Strip(name.ToLowerInvariant()), out var day)) return null;
        var ahead = ((int)day - (int)from.DayOfWeek + 7) % 7;
        return from.AddDays(ahead == 0 ? 7 : ahead);
    }
}
