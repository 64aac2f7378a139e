using System.Text.RegularExpressions;

namespace TriageBot.Triage.Extraction;

/// <summary>
/// Words that place a letter only when nothing else does (no address, domain, phone, language or jurisdiction
/// marker voted): a street address ending on a U.S. state's postal code with no ZIP after it, as a company's footer
/// writes it ("400 Harbor Way, Austin TX."); the Stored Communications Act's orders named by their sections ("2703(d)
/// orders"), as a researcher or a vendor writes; an English or Welsh territorial force whose name no other country's
/// police bears ("West Yorkshire Police"). Read as a last resort, so the typical request pays nothing for them.
/// </summary>
internal static class QuietCountryMarkers
{
    private const string UsStateCodes =
        "(AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)";

    private static readonly Regex Marker = Patterns.Build(
        @"(?<us>\b270[35]\s*\(\s*[a-f]\s*\)|\b\d{1,5}[ \t][\p{L} \t]+[ \t](st|street|ave|avenue|blvd|boulevard|rd|road|way|dr|drive|lane|ln|pkwy|parkway|plaza|place|pl)\.?,?[ \t][\p{L} \t]+,?[ \t]" + UsStateCodes + @"(\.|;|[ \t]*$))" +
        // Round 14: a large U.S. city's or county's police or sheriff, named by a sender nothing else places (a
        // free-mail "Miami-Dade Police" officer): these names are American only.
        @"|(?<us>\b(miami(-|\s+)dade|miami|seattle|austin|fort\s+worth|jacksonville|charlotte-mecklenburg|charlotte|indianapolis|nashville|memphis|louisville|milwaukee|albuquerque|tucson|sacramento|minneapolis|tampa|new\s+orleans|st\.?\s+louis|cincinnati|oklahoma\s+city|kansas\s+city|san\s+jose|san\s+francisco|columbus|fresno|omaha|oakland|honolulu|baton\s+rouge)\s+(police|sheriff'?s?|pd\b|metro(politan)?\s+police))" +
        @"|(?<uk>\b(west|south|north)\s+yorkshire\s+police|\bwest\s+midlands\s+police|thames\s+valley\s+police|merseyside\s+police|northumbria\s+police|avon\s+and\s+somerset\s+(police|constabulary)|devon\s+and\s+cornwall\s+police|dyfed-powys\s+police)");

    /// <summary>The one country these words point at in the first <paramref name="maxChars"/> characters, with the
    /// first such words; null when there are none or they point at both.</summary>
    public static (string Country, string Evidence)? Read(string text, int maxChars = 6000)
    {
        var span = text.Length > maxChars ? text[..maxChars] : text;
        (string Country, string Evidence)? found = null;
        var seen = 0;
        for (var m = Marker.Match(span); m.Success && seen++ < 20; m = m.NextMatch())
        {
            var country = m.Groups["us"].Success ? CountryNames.UnitedStates : "United Kingdom";
            if (found is { } f && f.Country != country) return null;
            found ??= (country, m.Value.ReplaceLineEndings(" "));
        }
        return found;
    }
}
