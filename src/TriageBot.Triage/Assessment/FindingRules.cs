using TriageBot.Triage.Model;

namespace TriageBot.Triage.Assessment;

/// <summary>What the engine found, as input to the legal rules.</summary>
internal sealed record AssessmentFacts(
    LegalProcessType Type,
    TriageFlags Flags,
    RequestFields Fields,
    SenderConcern? SenderConcern,
    bool ProcessFromUsCourt,
    bool CloudActAgreement,
    DateOnly ReceivedOn,
    DateOnly Today,
    string? ContentEvidence,
    string? NonDisclosureEvidence,
    bool Truncated)
{
    /// <summary>Summed weight of the content cues: a single passing phrase is less sure than a list of contents.</summary>
    public double ContentScore { get; init; } = 10;

    /// <summary>Only the learned content reader read contents (Learning/ContentReader): a reading to confirm, so no
    /// finding about contents blocks on it alone; its findings quote the words that pushed it.</summary>
    public bool ContentLearned { get; init; }

    /// <summary>The response deadline counts from a service or receipt the text does not date (an estimate).</summary>
    public bool DeadlineEstimated { get; init; }

    /// <summary>The gag comes with the process by statute (3123(d), 2511(2)(a)(ii), 2709(c)).</summary>
    public bool StatutoryGag { get; init; }
    /// <summary>A U.S. government entity asks: only then does 18 U.S.C. 2703(f) apply.</summary>
    public bool GovernmentRequester { get; init; } = true;
    /// <summary>The requester speaks with a government's authority (of any country), not as a private party.</summary>
    public bool ClaimsAuthority { get; init; } = true;
    public string? EuProductionOrder { get; init; }
    public string? EuPreservationOrder { get; init; }
    /// <summary>What places the requester abroad (its domain, address, language, the jurisdiction it names).</summary>
    public string? ForeignRequesterEvidence { get; init; }
    public string? PreservationExtension { get; init; }
    /// <summary>Round 19: the words showing a foreign preservation request came through the Budapest Convention's
    /// channel (Article 29, a 24/7 point of contact); the hold it asks for is kept like a 2703(f) one.</summary>
    public string? TreatyPreservation { get; init; }
    /// <summary>Round 19: a foreign request or EU order that extends an earlier hold: a hold is running whose new end
    /// must be diarised.</summary>
    public string? ForeignPreservationExtension { get; init; }
    /// <summary>Round 28: a foreign request that only asks to keep data, disclosing nothing.</summary>
    public bool ForeignPreservationOnly { get; init; }
    /// <summary>An unlisted, non-government sender domain that names the agency the text names.</summary>
    public string? UnlistedSenderDomain { get; init; }
    /// <summary>Words beside the gag that state its end, when the period itself was not read ("se aplaza durante dos
    /// meses", "na 1 juni 2027"): the order has an end, so none is missing.</summary>
    public string? GagStatedEnd { get; init; }
    /// <summary>The facts an emergency disclosure rests on, read from the text where the fields missed them.</summary>
    public EmergencyBasis? EmergencyBasis { get; init; }
}

/// <summary>
/// The legal problems a reviewer must see first, worded as a lawyer would accept them. Each rule is small and
/// independent; the order of the list is the order of severity in which they are shown.
/// </summary>
internal static class FindingRules
{
    // A gag's duration that names no end, in the seven languages read.
    private static readonly System.Text.RegularExpressions.Regex OpenEnded = TriageBot.Triage.Extraction.Patterns.Build(
        @"\A\W*(till\s+(further|otherwise)\s+(order|ordered|notice)|" + Detection.OperativeReading.UntilFurtherDecisionWords + @")|\A\W*indefinite(ly)?");

    public static List<Finding> Evaluate(AssessmentFacts facts, TriagePolicy policy)
    {
        var findings = new List<Finding>();
        var (type, flags, fields) = (facts.Type, facts.Flags, facts.Fields);

        // A subpoena a private party issues (its attorney of record, a litigant) is civil process whatever its title.
        var privateSubpoena = type == LegalProcessType.Subpoena && !facts.ClaimsAuthority;
        if (flags.ContentRequested && type is LegalProcessType.Subpoena or LegalProcessType.CourtOrder && !privateSubpoena)
        {
            var process = type == LegalProcessType.Subpoena ? "a subpoena" : "a 2703(d) order";
            // Sure only when the content cues are strong; a single phrase gets a warning with its words quoted.
            findings.Add(new("CONTENT_REQUIRES_WARRANT", facts.ContentScore >= 3 && !facts.ContentLearned ? Severity.Blocker : Severity.Warning,
                $"Contents of communications are requested under {process}. Under 18 U.S.C. 2703(a)-(b) a U.S. government entity needs a search warrant for contents; produce only the non-content records the process can compel, or ask the agency for a warrant.",
                facts.ContentEvidence));
        }

        // A 2703(f) letter only keeps data; one that also asks for messages now asks for contents with no process.
        // Round 13: from a sender whose authority is in doubt the question is who is asking (UNVERIFIED_SENDER), not
        // which process a genuine agency should serve.
        if (flags.ContentRequested && type == LegalProcessType.Preservation && facts.SenderConcern is null)
        {
            findings.Add(new("CONTENT_REQUIRES_WARRANT", Severity.Warning,
                "This preservation letter also asks for contents now. A letter under 18 U.S.C. 2703(f) compels only preservation; a U.S. government entity needs a search warrant for contents (2703(a)-(b)). Preserve the data and ask the agency for a warrant, or for an emergency request if a life is at risk.",
                facts.ContentEvidence));
        }

        // Issue 11 round 12: an emergency request that asks for contents but states no danger of death or serious physical
        // injury (a property crime pressed as urgent) has no 2702(b)(8) basis for them: contents need a warrant.
        if (flags.ContentRequested && type == LegalProcessType.Emergency && facts.EmergencyBasis is { DangerStated: false, Withheld: null })
        {
            findings.Add(new("CONTENT_REQUIRES_WARRANT", Severity.Warning,
                "Contents are asked for as an emergency, but the request states no danger of death or serious physical injury. Without one, voluntary disclosure under 18 U.S.C. 2702(b)(8) does not reach them, and a U.S. government entity needs a search warrant for contents (2703(a)-(b)); disclose no contents unless the agency states the danger or serves a warrant.",
                facts.ContentEvidence));
        }

        if (flags.ContentRequested && (type == LegalProcessType.Civil || privateSubpoena))
        {
            findings.Add(new("CIVIL_CONTENT_BARRED", facts.ContentLearned ? Severity.Warning : Severity.Blocker,
                "A civil litigant asks for contents. The Stored Communications Act (18 U.S.C. 2702(a)) bars disclosing contents to a non-government requester, and a civil subpoena cannot override it; object to the content portion.",
                facts.ContentEvidence));
        }

        if (facts.EuProductionOrder is { } epoc && (type == LegalProcessType.International || (type == LegalProcessType.Emergency && flags.NonUs)))
        {
            var days = flags.Emergency ? "within 8 hours (emergency)" : $"within 10 days, by {facts.ReceivedOn.AddDays(10):yyyy-MM-dd}";
            findings.Add(new("EU_PRODUCTION_ORDER", Severity.Warning,
                $"A European Production Order Certificate under Regulation (EU) 2023/1543 is binding on a provider offering services in the EU: produce {days} unless a ground for refusal applies (notify the issuing authority with Annex III); check the enforcing-state notification for content and traffic data. No MLAT is needed.",
                epoc));
        }

        if (facts.EuPreservationOrder is { } epocPr && type == LegalProcessType.International)
        {
            findings.Add(new("EU_PRESERVATION_ORDER", Severity.Info,
                "A European Preservation Order Certificate under Regulation (EU) 2023/1543 binds a provider offering services in the EU: preserve the data without undue delay for 60 days (longer if the issuing authority confirms a production request is coming); nothing is disclosed under it. No MLAT and no 2703(f) letter is needed.",
                epocPr));
        }

        // Only an authority sends foreign process; a user or a company abroad writing as itself does not. A request to
        // preserve through the Budapest 24/7 channel is the treaty's own route, with its MLA request to follow.
        // A danger to life abroad goes the voluntary emergency route (2702(b)(8)), not through an MLAT.
        // Round 28: a sender whose address disproves the authority it claims gets the advice too, as a warning beside
        // UNVERIFIED_SENDER: were the claim true, the paper would still need an MLAT (six blind labellers since round 25
        // asked for it; round 17 had left it out). Not to an impostor's request to preserve: it asks nothing disclosed.
        if (type == LegalProcessType.International && facts.ClaimsAuthority && !flags.Emergency && facts.TreatyPreservation is null &&
            !(facts.SenderConcern is { Strong: true } && facts.ForeignPreservationOnly) && !facts.ProcessFromUsCourt && !facts.CloudActAgreement && facts.EuProductionOrder is null && facts.EuPreservationOrder is null)
        {
            // A blocker only when a verified authority asks for contents; a requester whose address does not prove its
            // authority (it may be a private party abroad) gets the advice as a warning.
            findings.Add(new("FOREIGN_DIRECT_PROCESS", flags.ContentRequested && !facts.ContentLearned && facts.SenderConcern is null ? Severity.Blocker : Severity.Warning,
                "A foreign authority has sent its request directly. Compulsory disclosure generally requires a Mutual Legal Assistance Treaty request or letters rogatory served through a U.S. court, or an order under a CLOUD Act executive agreement; voluntary disclosure of non-content records may be considered case by case, contents may not be disclosed.",
                facts.ForeignRequesterEvidence));
        }

        if (facts.CloudActAgreement)
        {
            findings.Add(new("CLOUD_ACT_AGREEMENT", Severity.Info,
                "The order invokes a CLOUD Act executive agreement (e.g. a UK Overseas Production Order). Check that it comes from a designated authority, targets no U.S. person, and meets the agreement's conditions before producing data."));
        }

        if (facts.SenderConcern is { } concern)
        {
            // A blocker only when the address itself disproves the claim; a merely unknown domain is a warning.
            findings.Add(new("UNVERIFIED_SENDER", flags.Emergency && concern.Strong ? Severity.Blocker : Severity.Warning,
                $"The request is {concern.Reason}. Verify it by calling the agency on its published number (not a number given in the request) before disclosing anything.",
                concern.Evidence));
        }

        else if (facts.UnlistedSenderDomain is { } unlisted)
        {
            findings.Add(new("SENDER_DOMAIN_UNLISTED", flags.Emergency ? Severity.Warning : Severity.Info,
                $"The sender's domain {unlisted} is neither a government domain nor on the law-enforcement list. Many city and county departments mail from such domains, but anyone can register one: confirm it on the agency's published contact page or by phone, and add it to Triage:TrustedDomains once confirmed.",
                unlisted));
        }

        if (type == LegalProcessType.Emergency)
        {
            // Missing only when neither the fields nor the text state it. A concrete situation (a hostage taking, a
            // missing child, an overdose on stream) is its own basis: who is at risk and why the data helps follow
            // from it. Only a bare claim ("this is an emergency, send subscriber info") is told what it leaves out.
            var basis = facts.EmergencyBasis ?? new EmergencyBasis(null, null, null);
            var missing = basis.Missing(
                RequestFieldNames.IsPresent(fields, "personAtRisk"),
                RequestFieldNames.IsPresent(fields, "emergencyNature"),
                RequestFieldNames.IsPresent(fields, "necessity"),
                senderUnproven: facts.SenderConcern is not null);
            if (missing.Count > 0)
            {
                var said = basis.Nature is { } n ? $"it names only \"{n}\"" : basis.Claim is { } c ? $"it says only \"{c}\"" : "it states no facts";
                findings.Add(new("EMERGENCY_BASIS_INCOMPLETE", Severity.Warning,
                    $"Voluntary emergency disclosure under 18 U.S.C. 2702(b)(8) and (c)(4) needs a good-faith belief in a danger of death or serious physical injury; {said} and does not state {string.Join(", ", missing)}. Ask before disclosing, and disclose only what is needed to prevent the harm.",
                    basis.Nature ?? basis.Claim));
            }
        }

        // 2703(f) binds a provider only at a U.S. governmental entity's request; others get no hold advice.
        if (type == LegalProcessType.Preservation && facts.GovernmentRequester)
        {
            var until = PreservationHold.EndsOn(facts.ReceivedOn, facts.Today, policy.PreservationDays, flags.Ncmec);
            var length = flags.Ncmec
                ? "for one year (material reported to NCMEC, 18 U.S.C. 2258A(h))"
                : $"for {policy.PreservationDays} days";
            var extension = facts.PreservationExtension is { } ext
                ? $" This asks to extend an earlier hold (\"{ext}\"): count the extensions on the case; 2703(f)(2) allows one further {policy.PreservationDays} days."
                : $" The agency may extend once for another {policy.PreservationDays} days.";
            findings.Add(new("PRESERVATION_EXPIRY", Severity.Info,
                $"Preserve the records under 18 U.S.C. 2703(f) {length}, until {until:yyyy-MM-dd}.{extension} Nothing is disclosed without further legal process.",
                facts.PreservationExtension));
        }
        else if (type == LegalProcessType.International && facts.TreatyPreservation is { } channel)
        {
            var until = PreservationHold.EndsOn(facts.ReceivedOn, facts.Today, policy.PreservationDays, flags.Ncmec);
            findings.Add(new("PRESERVATION_EXPIRY", Severity.Info,
                $"A foreign authority asks for expedited preservation through the Budapest Convention's channel (art. 29, 24/7 network). Keep the records for the period it asks, or {policy.PreservationDays} days, until {until:yyyy-MM-dd}; the mutual legal assistance request for disclosure must follow within it. Nothing is disclosed on this request.",
                channel));
        }

        // Round 19: a foreign hold extended (a direct request or an EU preservation order): the hold already runs here.
        if (type == LegalProcessType.International && facts.TreatyPreservation is null && facts.ForeignPreservationExtension is { } foreignExtension)
        {
            findings.Add(new("PRESERVATION_EXPIRY", Severity.Info,
                "This extends a hold kept for a foreign authority. Diarise the new end date the request states (an EU preservation order runs 60 days and may be extended once by 30; a direct request runs as long as the provider agreed), count the extensions on the case, and disclose nothing without the process that must follow.",
                foreignExtension));
        }

        if (flags.Ncmec)
        {
            findings.Add(new("NCMEC_MATTER", Severity.Info,
                "Child-safety matter: route to the child-safety reviewers. Material linked to the provider's own CyberTipline report must be preserved for one year (18 U.S.C. 2258A(h), as amended by the REPORT Act)."));
        }

        if (flags.NonDisclosureOrder)
        {
            // "Until further order" is a gag without an end: the court must act to lift it.
            var openEnded = fields.NonDisclosurePeriod is { } p && fields.NonDisclosureUntil is null && OpenEnded.IsMatch(p);
            if (facts.StatutoryGag && (fields.NonDisclosurePeriod is null || openEnded))
            {
                findings.Add(new("NON_DISCLOSURE_ORDER", Severity.Info,
                    "The statute under which this process issues forbids telling the user (18 U.S.C. 3123(d), 2511(2)(a)(ii) or 2709(c)): do not notify while the court's order or the statute keeps it in force, and diarise a review.",
                    facts.NonDisclosureEvidence));
            }
            else if (openEnded)
            {
                findings.Add(new("NON_DISCLOSURE_ORDER", Severity.Info,
                    $"A non-disclosure order accompanies the request: do not notify the user while it is in force ({fields.NonDisclosurePeriod}).",
                    facts.NonDisclosureEvidence));
                findings.Add(new("NON_DISCLOSURE_NO_END", Severity.Warning,
                    $"A non-disclosure order accompanies the request and runs \"{fields.NonDisclosurePeriod}\", with no end date: user notice is withheld until the court acts, and counsel should consider asking the court to set a duration (18 U.S.C. 2705(b) orders are for a period the court deems appropriate).",
                    facts.NonDisclosureEvidence));
            }
            else if (fields.NonDisclosurePeriod is { } period)
            {
                findings.Add(new("NON_DISCLOSURE_ORDER", Severity.Info,
                    $"A non-disclosure order accompanies the request: do not notify the user while it is in force ({period}{(fields.NonDisclosureUntil is { } until && !period.StartsWith("until", StringComparison.Ordinal) ? $", until {until:yyyy-MM-dd}" : "")}).",
                    facts.NonDisclosureEvidence));
            }
            else if (facts.GagStatedEnd is { } statedEnd)
            {
                findings.Add(new("NON_DISCLOSURE_ORDER", Severity.Info,
                    $"A non-disclosure order accompanies the request: do not notify the user while it is in force; it states its end as \"{statedEnd}\" (diarise it).",
                    facts.NonDisclosureEvidence));
            }
            else
            {
                // A gag with no stated end binds no less than one with an end: the team must not notify (info), and
                // the missing end is a matter for counsel (warning), as for "until further order" above.
                findings.Add(new("NON_DISCLOSURE_ORDER", Severity.Info,
                    "A non-disclosure order accompanies the request: do not notify the user while it is in force (it states no end).",
                    facts.NonDisclosureEvidence));
                findings.Add(new("NON_DISCLOSURE_NO_END", Severity.Warning,
                    "A non-disclosure order accompanies the request but states no end date: user notice is withheld, and counsel should consider asking the court to set a duration (18 U.S.C. 2705(b) orders are for a period the court deems appropriate).",
                    facts.NonDisclosureEvidence));
            }
        }

        if (type == LegalProcessType.NationalSecurity)
        {
            findings.Add(new("NATIONAL_SECURITY_PROCESS", Severity.Warning,
                "National security process: route to the restricted national-security group only; it carries a statutory non-disclosure requirement, and only the records the statute allows may be produced."));
        }

        if (type is LegalProcessType.Wiretap or LegalProcessType.PenRegister)
        {
            findings.Add(new("REAL_TIME_COLLECTION", Severity.Warning,
                "The order requires real-time collection; route to counsel and engineering to assess technical feasibility and the scope the order allows."));
        }

        // Round 27: not when the deadline counts from a service the text does not date: the day it came in is only
        // the earliest the count can start, so the limit may well still be running.
        if (fields.ResponseDeadline is { } deadline && deadline < facts.Today && !facts.DeadlineEstimated)
        {
            findings.Add(new("DEADLINE_PASSED", Severity.Warning,
                $"The stated response deadline ({deadline:yyyy-MM-dd}) has passed; contact the requester about timing."));
        }

        if (facts.Truncated)
        {
            findings.Add(new("TEXT_TRUNCATED", Severity.Warning,
                $"The request is longer than {policy.MaxTextChars:N0} characters; only the beginning was read. Review the rest by hand."));
        }

        return findings;
    }
}
