namespace TriageBot.Triage.Detection;

/// <summary>
/// What an e-mail domain says about its owner: a government / law-enforcement body, a free-mail provider, the
/// provider itself, and in which country. Government is recognised by suffix (.gov, .police.uk, ...) plus the
/// policy's trusted list; anything else is not proof of an agency.
/// </summary>
internal sealed class DomainCatalog
{
    private static readonly (string[] Suffixes, string[] Domains) Shipped = LoadShippedList();
    private static readonly (string[] Brands, string[] Domains) ShippedFreeMail = LoadFreeMailList();

    /// <summary>Reads Data/law-enforcement-domains.txt (embedded): "suffix .gov.uk" and "domain lapdonline.org" lines.</summary>
    private static (string[] Suffixes, string[] Domains) LoadShippedList()
    {
        var (suffixes, domains) = ReadList("law-enforcement-domains.txt", "suffix", "domain");
        return ([.. suffixes.Select(s => "." + s.TrimStart('.'))], [.. domains]);
    }

    /// <summary>Reads Data/free-mail-domains.txt (embedded): "brand yahoo" and "domain libero.it" lines.</summary>
    private static (string[] Brands, string[] Domains) LoadFreeMailList()
    {
        var (brands, domains) = ReadList("free-mail-domains.txt", "brand", "domain");
        return ([.. brands], [.. domains]);
    }

    private static (List<string> First, List<string> Second) ReadList(string name, string firstKind, string secondKind)
    {
        using var stream = typeof(DomainCatalog).Assembly.GetManifestResourceStream("TriageBot.Triage." + name)
            ?? throw new InvalidOperationException($"The list {name} is missing from the engine assembly.");
        using var reader = new StreamReader(stream);
        var first = new List<string>();
        var second = new List<string>();
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Split('#', 2)[0].Trim();
            if (line.Length == 0) continue;
            var parts = line.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length != 2) throw new InvalidDataException($"{name}: cannot read '{line}'");
            if (parts[0] == firstKind) first.Add(parts[1].ToLowerInvariant());
            else if (parts[0] == secondKind) second.Add(parts[1].ToLowerInvariant());
            else throw new InvalidDataException($"{name}: '{parts[0]}' is neither {firstKind} nor {secondKind}");
        }
        return (first, second);
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

    private static readonly HashSet<string> GovernmentOnlyAgencyTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbi", "dea", "atf", "usss", "secretservice", "dhs", "homeland", "ice", "cbp", "usmarshals", "doj", "usdoj", "hsi",
        "nca", "rcmp", "interpol", "europol",
    };

    private static readonly string[] DistinctiveAgencyName = ["police", "polic", "poliz", "politi", "sheriff", "pd", "carabin", "guardia", "mossos", "garda"];

    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "online", "us", "usa", "dept", "department", "secure", "portal", "official", "report", "reports", "mail", "leo",
        "agency", "hq", "unit", "intl", "eu", "uk", "request", "requests", "legal", "gov", "org", "team", "desk",
    };

    // Second levels that only a government may register under a country code (Public Suffix List: gov.* for 127
    // countries, gob.* for 15, gouv.* for 6, mil.* for 61; govt.nz, gub.uy). "go.*" and "gv.*" are listed one by one
    // in the domain list: go.it, for one, is a province code anyone may register under.
    private static readonly HashSet<string> GovernmentSecondLevels = new(StringComparer.OrdinalIgnoreCase)
    {
        "gov", "gob", "gouv", "govt", "gub", "mil",
    };

    // Second levels open to anyone: "gov.co.uk" would be a private registration.
    private static readonly HashSet<string> OpenSecondLevels = new(StringComparer.OrdinalIgnoreCase)
    {
        "co", "com", "org", "net", "ac", "or", "ne", "biz", "info", "edu",
    };

    private static readonly Dictionary<string, string> CountryByTopLevel = new(StringComparer.OrdinalIgnoreCase)
    {
        // .edu is delegated only to U.S.-accredited post-secondary institutions (EDUCAUSE .edu policy, since 2001).
        ["gov"] = "United States", ["mil"] = "United States", ["us"] = "United States", ["edu"] = "United States",
        // U.S. territories' own codes (Puerto Rico's courts mail from ramajudicial.pr): U.S. law, U.S. process.
        ["pr"] = "United States", ["gu"] = "United States", ["vi"] = "United States", ["eus"] = "Spain", ["gal"] = "Spain",
        ["uk"] = "United Kingdom", ["de"] = "Germany", ["fr"] = "France", ["es"] = "Spain", ["cat"] = "Spain",
        ["ca"] = "Canada", ["au"] = "Australia", ["nz"] = "New Zealand", ["ie"] = "Ireland", ["nl"] = "Netherlands",
        ["it"] = "Italy", ["be"] = "Belgium", ["ch"] = "Switzerland", ["at"] = "Austria", ["mx"] = "Mexico",
        ["br"] = "Brazil", ["in"] = "India", ["se"] = "Sweden", ["no"] = "Norway", ["dk"] = "Denmark",
        ["pl"] = "Poland", ["pt"] = "Portugal", ["jp"] = "Japan", ["kr"] = "South Korea", ["sg"] = "Singapore",
        ["za"] = "South Africa", ["ar"] = "Argentina", ["co"] = "Colombia", ["cl"] = "Chile", ["il"] = "Israel",
        ["fi"] = "Finland", ["gr"] = "Greece", ["cz"] = "Czech Republic", ["ro"] = "Romania", ["hu"] = "Hungary",
        ["tr"] = "Turkey", ["ph"] = "Philippines", ["ng"] = "Nigeria", ["ke"] = "Kenya",
    };

    private static readonly HashSet<string> BrandSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "io", "ai", "tv", "me", "ly", "fm", "gg", "to", "cc", "ws", "la", "sh", "ms", "vc", "nu", "tk", "ml", "ga", "cf", "gq", "id", "is", "am", "md",
    };

    private readonly string[] _trusted;
    // The same lists as sets, looked up by the domain and each of its parents: a few hash probes per domain instead
    // of a pass over hundreds of entries (and a string built for each) on every check.
    private readonly HashSet<string> _trustedSet;
    private readonly HashSet<string> _ownSet;
    private static readonly HashSet<string> SuffixSet = new(Shipped.Suffixes.Select(s => s[1..]), StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _trustedOrganisations;
    private readonly HashSet<string> _trustedNames;
    private readonly HashSet<string> _listedOrganisations;
    private readonly HashSet<string> _listedOrganisationNames;

    /// <summary>The domain's registered name is a listed agency's, under another organisation than the listed one
    /// (torontopolice.co beside torontopolice.on.ca).</summary>
    public bool ListedNameUnderOtherTopLevel(string domain)
    {
        var organisation = Organisation(domain);
        return _listedOrganisationNames.Contains(organisation.Split('.')[0]) && !_listedOrganisations.Contains(organisation) &&
               !SelfOrParentIn(domain, _trustedSet);
    }

    /// <summary>The domain's registered name is any listed agency's, a short acronym included (vpd for vpd.ca), under
    /// an organisation the list does not give it. For a domain under another country's code than the request's
    /// (SenderCheck): there an acronym is as telling as a long name.</summary>
    public bool ListedAcronymUnderOtherOrganisation(string domain)
    {
        var organisation = Organisation(domain);
        return _listedShortNames.Contains(organisation.Split('.')[0]) && !_listedOrganisations.Contains(organisation) &&
               !SelfOrParentIn(domain, _trustedSet);
    }
    private readonly HashSet<string> _listedShortNames;
    private readonly string[] _own;
    private readonly HashSet<string> _freeMail;
    private readonly HashSet<string> _freeMailBrands;

    /// <param name="forget">Domains the list is made not to know (measurement only: eval --unlisted-senders): every
    /// listed entry that covers one of them (the domain or a parent of it) is dropped, so a genuine sender is judged
    /// as if its agency had never been added. Suffix rules (.gov, .police.uk) stay: they are structure, not a list.</param>
    public DomainCatalog(TriagePolicy policy, IReadOnlyCollection<string>? forget = null)
    {
        _trusted = [.. Shipped.Domains, .. policy.TrustedDomains.Select(Clean)];
        if (forget is { Count: > 0 }) _trusted = [.. _trusted.Where(entry => !forget.Any(domain => Covers(entry, Clean(domain))))];
        // Names distinctive enough that a copy is an impersonation: "lapdonline", "chicagopolice", "poliziadistato".
        _trustedOrganisations = new HashSet<string>(
            // The bare national words (police.be, politie.nl) are no one agency's name: they count as authority words.
            _trusted.Select(t => t.Split('.')[0]).Where(n => n.Length >= 6 && DistinctiveAgencyName.Any(w => n.Contains(w, StringComparison.Ordinal)) && !GenericAuthorityTokens.Contains(n)),
            StringComparer.OrdinalIgnoreCase);
        // Every listed organisation's own name (guardiacivil for guardiacivil.org): the list knows where that body mails from.
        // Only mail domains on the open top levels count (guardiacivil.org); a force's website under its country's
        // code (guardiacivil.es) does not say where its staff mail from.
        _trustedNames = new HashSet<string>(
            _trusted.Select(Organisation).Where(o => o.Split('.') is [_, "org" or "net" or "com" or "us"]).Select(o => o.Split('.')[0]),
            StringComparer.OrdinalIgnoreCase);
        // Every listed organisation under its registered name, whatever its top level (torontopolice for
        // torontopolice.on.ca): the same name under a top level the list does not give it is a look-alike.
        // The first label of the listed domain, not its organisation: a province's or state's second level (on.ca)
        // would otherwise stand for the name.
        _listedOrganisations = new HashSet<string>(_trusted.Select(Organisation), StringComparer.OrdinalIgnoreCase);
        _listedOrganisationNames = new HashSet<string>(
            // Only a force's name with its place in it (torontopolice): a bare word for prosecution or police
            // (prokuratura) is many countries' name, not one agency's.
            _trusted.Select(t => t.Split('.')[0]).Where(n => n.Length >= 6 && !GenericAuthorityTokens.Contains(n) &&
                                                             DistinctiveAgencyName.Any(w => n.Contains(w, StringComparison.Ordinal) && n.Length >= w.Length + 4)),
            StringComparer.OrdinalIgnoreCase);
        // A name listed under several countries' codes (domstol.dk, domstol.no) is a common noun there, no one body's.
        _listedShortNames = new HashSet<string>(
            _trusted.GroupBy(t => t.Split('.')[0], StringComparer.OrdinalIgnoreCase)
                .Where(g => g.Key.Length >= 3 && g.Key.All(char.IsAsciiLetter) && !GenericAuthorityTokens.Contains(g.Key) &&
                            g.Select(CountryOf).Where(c => c is not null).Distinct().Count() <= 1)
                .Select(g => g.Key),
            StringComparer.OrdinalIgnoreCase);
        _own = [.. policy.OwnDomains.Select(Clean)];
        _trustedSet = new HashSet<string>(_trusted, StringComparer.OrdinalIgnoreCase);
        _ownSet = new HashSet<string>(_own, StringComparer.OrdinalIgnoreCase);
        _freeMail = new HashSet<string>(ShippedFreeMail.Domains, StringComparer.OrdinalIgnoreCase);
        _freeMailBrands = new HashSet<string>(ShippedFreeMail.Brands, StringComparer.OrdinalIgnoreCase);
        _freeMail.UnionWith(policy.FreeMailDomains.Select(Clean));
    }

    /// <summary>How many listed entries (shipped or configured) cover the domain: the domain itself or a parent.</summary>
    public static int ListedEntriesFor(TriagePolicy policy, string domain) =>
        Shipped.Domains.Concat(policy.TrustedDomains.Select(Clean)).Count(entry => Covers(entry, Clean(domain)));

    private static bool Covers(string entry, string domain) =>
        domain == entry || domain.EndsWith("." + entry, StringComparison.Ordinal);

    public static string? DomainOf(string? address)
    {
        if (string.IsNullOrEmpty(address)) return null;
        var at = address.LastIndexOf('@');
        return at < 0 ? null : address[(at + 1)..].Trim().TrimEnd('.', '>').ToLowerInvariant();
    }

    public bool IsOwn(string? domain) => domain is not null && SelfOrParentIn(domain, _ownSet);

    /// <summary>A mailbox anyone can open: a listed domain (or its subdomain), or a listed brand under any top level
    /// (yahoo.fr, hotmail.co.uk, gmx.at), never a government domain.</summary>
    public bool IsFreeMail(string? domain)
    {
        if (domain is null) return false;
        if (_freeMail.Contains(domain) || _freeMail.Contains(Organisation(domain))) return true;
        var organisation = Organisation(domain);
        var brand = organisation[..Math.Max(0, organisation.IndexOf('.'))];
        return brand.Length > 0 && _freeMailBrands.Contains(brand) && !IsGovernment(domain);
    }

    public bool IsGovernment(string? domain) => IsGovernmentByName(domain) || domain is not null && SelfOrParentIn(domain, _trustedSet);

    /// <summary>A government domain by its suffix or shape (.gov, .gouv.fr, state.xx.us), not only by being listed: a
    /// listed city's .net is the city's, yet anyone may hold a mailbox there.</summary>
    public bool IsGovernmentByName(string? domain) =>
        domain is not null &&
        (SelfOrParentIn(domain, SuffixSet)
         || IsGovernmentSecondLevel(domain)
         || IsUsLocality(domain)
         || IsGermanStateAuthority(domain));

    /// <summary>A domain dressed up as an agency's: a label carries an agency's name (fbi-gov.com, lapd-us.org,
    /// chicagopolice-org.com) or, for a sender claiming authority, an authority word (gov-portal.com), yet it is not
    /// a government or listed domain. Returns the word that gives it away, or null.</summary>
    public string? LookAlikeToken(string? domain, bool claimsAuthority)
    {
        if (domain is null || IsGovernment(domain) || IsFreeMail(domain) || IsOwn(domain)) return null;
        var name = domain[..Math.Max(0, domain.LastIndexOf('.'))];
        // A word for police or a court in a label below a registered name (sheriff.<county>.org, police.<country>.eu)
        // names a department of that name's owner, as government mailboxes do: only the registered name itself can
        // be dressed up. An agency's own name (fbi.<anything>) gives a look-alike away wherever it stands.
        var organisation = Organisation(domain).Split('.');
        var below = organisation[0].Length > 3 ? domain.Split('.').Length - organisation.Length : 0;
        var labelIndex = 0;
        bool generic = true;
        bool Counts(string token) => AgencyTokens.Contains(token) || _trustedOrganisations.Contains(token) || (generic && claimsAuthority && GenericAuthorityTokens.Contains(token));
        foreach (var label in name.Split('.'))
        {
          generic = labelIndex++ >= below;
          foreach (var part in label.Split('-', '_'))
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
        }
        return null;
    }

    /// <summary>The domain's registered name is one the list knows under another open top level (guardiacivil.net
    /// when the list holds guardiacivil.org): the list knows where that body mails from, and it is not here.</summary>
    public bool NameListedElsewhere(string domain) =>
        _trustedNames.Contains(Organisation(domain).Split('.')[0]) && !SelfOrParentIn(domain, _trustedSet);

    /// <summary>A word for police, a court or government in general (police, sheriff, justice): no one body's name.</summary>
    public static bool IsGenericAuthorityWord(string word) => GenericAuthorityTokens.Contains(word);

    /// <summary>Agencies that mail only from government suffixes (.gov, .gc.ca, .gov.uk, .int, europa.eu): their bare
    /// name on any other domain is a look-alike, however plainly the letter names them.</summary>
    public static bool MailsOnlyFromGovernment(string token) => GovernmentOnlyAgencyTokens.Contains(token);

    /// <summary>The domain's registered name is exactly an agency's name or acronym (lvmpd.com, carabinieri.it), as
    /// opposed to one dressed up around it (lvmpd-us.com).</summary>
    public static bool IsBareName(string domain, string token)
    {
        var labels = Organisation(domain).Split('.');
        return labels.Length >= 2 && labels[0] == token;
    }

    // Departments of a city, state or national government that have no police, prosecution or court in them, by
    // the label they put before the government's own domain (saude.<city>.pr.gov.br, health.<state>.gov).
    private static readonly Dictionary<string, string> CivilDepartments = new(StringComparer.OrdinalIgnoreCase)
    {
        ["health"] = "health", ["saude"] = "health", ["salud"] = "health", ["sante"] = "health", ["gesundheit"] = "health",
        ["sanita"] = "health", ["gezondheid"] = "health", ["hospital"] = "health",
        ["education"] = "education", ["educacao"] = "education", ["educacion"] = "education", ["schools"] = "education",
        ["escola"] = "education", ["escuela"] = "education", ["istruzione"] = "education", ["bildung"] = "education",
        ["library"] = "library", ["biblioteca"] = "library", ["parks"] = "parks", ["tourism"] = "tourism",
        ["turismo"] = "tourism", ["cultura"] = "culture", ["culture"] = "culture", ["kultur"] = "culture",
    };

    /// <summary>The civil department a government domain's subdomain names ("health" for saude.city.pr.gov.br), or
    /// null. Only the labels before the registrable part are read: the government's own name is not a department.</summary>
    public static string? CivilDepartment(string domain)
    {
        var labels = domain.Split('.');
        var kept = Organisation(domain).Split('.').Length;
        for (var i = 0; i < labels.Length - kept; i++)
            if (CivilDepartments.TryGetValue(labels[i], out var department)) return department;
        return null;
    }

    /// <summary>The domain is the bare word for police, a court or justice under a country's code (politie.nl,
    /// policia.es): a name a look-alike would dress up ("politie-nl.com"), held by that country's own body. Not under
    /// .us or .uk, whose public bodies mail from .gov, .police.uk and .gov.uk. Returns the word, or null.</summary>
    /// <summary>Issue 11 round 11: the domain is a bare national word for police or justice under a country's code
    /// (politie.co) that the list knows only under other codes (politie.nl, politie.be), and not itself.</summary>
    public bool BareAuthorityWordListedOnlyElsewhere(string domain)
    {
        if (BareAuthorityWordUnderCountryCode(domain) is not { } word || SelfOrParentIn(domain, _trustedSet)) return false;
        var prefix = word + ".";
        return _trusted.Any(t => t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }

    public static string? BareAuthorityWordUnderCountryCode(string domain)
    {
        var organisation = Organisation(domain).Split('.');
        if (organisation.Length != 2 || organisation[1].Length != 2 || organisation[1] is "us" or "uk") return null;
        return GenericAuthorityTokens.Contains(organisation[0]) && CountryOf(domain) is not null ? organisation[0] : null;
    }

    /// <summary>Under a country code, a government-only second level, directly or below a state or province code:
    /// police.gov.hk, egm.gov.tr, saps.gov.za, police.vic.gov.au, gov.bc.ca. Not gov.co.uk (an open level).</summary>
    private static bool IsGovernmentSecondLevel(string domain)
    {
        var labels = domain.Split('.');
        if (labels.Length < 3 || labels[^1].Length != 2) return false;
        for (var i = labels.Length - 2; i >= 1 && i >= labels.Length - 3; i--)
        {
            if (!GovernmentSecondLevels.Contains(labels[i])) continue;
            // Between it and the country code only a short state or province code may stand (gov.bc.ca).
            var between = labels[(i + 1)..^1];
            if (between.All(l => l.Length <= 3 && !OpenSecondLevels.Contains(l))) return true;
        }
        return false;
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
        // Any other country suffix names its state, except those sold world-wide as brands (.io, .tv, .me, …).
        return CountryByTopLevel.GetValueOrDefault(tld) ??
               (tld.Length == 2 && !BrandSuffixes.Contains(tld) ? Extraction.CountryNames.FromRegionCode(tld) : null);
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

    /// <summary>The domain or one of its parent domains is in the set: "mail.fbi.gov" finds "fbi.gov" and "gov".</summary>
    private static bool SelfOrParentIn(string domain, HashSet<string> set)
    {
        if (set.Count == 0) return false;
        var lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        var name = domain.AsSpan();
        while (true)
        {
            if (lookup.Contains(name)) return true;
            var dot = name.IndexOf('.');
            if (dot < 0) return false;
            name = name[(dot + 1)..];
        }
    }

    private static string Clean(string domain) => domain.Trim().TrimStart('@', '.').ToLowerInvariant();
}
