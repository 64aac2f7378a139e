using System.Net.Mail;
using PhoneNumbers;

namespace TriageBot.Dialogs.Messages;

/// <summary>The one check of what an input of each <see cref="CardInputKind"/> may hold, for every channel: an
/// e-mail address that parses (one address, no display name, a dotted domain), a phone number libphonenumber
/// reads as possible in the input's region (or with its own country code).</summary>
internal static class InputChecks
{
    public static string? Problem(CardInputKind kind, string value, string region) => kind switch
    {
        CardInputKind.Email when !IsEmail(value) => $"“{value}” is not an e-mail address (name@agency.gov).",
        CardInputKind.Phone when !IsPhone(value, region) => $"“{value}” is not a phone number (with the area code, or +country code).",
        _ => null,
    };

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
}
