using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace TriageBot.Dialogs.Messages;

/// <summary>The one check of what an input of each <see cref="CardInputKind"/> may hold, for every channel and for
/// answers typed in the chat: an e-mail address that parses (one address, no display name, a dotted domain), a
/// phone number libphonenumber reads as possible in the input's region (or with its own country code), a date
/// written so it cannot be misread, account identifiers, NCMEC report numbers. Each refusal says what was wrong
/// and what is accepted.</summary>
internal static partial class InputChecks
{
    public const string DateFormats = "2026-03-10, 10 March 2026 or March 10, 2026";

    // Day-month order is unambiguous in these; "03/10/2026" is not (3 October or 10 March), so it is refused.
    private static readonly string[] DatePatterns =
    [
        "yyyy-MM-dd", "yyyy-M-d", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMM d yyyy",
        "ddd d MMM yyyy", "dddd d MMMM yyyy", "dddd, MMMM d, yyyy", "d. MMMM yyyy",
    ];

    public static string? Problem(CardInputKind kind, string value, string region) => kind switch
    {
        CardInputKind.Email when !IsEmail(value) => $"“{value}” is not an e-mail address (name@agency.gov).",
        CardInputKind.Phone when !IsPhone(value, region) => $"“{value}” is not a phone number (with the area code, or +country code).",
        CardInputKind.Date => DateProblem(value),
        CardInputKind.Accounts => AccountsProblem(value),
        CardInputKind.ReportNumbers when !ReportNumber().IsMatch(value) =>
            $"“{value}” holds no CyberTipline report number (5 to 12 digits, e.g. 123456789; several separated by commas).",
        _ => null,
    };

    /// <summary>The date in <paramref name="value"/> when it is written in one of <see cref="DateFormats"/>' forms.</summary>
    public static bool TryParseDate(string value, out DateOnly date)
    {
        var text = Ordinal().Replace(value.Trim().TrimEnd('.'), "$1");
        return DateOnly.TryParseExact(text, DatePatterns, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date);
    }

    private static string? DateProblem(string value)
    {
        if (TryParseDate(value, out _)) return null;
        if (NumericDate().Match(value.Trim()) is { Success: true } m && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) <= 12
            && int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) <= 12)
            return $"“{value}” could be read two ways (day first or month first); write the date as {DateFormats}.";
        return $"“{value}” is not a date I can read; write it as {DateFormats}.";
    }

    private static string? AccountsProblem(string value)
    {
        foreach (var part in value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("http", StringComparison.OrdinalIgnoreCase)
                && !(Uri.TryCreate(part, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Contains('.', StringComparison.Ordinal)))
                return $"“{part}” is not a web address (https://service.example/profile); separate several accounts with commas.";
            if (part.IndexOf('@') > 0 && !IsEmail(part))
                return $"“{part}” is not an e-mail address (name@example.com); separate several accounts with commas.";
        }
        return value.Any(char.IsLetterOrDigit) ? null : $"“{value}” names no account (a username, an e-mail address or a profile link).";
    }

    private static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && address.DisplayName.Length == 0
        && address.Host.Contains('.', StringComparison.Ordinal) && !address.Host.EndsWith('.') && !value.Any(char.IsWhiteSpace);

    private static bool IsPhone(string value, string region)
    {
        try
        {
            var util = PhoneNumberUtil.GetInstance();
            return util.IsPossibleNumber(util.Parse(value, region.ToUpperInvariant()));
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\d{5,12}", RegexOptions.CultureInvariant)]
    private static partial Regex ReportNumber();
}
