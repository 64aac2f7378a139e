namespace TriageBot.Triage.Detection;

/// <summary>
/// What an e-mail domain says about its owner: a government / law-enforcement body, a free-mail provider, the
/// provider itself, and in which country. Government is recognised by suffix (.gov, .police.uk, ...) plus the
/// policy's trusted list; anything else is not proof of an agency.
/// </summary>
internal sealed class DomainCatalog
{
    private static readonly string[] GovernmentSuffixes =
    [
        ".gov", ".mil",
        ".gov.uk", ".police.uk", ".pnn.police.uk", ".nhs.uk", ".gov.scot", ".gov.wales",
        ".gc.ca", ".rcmp-grc.gc.ca", ".gov.au", ".govt.nz", ".gov.ie", ".garda.ie",
        ".polizei.de", ".bund.de", ".justiz.de", ".bka.de", ".polizei.bayern.de", ".polizei.nrw.de", ".berlin.de",
        ".gouv.fr", ".interieur.gouv.fr", ".justice.fr", ".gendarmerie.interieur.gouv.fr",
        ".gob.es", ".policia.es", ".guardiacivil.es", ".mossos.cat", ".justicia.es", ".fiscal.es",
        ".politie.nl", ".om.nl", ".polizia.it", ".carabinieri.it", ".giustizia.it", ".gov.it",
        ".police.be", ".just.fgov.be", ".admin.ch", ".fedpol.admin.ch", ".bmi.gv.at", ".gv.at",
        ".gob.mx", ".gov.br", ".dpf.gov.br", ".gov.in", ".nic.in", ".europol.europa.eu", ".europa.eu",
        ".polisen.se", ".politi.no", ".politi.dk", ".policja.gov.pl", ".gov.pl",
    ];

    private static readonly HashSet<string> BuiltInFreeMail = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "ymail.com",
        "aol.com", "icloud.com", "me.com", "mac.com", "proton.me", "protonmail.com", "pm.me", "gmx.com", "gmx.net",
        "gmx.de", "web.de", "mail.com", "yandex.com", "yandex.ru", "mail.ru", "zoho.com", "tutanota.com", "tuta.io",
        "hushmail.com", "fastmail.com", "inbox.com", "yahoo.co.uk", "hotmail.co.uk", "orange.fr", "free.fr",
        "laposte.net", "wanadoo.fr", "t-online.de", "qq.com", "163.com", "rediffmail.com", "guerrillamail.com",
    };

    private static readonly Dictionary<string, string> CountryByTopLevel = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gov"] = "United States", ["mil"] = "United States", ["us"] = "United States",
        ["uk"] = "United Kingdom", ["de"] = "Germany", ["fr"] = "France", ["es"] = "Spain", ["cat"] = "Spain",
        ["ca"] = "Canada", ["au"] = "Australia", ["nz"] = "New Zealand", ["ie"] = "Ireland", ["nl"] = "Netherlands",
        ["it"] = "Italy", ["be"] = "Belgium", ["ch"] = "Switzerland", ["at"] = "Austria", ["mx"] = "Mexico",
        ["br"] = "Brazil", ["in"] = "India", ["se"] = "Sweden", ["no"] = "Norway", ["dk"] = "Denmark",
        ["pl"] = "Poland", ["pt"] = "Portugal", ["jp"] = "Japan", ["kr"] = "South Korea", ["sg"] = "Singapore",
        ["za"] = "South Africa", ["ar"] = "Argentina", ["co"] = "Colombia", ["cl"] = "Chile", ["il"] = "Israel",
        ["fi"] = "Finland", ["gr"] = "Greece", ["cz"] = "Czech Republic", ["ro"] = "Romania", ["hu"] = "Hungary",
        ["tr"] = "Turkey", ["ph"] = "Philippines", ["ng"] = "Nigeria", ["ke"] = "Kenya",
    };

    private readonly string[] _trusted;
    private readonly string[] _own;
    private readonly HashSet<string> _freeMail;

    public DomainCatalog(TriagePolicy policy)
    {
        _trusted = [.. policy.TrustedDomains.Select(Clean)];
        _own = [.. policy.OwnDomains.Select(Clean)];
        _freeMail = new HashSet<string>(BuiltInFreeMail, StringComparer.OrdinalIgnoreCase);
        _freeMail.UnionWith(policy.FreeMailDomains.Select(Clean));
    }

    public static string? DomainOf(string? address)
    {
        if (string.IsNullOrEmpty(address)) return null;
        var at = address.LastIndexOf('@');
        return at < 0 ? null : address[(at + 1)..].Trim().TrimEnd('.', '>').ToLowerInvariant();
    }

    public bool IsOwn(string? domain) => domain is not null && _own.Any(own => IsSameOrSubdomain(domain, own));

    public bool IsFreeMail(string? domain) => domain is not null && _freeMail.Contains(domain);

    public bool IsGovernment(string? domain) =>
        domain is not null &&
        (GovernmentSuffixes.Any(suffix => domain.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) || domain == suffix[1..])
         || IsUsLocality(domain)
         || IsGermanStateAuthority(domain)
         || _trusted.Any(trusted => IsSameOrSubdomain(domain, trusted)));

    /// <summary>U.S. state and local government under the locality scheme: sheriff.co.harris.tx.us, state.ny.us.
    /// A bare name.us can be registered by anyone, so it does not count.</summary>
    private static bool IsUsLocality(string domain)
    {
        var labels = domain.Split('.');
        return labels.Length >= 3 && labels[^1] == "us" && labels[^2].Length == 2;
    }

    /// <summary>German Länder run their own justice and police domains: justiz.nrw.de, gsta.justiz.hessen.de,
    /// polizei.bayern.de.</summary>
    private static bool IsGermanStateAuthority(string domain)
    {
        var labels = domain.Split('.');
        return labels.Length >= 3 && labels[^1] == "de" && labels[..^2].Any(l => l is "justiz" or "polizei" or "lka" or "bka");
    }

    /// <summary>The country a domain's top level points to (".de" → Germany), or null for .com/.org/.net.</summary>
    public static string? CountryOf(string? domain)
    {
        if (domain is null) return null;
        var tld = domain[(domain.LastIndexOf('.') + 1)..];
        return CountryByTopLevel.GetValueOrDefault(tld);
    }

    /// <summary>The registrable part used to compare From and Reply-To ("mail.fbi.gov" and "fbi.gov" agree).</summary>
    public static string Organisation(string domain)
    {
        var labels = domain.Split('.');
        if (labels.Length <= 2) return domain;
        // Two-letter country code under a second-level such as .gov.uk, .police.uk, .gob.es: keep three labels.
        var second = labels[^2];
        var keep = labels[^1].Length == 2 && second is "gov" or "gob" or "gouv" or "police" or "govt" or "co" or "com" or "org" or "ac" or "gv" or "gc" or "nic" ? 3 : 2;
        return string.Join('.', labels[^Math.Min(keep, labels.Length)..]);
    }

    private static bool IsSameOrSubdomain(string domain, string parent) =>
        domain.Equals(parent, StringComparison.OrdinalIgnoreCase) ||
        domain.EndsWith("." + parent, StringComparison.OrdinalIgnoreCase);

    private static string Clean(string domain) => domain.Trim().TrimStart('@', '.').ToLowerInvariant();
}
