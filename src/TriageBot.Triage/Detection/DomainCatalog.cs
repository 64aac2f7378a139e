namespace TriageBot.Triage.Detection;

/// <summary>
/// What an e-mail domain says about its owner: a government / law-enforcement body, a free-mail provider, the
/// provider itself, and in which country. Government is recognised by suffix (.gov, .police.uk, ...) plus the
/// policy's trusted list; anything else is not proof of an agency.
/// </summary>
internal sealed class DomainCatalog
{
    private static readonly (string[] Suffixes, string[] Domains) Shipped = LoadShippedList();

    /// <summary>Reads Data/law-enforcement-domains.txt (embedded): "suffix .gov.uk" and "domain lapdonline.org" lines.</summary>
    private static (string[] Suffixes, string[] Domains) LoadShippedList()
    {
        using var stream = typeof(DomainCatalog).Assembly.GetManifestResourceStream("TriageBot.Triage.law-enforcement-domains.txt")
            ?? throw new InvalidOperationException("The law-enforcement domain list is missing from the engine assembly.");
        using var reader = new StreamReader(stream);
        var suffixes = new List<string>();
        var domains = new List<string>();
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Split('#', 2)[0].Trim();
            if (line.Length == 0) continue;
            var parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length != 2) throw new InvalidDataException($"law-enforcement-domains.txt: cannot read '{line}'");
            if (parts[0] == "suffix") suffixes.Add("." + parts[1].TrimStart('.').ToLowerInvariant());
            else if (parts[0] == "domain") domains.Add(parts[1].ToLowerInvariant());
            else throw new InvalidDataException($"law-enforcement-domains.txt: '{parts[0]}' is neither suffix nor domain");
        }
        return ([.. suffixes], [.. domains]);
    }

    /// <summary>Words an impostor puts in a domain to look official (gov-portal.com, police-report.net). Generic:
    /// a charity or a law firm may use them too, so they count only for a sender that claims authority.</summary>
    private static readonly HashSet<string> GenericAuthorityTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "gov", "gouv", "gob", "govt", "police", "polizei", "policia", "polizia", "politie", "policie", "sheriff", "court",
        "courts", "justice", "justiz", "trooper", "statepolice", "lawenforcement", "prosecutor", "attorneygeneral",
    };

    /// <summary>Agency names nobody else has reason to put in a domain: fbi-gov.com and lapd-us.org are look-alikes
    /// whoever writes from them.</summary>
    private static readonly HashSet<string> AgencyTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbi", "dea", "atf", "usss", "secretservice", "dhs", "homeland", "ice", "cbp", "usmarshals", "interpol", "europol",
        "rcmp", "nypd", "lapd", "sfpd", "lvmpd", "doj", "usdoj", "gendarmerie", "carabinieri", "guardiacivil", "hsi", "nca",
    };

    private static readonly string[] DistinctiveAgencyName = ["police", "polic", "poliz", "politi", "sheriff", "pd", "carabin", "guardia", "mossos", "garda"];

    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "online", "us", "usa", "dept", "department", "secure", "portal", "official", "report", "reports", "mail", "leo",
        "agency", "hq", "unit", "intl", "eu", "uk", "request", "requests", "legal", "gov", "org", "team", "desk",
    };

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
    private readonly HashSet<string> _trustedOrganisations;
    private readonly string[] _own;
    private readonly HashSet<string> _freeMail;

    public DomainCatalog(TriagePolicy policy)
    {
        _trusted = [.. Shipped.Domains, .. policy.TrustedDomains.Select(Clean)];
        // Names distinctive enough that a copy is an impersonation: "lapdonline", "chicagopolice", "poliziadistato".
        _trustedOrganisations = new HashSet<string>(
            _trusted.Select(t => t.Split('.')[0]).Where(n => n.Length >= 6 && DistinctiveAgencyName.Any(w => n.Contains(w, StringComparison.Ordinal))),
            StringComparer.OrdinalIgnoreCase);
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
        (Shipped.Suffixes.Any(suffix => domain.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) || domain == suffix[1..])
         || IsUsLocality(domain)
         || IsGermanStateAuthority(domain)
         || _trusted.Any(trusted => IsSameOrSubdomain(domain, trusted)));

    /// <summary>A domain dressed up as an agency's: a label carries an agency's name (fbi-gov.com, lapd-us.org,
    /// chicagopolice-org.com) or, for a sender claiming authority, an authority word (gov-portal.com), yet it is not
    /// a government or listed domain. Returns the word that gives it away, or null.</summary>
    public string? LookAlikeToken(string? domain, bool claimsAuthority)
    {
        if (domain is null || IsGovernment(domain) || IsFreeMail(domain) || IsOwn(domain)) return null;
        var name = domain[..Math.Max(0, domain.LastIndexOf('.'))];
        bool Counts(string token) => AgencyTokens.Contains(token) || _trustedOrganisations.Contains(token) || (claimsAuthority && GenericAuthorityTokens.Contains(token));
        foreach (var part in name.Split('.', '-', '_'))
        {
            if (part.Length == 0) continue;
            if (Counts(part)) return part;
            // Glued words: "fbigov", "lapdonline" + "secure": a known token with only filler or another token beside it.
            for (var cut = 2; cut <= part.Length - 2; cut++)
            {
                var (left, right) = (part[..cut], part[cut..]);
                if (Counts(left) && (Fillers.Contains(right) || Counts(right) || right.All(char.IsDigit))) return left;
                if (Counts(right) && (Fillers.Contains(left) || Counts(left))) return right;
            }
        }
        return null;
    }

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
