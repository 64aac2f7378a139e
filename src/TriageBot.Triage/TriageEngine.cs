using System.Text.RegularExpressions;
using TriageBot.Triage.Assessment;
using TriageBot.Triage.Detection;
using TriageBot.Triage.Diagnostics;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Learning;
using TriageBot.Triage.Model;
using TriageBot.Triage.Text;

namespace TriageBot.Triage;

/// <summary>
/// Reads one request and says what it is, what is missing and how urgent it is, showing the text behind every
/// conclusion. Pure and thread-safe: no I/O, no shared mutable state; one instance serves the whole process.
/// </summary>
public sealed class TriageEngine
{
    // Thresholds on summed cue weights: one naming cue (title, statute) is enough, passing mentions are not.
    private const double TypeThreshold = 2.0;
    private const double EmergencyThreshold = 2.5;
    private const double NcmecThreshold = 3.0;
    private const double ContentThreshold = 2.0;
    private const double NonDisclosureThreshold = 2.0;

    // Round 24: the content ask of an earlier mail dropped, in the writer's own words.
    private static readonly Regex ContentAskDropped = Patterns.Build(
        @"\b(withdrew|withdrawn|removed|dropped|took\s+out|struck|deleted)\s+(that|this|the)\s+(part|portion|item|items|request\s+for\s+(the\s+)?(message\s+)?contents?|content\s+(part|request|items?))\b" +
        @"|\b(cannot|can't|can\s+not)\s+(get|obtain|compel)\s+(the\s+)?(message\s+)?contents?\s+with\s+(a|this|our)\s+subpoena\b");

    private static readonly Regex UsCourtProcess = Patterns.Build(
        @"united\s+states\s+district\s+court|u\.s\.\s+district\s+court|office\s+of\s+international\s+affairs|letters?\s+rogatory|mutual\s+legal\s+assistance|\bMLAT\b|18\s*U\.?S\.?C\.?\s*(§+\s*)?3512");

    private static readonly Regex CloudActAgreement = Patterns.Build(
        @"overseas\s+production\s+order|international\s+production\s+order|designated\s+international\s+agreement|cloud\s+act\s+(executive\s+)?agreement|executive\s+agreement\s+under\s+the\s+cloud\s+act|data\s+access\s+agreement");

    private static readonly Regex LegalProcessInText = Patterns.Build(
        @"you\s+are\s+(hereby\s+)?commanded|it\s+is\s+(hereby\s+)?ordered|so\s+ordered|in\s+the\s+(united\s+states\s+)?(district|superior|circuit|county|municipal|magistrate)\s+court|united\s+states\s+district\s+court|(issued|signed)\s+(by|before)\s+(the\s+)?(honorable|judge|magistrate)|/s/\s*[A-Z]|judge\s+of\s+the|magistrate\s+judge|grand\s+jury\s+subpoena|search\s+and\s+seizure\s+warrant");

    // Issue 11 round 15: what a stand-down withdraws is an emergency ("stand down", "found safe"), not a case closed or a
    // hold released ("la conservation n'est plus nécessaire"): only then does a preservation asked beside it stand.
    private static readonly Regex EmergencyStandDown = Patterns.Build(
        @"stand\s+down|\b(found|located|safe|emergency|exigent|urgen\p{L}*|retrouv\p{L}*|localis\p{L}*|aangetroffen|teruggevonden|gefunden|aufgefunden|encontrad\p{L}*|localizad\p{L}*|ritrovat\p{L}*)\b");

    private static readonly HashSet<string> CompulsoryProcess = ["search_warrant", "subpoena", "court_order"];

    // The withdrawal names the writer's earlier mail, or says it is superseded: "the request in my earlier e-mail",
    // "the original request ... is superseded", "in my December 2 e-mail below".
    private static readonly Regex EarlierMail = Patterns.Build(
        @"\b(earlier|previous|prior|original|last|first)\s+(e-?mail|message|request|letter|mail|note)\b|\bsuperseded\b|\bquoted\s+below\b|\b(e-?mail|message|letter|mail|note)\s+below\b");

    private static bool WithdrawsEarlierMail(NormalizedText text, Match withdrawal)
    {
        // The withdrawal was read from the top of the text, so its index is the text's.
        var (start, end) = text.SentenceAround(withdrawal.Index, withdrawal.Length, 200);
        return EarlierMail.IsMatch(text.Value.AsSpan(start, end - start));
    }

    /// <summary>Whether the writer serves compulsory process (a warrant, an order, a subpoena) after <paramref name="from"/>.</summary>
    private static bool ServesProcessAfter(List<CueHit> typeHits, int from, Func<int, bool> operative) =>
        FirstProcessAfter(typeHits, from, operative) is not null;

    /// <summary>The sentence of the process named at <paramref name="offset"/> says it is attached or enclosed.</summary>
    private static bool AttachedHere(NormalizedText text, int offset)
    {
        var (start, end) = text.SentenceAround(offset, 1, 200);
        return AttachmentMention.IsMatch(text.Value.AsSpan(start, end - start));
    }

    /// <summary>Where the writer first serves compulsory process after <paramref name="from"/>, or null.</summary>
    private static int? FirstProcessAfter(List<CueHit> typeHits, int from, Func<int, bool> operative) =>
        typeHits.Where(h => h.Weight >= 1 && CompulsoryProcess.Contains(h.Cue.Target) && h.Offset > from && operative(h.Offset))
            .Select(h => (int?)h.Offset).Min();

    private static readonly Regex AttachmentMention = Patterns.Build(
        @"(attached|enclosed|attaching|enclosing|herewith)[^.\n]{0,60}\b(subpoena|warrant|order|letter|legal\s+process|request|affidavit|pdf)|(subpoena|warrant|order|letter|legal\s+process)[^.\n]{0,30}\b(is|are)\s+(attached|enclosed)|^[ \t]*(attachments?|enclosures?|anlagen?|pi[eè]ces?\s+jointes?|adjuntos?)\s*:\s*[^\n]{3,}|---\s*attachment:");

    private readonly TriagePolicy _policy;
    private readonly TimeProvider _time;
    private readonly DomainCatalog _domains;
    private readonly ContactExtractor _contacts;
    private readonly AccountExtractor _accounts;
    private readonly ReferenceExtractor _references = new();
    private readonly TypeModel? _typeModel;
    private readonly TypeModel? _emergencyModel;
    private readonly TypeModel? _contentModel;

    public TriageEngine(TriagePolicy policy, TimeProvider? time = null) : this(policy, time, TypeModel.Shipped, EmergencyReader.Reader.Shipped, ContentReader.Reader.Shipped) { }

    /// <summary>An engine that consults this process-type model (null: the cues alone, without the learned emergency
    /// reader either), e.g. one trained without the set it is measured on.</summary>
    public static TriageEngine WithTypeModel(TriagePolicy policy, TimeProvider? time, TypeModel? typeModel) =>
        new(policy, time, typeModel, typeModel is null ? null : EmergencyReader.Reader.Shipped, typeModel is null ? null : ContentReader.Reader.Shipped);

    /// <summary>An engine with these learned readers (any null: none), e.g. trained without the set they are
    /// measured on.</summary>
    public static TriageEngine WithModels(TriagePolicy policy, TimeProvider? time, TypeModel? typeModel, TypeModel? emergencyModel, TypeModel? contentModel = null) =>
        new(policy, time, typeModel, emergencyModel, contentModel);

    /// <summary>The same engine with a law-enforcement list that does not know these domains (no listed entry for
    /// them or a parent of theirs), or null when the list knows none of them. For measurement: how the sender check
    /// does on a genuine agency the list has never seen, which is what every blind set brings (eval --unlisted-senders).</summary>
    public TriageEngine? ForgettingListedDomains(IReadOnlyCollection<string> domains) =>
        domains.Any(d => DomainCatalog.ListedEntriesFor(_policy, d) > 0) ? new(_policy, _time, _typeModel, _emergencyModel, _contentModel, domains) : null;

    private TriageEngine(TriagePolicy policy, TimeProvider? time, TypeModel? typeModel, TypeModel? emergencyModel, TypeModel? contentModel, IReadOnlyCollection<string>? forget = null)
    {
        var problems = policy.Validate();
        if (problems.Count > 0) throw new ArgumentException("Invalid triage policy: " + string.Join(" ", problems), nameof(policy));
        _policy = policy;
        _time = time ?? TimeProvider.System;
        _domains = new DomainCatalog(policy, forget);
        _contacts = new ContactExtractor(policy);
        _accounts = new AccountExtractor(_domains);
        _typeModel = typeModel;
        _emergencyModel = emergencyModel;
        _contentModel = contentModel;
    }

    public TriagePolicy Policy => _policy;

    public TriageResult Triage(string text) => Triage(RequestDocument.FromText(text));

    public TriageResult Triage(RequestDocument document) => Triage(document, null);

    /// <summary>The same, charging each stage's time to <paramref name="clock"/> (the benchmark's --stages).</summary>
    internal TriageResult Triage(RequestDocument document, StageClock? clock)
    {
        ArgumentNullException.ThrowIfNull(document);
        var raw = document.Text ?? "";
        var truncated = raw.Length > _policy.MaxTextChars;
        var text = NormalizedText.From(truncated ? raw[.._policy.MaxTextChars] : raw);
        clock?.Lap("normalise");
        // Read first: the negation reader needs it (Portuguese "no" is "in the", not "no").
        var language = LanguageDetector.Detect(text.Value);
        var dayFirst = language != "en";
        clock?.Lap("language");
        var context = new CueContext(text, language);
        clock?.Lap("message parts");
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var evidence = new List<Evidence>();

        // Fields are read from the head and tail of a very long text; type and flags from all of it.
        var fieldText = text.FieldWindow();
        var fieldContext = ReferenceEquals(fieldText, text) ? context : new CueContext(fieldText, language);

        // Who sent it: the innermost message not from our own domain.
        var sender = FindSender(fieldText, document.Envelope, fieldContext.Parts);
        clock?.Lap("sender");

        // What it says: cues for type and flags, scanned once each.
        // Issue 11 class 3: emergencies named as a subject (research, figures, training) are no emergency, and the
        // kinds of process named beside them in that sentence are none either.
        // Round 16: "we ask for no data of other accounts" limits the request; it does not say nothing is asked.
        var typeHits = NonProcess.WithoutCarveOuts(text.Value, PreservationAsk.KeepsPreservationAsk(text, context.Parts, PreservationAsk.WithoutUnneeded(text, SubjectOnly.Reweigh(text,
            [.. ProcessTypeCues.Set.Scan(text, context), .. ProcessTypeCues.ScanRound16(text, context)]))));
        clock?.Lap("type cues");
        var emergencyHits = SubjectOnly.Reweigh(text, EmergencyVocabulary.WithoutUnitNames(text.Value, FlagCues.Emergency.Scan(text, context)));
        // Round 27: a danger named in the very sentence that says none is immediate ("a child may be at risk of ongoing
        // abuse (no immediate danger is known at this time)") is a concern, not a page.
        emergencyHits = [.. emergencyHits.Select(h => h.Weight > 0 && DeniedInItsSentence(text, h) ? h with { Weight = 0 } : h)];
        clock?.Lap("emergency cues");
        var ncmecHits = FlagCues.Ncmec.Scan(text, context);
        clock?.Lap("ncmec cues");
        var contentHits = ContentScope.Reweigh(text, FlagCues.Content.Scan(text, context));
        // Round 24: the writer's own words above a quoted earlier mail say its content ask was dropped ("we cannot get
        // message content with a subpoena, so I withdrew that part"): the contents it names below are history.
        if (context.Parts.HasQuoted && ContentAskDropped.IsMatch(text.Value.AsSpan(0, context.Parts.QuotedStart)))
            contentHits = [.. contentHits.Select(h => h.Offset >= context.Parts.QuotedStart && h.Weight > 0 ? h with { Weight = 0 } : h)];
        // Issue 11 classes 6 and 8: the paper's own statement that contents are not sought decides; a message word
        // elsewhere in it is read within that scope (read only when the cues would raise content).
        var contentScope = Score(contentHits) >= ContentThreshold ? ContentScopeStatement.Find(text, context.Parts) : null;
        var contentScoped = false;
        if (contentScope is not null)
        {
            var scoped = ContentScopeStatement.Demote(text, contentHits, contentScope);
            contentScoped = Score(scoped) < Score(contentHits);
            contentHits = scoped;
        }
        clock?.Lap("content cues");
        // Round 14: a scanned page's gag ("sha|| n0t disc|ose") is read from a copy with OCR's stand-ins read as letters.
        var gagText = OcrLetters.Repair(text.Value) is var repaired && !ReferenceEquals(repaired, text.Value) ? NormalizedText.From(repaired) : text;
        var gagContext = ReferenceEquals(gagText, text) ? context : new CueContext(gagText, language);
        var nonDisclosureHits = NonDisclosureScope.Reweigh(gagText, SubjectOnly.Reweigh(gagText, FlagCues.NonDisclosure.Scan(gagText, gagContext)));
        clock?.Lap("non-disclosure cues");

        // Where it comes from: address, phone, e-mail domain and language all vote.
        var regionHint = CountryNames.RegionCodeOf(DomainCatalog.CountryOf(DomainCatalog.DomainOf(sender.From))) ??
                         CountryNames.RegionCodeOf(LanguageDetector.CountryOf(language));
        var labels = new LabelledLines(fieldText);
        var contact = _contacts.Extract(fieldText, labels, sender.FromName, regionHint);
        clock?.Lap("contact");
        var (country, countryEvidence) = DecideCountry(contact, sender.From, language, fieldText.Value);
        clock?.Lap("country");
        dayFirst |= country is not null && country != CountryNames.UnitedStates;

        var parts = context.Parts;
        // The learned readers' features, read once if any reader is consulted.
        var features = new TypeFeatures.Lazy(text, parts);
        bool Operative(int offset) => !parts.IsContext(offset);
        var type = DecideType(typeHits, country, text.Value, Operative);
        // Issue 11 class 3: "urgent" presses a deadline; it makes an emergency only beside a life at risk.
        if (type == LegalProcessType.Emergency && Score(emergencyHits) < EmergencyThreshold &&
            typeHits.Where(h => h.Cue.Target == "emergency" && h.Weight > 0).All(IsUrgencyOnly))
            type = DecideType([.. typeHits.Where(h => !IsUrgencyOnly(h))], country, text.Value, Operative);
        clock?.Lap("type decision");

        // A FOIA request, a journalist's question: names kinds of process without being one.
        var mentionOnly = OperativeReading.MentionOnlyMatch(text.Value) is { } mention0 && Operative(mention0.Index) ? mention0 : null;
        // Issue 11 round 19: an invitation, a bulletin, a questionnaire asks the provider for nothing whatever it names.
        var noAsk = NoAskDocument.Match(text.Value) is { } noAsk0 && Operative(noAsk0.Index) ? noAsk0 : null;
        mentionOnly ??= noAsk;
        var withdrawal = parts.WithdrawalMatch;
        // Issue 11 round 15: withdrawing the earlier wish not to notify the user ("has withdrawn that request and the Court
        // vacated the related non-disclosure order") withdraws no process: the subpoena it comes with still stands.
        if (withdrawal is not null && OperativeReading.WithdrawsOnlyGag(text, withdrawal)) withdrawal = null;
        // Round 22: "Please disregard the message/attachment request in my earlier e-mail" beside "the attached 2703(d)
        // order": what is withdrawn is the earlier mail's ask (quoted below, context already); the process the writer
        // serves now stands.
        if (withdrawal is not null && WithdrawsEarlierMail(text, withdrawal) && ServesProcessAfter(typeHits, -1, Operative)) withdrawal = null;
        // Round 16: an emergency stood down in a letter that now serves process ("she was located alive ... We now have
        // a search warrant for the full records") withdraws the emergency only: the process named after it stands.
        // It pages no one: the stand-down still holds the emergency back.
        Match? emergencyOver = null;
        // Round 28: a stand-down said twice (the subject's "please stand down", the body's "we withdraw the emergency
        // request") is one withdrawal when the process after it is attached to this letter ("Attached is a subpoena");
        // then only a withdrawal after that process takes it back. Process only announced ("will be requested with a
        // search warrant") is none.
        if (withdrawal is not null && EmergencyStandDown.IsMatch(withdrawal.Value) && FirstProcessAfter(typeHits, withdrawal.Index + withdrawal.Length, Operative) is { } served &&
            (!parts.WithdrawsAgainAfter(withdrawal.Index + withdrawal.Length) || (AttachedHere(text, served) && !parts.WithdrawsAgainAfter(served))))
        {
            (emergencyOver, withdrawal) = (withdrawal, null);
            type = DecideType([.. typeHits.Where(h => h.Cue.Target != "emergency")], country, text.Value, Operative);
        }
        // Issue 11 round 16: "the child was located safe ... Attached is a subpoena": the emergency ended, and the letter
        // asks anew; that new request is the letter (the emergency-over rule below types it).
        if (withdrawal is not null && EmergencyOver.EndsEmergencyThenAsksAnew(text.Value, withdrawal)) withdrawal = null;
        // Issue 11 round 19: an order that vacates, discharges or revokes an earlier one (or a case archived, whose
        // earlier request lost its effect) withdraws that process as a letter of withdrawal does; the gag it carried
        // ends with it unless the writer says it stays in force.
        var vacated = withdrawal is null && mentionOnly is null ? VacatedOrder.Match(text.Value, Operative) : null;
        if (vacated is not null) withdrawal = vacated;
        // A withdrawn request asks for nothing any more; the case it withdraws is found by its reference.
        if (mentionOnly is not null || withdrawal is not null) type = LegalProcessType.Other;
        // Issue 11 round 15: a stand-down that asks in the same letter to keep the records ("please stand down ... We do
        // ask that you preserve the account under 2703(f)") is a preservation request from now on.
        if (withdrawal is not null && mentionOnly is null && EmergencyStandDown.IsMatch(withdrawal.Value) && PreservationAsk.AsksToPreserve(text, parts) &&
            typeHits.Any(h => h.Weight >= 1 && h.Cue.Target == "preservation" && Operative(h.Offset)))
            type = LegalProcessType.Preservation;
        clock?.Lap("mention/withdrawal");
        // Weak cues: the learned model may decide (Learning/TypeConsultation says when).
        // A notice closing a request or releasing a preservation asks for nothing (NonProcess): the model would read the
        // request it closes as a new one.
        var closes = type == LegalProcessType.Other ? NonProcess.NothingAskedNowMatch(text.Value, Operative) ?? NonProcess.AsksNothingMatch(text.Value, Operative) : null;
        var learned = mentionOnly is null && withdrawal is null && closes is null ? TypeConsultation.Consult(_typeModel, features, typeHits, type, TypeThreshold) : null;
        if (learned is not null) type = learned.Type;
        // A foreign preservation order (an EU EPOC-PR, a Canadian Criminal Code demand) is binding foreign process,
        // and a foreign police force's plain request to preserve is a direct request from foreign police (DOMAIN:
        // international): neither is a 2703(f) letter, which only a U.S. governmental entity sends. Here, once,
        // whether the cues or the model read "preservation".
        // One that comes through the Budapest Convention's own channel (Article 29, a 24/7 point of contact) is foreign
        // too (round 24: international, as DOMAIN and every recent labeller type it; round 19 had typed it preservation),
        // but it asks only to keep data until the MLA request follows (Detection/TreatyPreservation): its findings are
        // the hold's clock, not MLAT advice.
        var treatyChannel = country is not null && country != CountryNames.UnitedStates && withdrawal is null && mentionOnly is null &&
                            type is LegalProcessType.Preservation or LegalProcessType.International &&
                            TreatyPreservation.ChannelMatch(text.Value) is { } channel && PreservationAsk.OnlyPreservation(text, parts) is not null
            ? channel : null;
        if (type == LegalProcessType.Preservation && country is not null && country != CountryNames.UnitedStates)
        {
            type = LegalProcessType.International;
            if (learned is not null) learned = learned with { Type = type, Weakness = learned.Weakness + "; a preservation request from abroad is a direct foreign request" };
        }
        // Round 25: a foreign authority's copy of its request for legal assistance, sent for information, is that foreign
        // paper: international, though it asks nothing of us now (Detection/AssistanceRequestCopy).
        var assistanceCopy = type is LegalProcessType.Other or LegalProcessType.International && country is not null && country != CountryNames.UnitedStates && withdrawal is null &&
                             mentionOnly is null ? AssistanceRequestCopy.Find(text.Value) : null;
        if (assistanceCopy is not null) type = LegalProcessType.International;
        // Issue 11: who the writer says they are decides whose authority the letter speaks with, not the police words
        // in it. A private person (a victim, a complainant forwarding their own complaint) who claims no office in their
        // own voice, writing from no government or listed domain, sends no foreign process, whatever force they name.
        WriterVoice? writerVoice = null;
        var governmentSender = _domains.IsGovernment(DomainCatalog.DomainOf(sender.From));
        bool WriterIsPrivate() => !governmentSender && ((writerVoice ??= WriterCapacity.Read(fieldText, fieldContext.Parts)).IsPrivatePerson ||
                                                        WritesAsNoOfficial(writerVoice));
        // Issue 11 round 12: the forms in which a private person introduces themself are endless ("soy la mamá de…",
        // "ich habe bei der Polizei Anzeige erstattet", "ik zit in een procedure"); the claim of an office is not. A
        // letter that never says its writer is an official (no rank or office in the self-introduction or signature, no
        // agency at its head or in the sender's name, no agency's "we"), from an address that names no agency, speaks
        // for no authority, whatever police or court it tells of. An emergency or a preservation request is
        // governmental by its nature and keeps the old reading.
        bool WritesAsNoOfficial(WriterVoice voice) =>
            voice.Standing == WriterStanding.Unstated && type is LegalProcessType.International or LegalProcessType.Other &&
            PrivateAddress(sender.From) && !WriterCapacity.SpeaksForAnAgency(fieldText, fieldContext.Parts, sender.FromName);
        bool PrivateAddress(string? from) =>
            DomainCatalog.DomainOf(from) is { } domain && !_domains.IsOwn(domain) && _domains.LookAlikeToken(domain, claimsAuthority: true) is null &&
            SenderCheck.UnlistedAgencyDomain(_domains, from, claimsAuthority: true, fieldText.Value, country) is null;
        var privateWriterEvidence = (Evidence?)null;
        // A party conducting their own civil case without a lawyer says what they are: a civil requester.
        if (type is LegalProcessType.International or LegalProcessType.Other && !governmentSender && !IsFormalInternational(typeHits) &&
            WriterCapacity.LitigantInPerson(text.Value) is { } inPerson)
        {
            type = LegalProcessType.Civil;
            privateWriterEvidence = new Evidence("processType", "a party conducting their own civil case without a lawyer", inPerson, IndexOf(text.Value, inPerson), inPerson.Length);
        }
        // Issue 11 round 13: a writer who filed, or will file, the complaint with the police themself ("j'ai déposé
        // plainte", "I filed a police report") is the complainant, not a force or a litigant's counsel serving process.
        // A civil subpoena stays one, whoever serves it.
        else if ((type == LegalProcessType.International || type == LegalProcessType.Civil && ScoreOf(typeHits, "subpoena") < 1.5 && ScoreOf(typeHits, "court_order") < 1.5) &&
                 !governmentSender && !IsFormalInternational(typeHits) &&
                 ProcessTypeCues.FiledComplaintThemself.Match(text.Value) is { Success: true } filed)
        {
            type = LegalProcessType.Other;
            privateWriterEvidence = new Evidence("processType", "the writer filed, or will file, the police complaint themself", filed.Value, filed.Index, filed.Length);
        }
        else if (type == LegalProcessType.International && !IsFormalInternational(typeHits) && WriterIsPrivate())
        {
            type = LegalProcessType.Other;
            privateWriterEvidence = writerVoice!.IsPrivatePerson
                ? new Evidence("processType", "the writer introduces themself as a private person and claims no office",
                    writerVoice.Evidence ?? "", IndexOf(text.Value, writerVoice.Evidence ?? ""), writerVoice.Evidence?.Length ?? 0)
                : new Evidence("processType", "the writer never says they hold an office, and writes from an address that names no agency",
                    sender.From ?? "", -1, 0);
        }
        List<CueHit> typeEvidence = learned is not null && type == learned.Type ? [] : typeHits.Where(h => h.Cue.Target == type.ToWireName() && h.Weight > 0)
            .OrderByDescending(h => h.Weight).Take(3).ToList();
        clock?.Lap("type model");

        var requesterAddresses = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (sender.From is not null) requesterAddresses.Add(sender.From);
        if (sender.ReplyTo is not null) requesterAddresses.Add(sender.ReplyTo);
        var accounts = _accounts.Extract(fieldText, requesterAddresses, regionHint ?? _policy.DefaultRegion);
        var email = OfficerAddress.InsteadOfSender(sender.From, fieldText.Value, _domains) ?? sender.From ?? FindOfficialEmail(fieldText, labels, accounts, sender.OurDomains, country);
        if (email is not null && sender.From is null)
            accounts = [.. accounts.Where(a => !string.Equals(a.Value, email, StringComparison.OrdinalIgnoreCase))];
        // Issue 11 round 16: the holder asking for their own data (on consent, or by access right) names the other side
        // of their conversations; that account is no target. Only when another account stays.
        if (type == LegalProcessType.Other && accounts.Count > 1 && AsksForOwnData(typeHits) &&
            accounts.Where(a => a.Kind == AccountKind.Username && NonTargetRoles.IsCounterparty(fieldText.Value, a.Value)).ToList() is { Count: > 0 } counterparties &&
            accounts.Any(a => a.Kind == AccountKind.Username && !counterparties.Contains(a)))
            accounts = [.. accounts.Where(a => !counterparties.Contains(a))];
        // Round 20: a takedown notice names the account whose post it wants removed; it asks no data about it, so the
        // account is no target of a request.
        if (type == LegalProcessType.Other && typeHits.Any(h => h.Weight >= 1 && h.Cue.Reason == ProcessTypeCues.TakedownNotice && Operative(h.Offset)) &&
            !typeHits.Any(h => h.Weight >= 1 && h.Cue.Target == "civil"))
            accounts = [];
        clock?.Lap("accounts");

        var emergencyScore = Score(emergencyHits);
        // A letter of request or MLAT narrates the offence it concerns ("on 3 March the suspect threatened to kill
        // the victim"): a past threat there is the case's history, not an emergency. Only a danger it says is
        // present (a life at risk, imminent harm to a child) pages.
        if (IsFormalInternational(typeHits) && !emergencyHits.Any(h => h.Weight > 0 && h.Cue.Target is "danger to life" or "imminent harm to a child"))
            emergencyScore = 0;
        // Issue 11 class 3: a warrant, an order or a subpoena names the offences its records are evidence of; it pages
        // only when it says a danger exists now.
        if (type is LegalProcessType.SearchWarrant or LegalProcessType.CourtOrder or LegalProcessType.Subpoena or LegalProcessType.PenRegister or LegalProcessType.Wiretap &&
            !EmergencyVocabulary.StatesPresentDanger(emergencyHits))
            emergencyScore = 0;
        // Issue 11 rounds 9 and 10: danger words that only name the case's offence are what someone did, not a danger
        // the writer says someone is in now; with nothing else said about a danger, they do not page.
        if (NamesOnlyTheOffence(type, emergencyHits, text.Value))
            emergencyScore = 0;
        // Issue 11 round 14: a disappearance the writer says is over (the girl was found safe, "ya apareció", "wohlbehalten
        // aufgefunden") is the case's history; with no other danger named, it does not page.
        if ((emergencyScore >= EmergencyThreshold || type == LegalProcessType.Emergency) && emergencyHits.Any(h => h.Weight > 0) &&
            emergencyHits.Where(h => h.Weight > 0).All(h => h.Cue.Target == "missing child") && EmergencyOver.PersonFoundAffirmed(text.Value))
        {
            emergencyScore = 0;
            if (type == LegalProcessType.Emergency)
            {
                type = DecideType([.. typeHits.Where(h => h.Cue.Target != "emergency")], country, text.Value, Operative);
                typeEvidence = [.. typeHits.Where(h => h.Cue.Target == type.ToWireName() && h.Weight > 0).OrderByDescending(h => h.Weight).Take(3)];
            }
        }
        // Round 16: an emergency the writer says is over (the child "was located", "is safe now", "has been recovered")
        // is context when the request itself asks for ordinary process (a subpoena for the records an emergency
        // disclosure already gave): no page, and the process is the type. A danger named after the words that end it
        // is a new one and still pages.
        if ((emergencyScore >= EmergencyThreshold || type == LegalProcessType.Emergency) && withdrawal is null &&
            EmergencyOver.In(text.Value) is { } over && Operative(over.Index) &&
            emergencyHits.Where(h => h.Weight > 0).All(h => h.Offset < EmergencyOver.LastEnd(text.Value)) &&
            DecideType([.. typeHits.Where(h => h.Cue.Target != "emergency")], country, text.Value, Operative) is var ordinary &&
            ordinary is not (LegalProcessType.Emergency or LegalProcessType.Other))
        {
            emergencyScore = 0;
            type = ordinary;
            typeEvidence = [.. typeHits.Where(h => h.Cue.Target == type.ToWireName() && h.Weight > 0).OrderByDescending(h => h.Weight).Take(3)];
            evidence.Add(new Evidence("emergency", "the writer says the emergency is over; the request asks for ordinary process", over.Value, over.Index, over.Length));
        }
        // Round 22: a report that the emergency is over (a thank-you, "situation resolved", "she is safe and back with her
        // family") that looks back on the request already made, with nothing asked after it and no other process in it,
        // asks for nothing: no page, type "other". A danger named after the words that end it, a new ask, or an emergency
        // form that says the victim is safe "for the moment" (it looks back on no request) keeps the old reading. Round 23:
        // the request quoted below the report (a reply to it) is history: its danger words and its asks do not count; a
        // foreign force's report reads "international" from its own name and the process it may send later, and asks
        // for nothing either.
        Match? reportsOver = null;
        if ((emergencyScore >= EmergencyThreshold || type == LegalProcessType.Emergency) && withdrawal is null && mentionOnly is null &&
            EmergencyOver.In(text.Value) is { } ended && Operative(ended.Index) && EmergencyOver.LastEnd(text.Value) is var endsAt &&
            // Round 26: a short reply's quoted request is history too, however few words stand above it (a forward
            // hands the reader the message below it, which speaks for itself).
            (parts.IsForward ? text.Length : parts.QuotedStart) is var history && ended.Index < history &&
            emergencyHits.Where(h => h.Weight > 0 && Operative(h.Offset) && h.Offset < history).All(h => h.Offset < endsAt) &&
            !EmergencyOver.AsksAfter(text.Value, endsAt, parts.QuotedIsOperative && parts.IsForward ? text.Length : parts.QuotedStart) &&
            EmergencyOver.LooksBackOnRequest(text.Value) &&
            DecideType([.. typeHits.Where(h => h.Cue.Target != "emergency")], country, text.Value, Operative) is var rest &&
            (rest == LegalProcessType.Other || rest == LegalProcessType.International && country is not null && country != CountryNames.UnitedStates))
        {
            emergencyScore = 0;
            reportsOver = ended;
            type = LegalProcessType.Other;
            typeEvidence = [];
            evidence.Add(new Evidence("emergency", "the writer reports the emergency over and asks for nothing new", ended.Value, ended.Index, ended.Length));
        }
        // Product mail that talks about emergencies is not one; a mail that describes a life at risk for a named
        // account pages even with a newsletter footer (when in doubt, page).
        if (mentionOnly is not null && noAsk is null && OperativeReading.IsMarketing(mentionOnly.Value) && emergencyScore >= EmergencyThreshold && accounts.Count > 0)
            mentionOnly = null;
        var emergency = (type == LegalProcessType.Emergency || emergencyScore >= EmergencyThreshold) && withdrawal is null && emergencyOver is null && reportsOver is null && mentionOnly is null;
        // A life at risk makes a request an emergency whoever sends it: a foreign police force's emergency is an
        // emergency (nonUs says where it comes from), not a case for an MLAT, unless it is formal MLA process.
        if (emergency && emergencyScore >= EmergencyThreshold && !IsFormalInternational(typeHits) &&
            (type is LegalProcessType.Other or LegalProcessType.International ||
             (type == LegalProcessType.Preservation && emergencyScore >= ScoreOf(typeHits, "preservation"))))
        {
            type = LegalProcessType.Emergency;
            typeEvidence = [.. emergencyHits.Where(h => h.Weight > 0).OrderByDescending(h => h.Weight).Take(3)];
        }
        // Issue 11 round 13: the cues did not page; the learned reader may (Learning/EmergencyReader says when). It
        // raises, never lowers, and its page says it is a learned reading for the reviewer to confirm.
        var learnedEmergency = !emergency && withdrawal is null && emergencyOver is null && reportsOver is null && mentionOnly is null && EmergencyReader.MayRaise(type, IsFormalInternational(typeHits)) &&
            !EmergencyReader.DangerDeniedByCues(emergencyHits)
            ? EmergencyReader.Reader.Consult(_emergencyModel, features) : null;
        if (learnedEmergency is not null)
        {
            emergency = true;
            type = LegalProcessType.Emergency;
            typeEvidence = [];
        }
        clock?.Lap("emergency model");
        var emergencyNature = emergencyHits.Where(h => h.Weight > 0).GroupBy(h => h.Cue.Target)
            .OrderByDescending(g => g.Sum(h => h.Weight)).Select(g => g.Key).FirstOrDefault();
        // A text about process (a vendor's mail, a journalist's question) is no child-safety matter either.
        var ncmec = Score(ncmecHits) >= NcmecThreshold && mentionOnly is null;
        // A preservation letter asks to keep contents, not to disclose them: no warrant question arises yet.
        var contentScore = Score(contentHits);
        // An EU preservation order (EPOC-PR) keeps data for a later production order; it discloses nothing yet.
        // Which order the paper is: the one its title names first (a preservation order mentions the production
        // order that will follow it).
        var namesEuOrder = NamesEuOrder(text.Value);
        // Round 17: a preservation order named only as a later route ("in attesa dell'ordine europeo di conservazione
        // che sarà emesso") is another paper: the one at hand is a direct request.
        var euPreservation = namesEuOrder && OperativeMatch(EuPreservationOrder, text) is { } pr &&
                             (EuProductionOrderTitle.Match(text.Value) is not { Success: true } po || po.Index > pr.Index)
            ? Snippet(text.Value, pr.Index, pr.Length) : null;
        // A foreign preservation order or request, or a private party's hold, keeps the contents it lists; preserving is
        // not disclosing.
        var preservationOnly = type is LegalProcessType.International or LegalProcessType.Other or LegalProcessType.Civil && euPreservation is null && !(namesEuOrder && EuProductionOrder.IsMatch(text.Value))
            ? PreservationAsk.OnlyPreservation(text, parts) : null;
        // A 2703(f) letter that also asks for messages now asks for contents with no process behind it: that part counts.
        var contentRequested = (type != LegalProcessType.Preservation || Score(PreservationAsk.ContentAskedNow(text, parts, contentHits)) >= ContentThreshold) &&
                               euPreservation is null && preservationOnly is null && withdrawal is null && assistanceCopy is null &&
                               contentScore >= ContentThreshold && (mentionOnly is null || AsksForOwnData(typeHits)) &&
                               // Round 26: a writer who asks for nothing now ("I'm not sending a request yet") names
                               // contents as a question about later process.
                               (type != LegalProcessType.Other || AsksForOwnData(typeHits) ||
                                closes is null && !typeHits.Any(h => h.Weight >= 1 && h.Cue.Reason == ProcessTypeCues.AsksForNothing)) ||
                               // An interception order (Title III, 18 U.S.C. 2518) authorises acquiring the contents of
                               // communications (2510(4)) whatever words it lists them in: it always seeks content.
                               (type == LegalProcessType.Wiretap && mentionOnly is null);
        // Issue 11 round 14: the cues read no content; the learned reader may (Learning/ContentReader says when). Never
        // over an exclusion the scope readers found (a content cue they weighed 0: "not including the contents"),
        // never on a request that keeps data, is withdrawn, or asks for nothing.
        var learnedContent = !contentRequested && euPreservation is null && preservationOnly is null && withdrawal is null && closes is null && assistanceCopy is null &&
                             (mentionOnly is null || AsksForOwnData(typeHits)) && !contentHits.Any(h => h.Weight <= 0) &&
                             ContentReader.MayRaise(type, AsksForOwnData(typeHits)) && (contentScope ?? ContentScopeStatement.Find(text, parts)) is null
            ? ContentReader.Reader.Consult(_contentModel, features) : null;
        if (learnedContent is not null) contentRequested = true;
        // A gag lifted, or only applied for, does not bind; a FOIA request listing gag orders is not one.
        (nonDisclosureHits, var gagStatus) = OperativeReading.ReweighNonDisclosure(text, nonDisclosureHits);
        clock?.Lap("flags, EU orders");
        // Round 19: a withdrawal that quotes the earlier mail quotes its gag too; only a gag in the writer's own words binds.
        var gagOnlyQuoted = withdrawal is not null && nonDisclosureHits.Any(h => h.Weight > 0) && nonDisclosureHits.Where(h => h.Weight > 0).All(h => !Operative(h.Offset));
        // Round 20: a status follow-up, or a paper that asks for nothing more and says the earlier gag "remains in
        // effect", recalls a gag the provider already holds with the earlier case; it serves none. A notice extending
        // the gag is a new order and keeps its flag.
        bool OperativeCue(string reason) => typeHits.Any(h => h.Weight >= 1 && h.Cue.Reason == reason && Operative(h.Offset));
        var recallsGag = type == LegalProcessType.Other &&
                         (OperativeCue(ProcessTypeCues.FollowsUpServed) ||
                          OperativeCue(ProcessTypeCues.AsksForNothing) && VacatedOrder.GagStaysInForce(text.Value) && !OperativeReading.Extended.IsMatch(text.Value));
        // Round 20: a user asking for their own data ("if a duty of secrecy applies, I want to know") holds no order
        // that binds the provider, whatever gag it names.
        var ownDataOnly = type == LegalProcessType.Other && OperativeCue(ProcessTypeCues.OwnData);
        var nonDisclosure = mentionOnly is null && (vacated is null || VacatedOrder.GagStaysInForce(text.Value)) && !gagOnlyQuoted && !recallsGag && !ownDataOnly &&
            (Score(nonDisclosureHits) >= NonDisclosureThreshold ||
             // A statute itself forbids notice of an NSL (2709(c)) and of a wiretap (2511(2)(a)(ii)); a pen register's gag
             // is one its order must state (3123(d)), so the cues find it there.
             (type is LegalProcessType.NationalSecurity or LegalProcessType.Wiretap && gagStatus != OperativeReading.GagStatus.Lifted));
        var references = _references.Extract(fieldText, labels, fieldContext, sender.Subject, sender.Date, today, dayFirst, emergency,
            ReferenceEquals(fieldText, text) ? nonDisclosureHits : NonDisclosureScope.Reweigh(fieldText, FlagCues.NonDisclosure.Scan(fieldText, fieldContext)));
        clock?.Lap("references");
        // An EU production or preservation order comes from an EU member state, whatever else the text says;
        // a text that only talks about such orders (a newsletter, a journalist) is placed by its sender alone.
        // Issue 11 round 12: a text that is no process at all (a vendor's advert listing "EPOC deadlines" among what
        // its product tracks) carries no EU order: when the sender is placed, its country decides.
        var carriesEuOrder = mentionOnly is null && !(type == LegalProcessType.Other && country is not null);
        var nonUs = (country is not null && country != CountryNames.UnitedStates) || type == LegalProcessType.International ||
                    (carriesEuOrder && (euPreservation is not null || (namesEuOrder && EuProductionOrder.IsMatch(text.Value))));

        var claimsAuthority = mentionOnly is null && SenderCheck.ClaimsAuthority(type, fieldText.Value, contact.AgencyName, WriterIsPrivate,
            () => (writerVoice ??= WriterCapacity.Read(fieldText, fieldContext.Parts)).Standing == WriterStanding.Official);
        var concern = SenderCheck.Assess(_domains, email, sender.ReplyTo, claimsAuthority, fieldText.Value, country);
        // A gag claimed by a sender whose address does not prove the authority it claims ("this subpoena is sealed;
        // do not notify the user") is part of the claim, not an order the provider holds: nothing binds until the
        // agency is verified, and the verified order then says what it forbids (every labelled impostor agrees). Only
        // when the address disproves the claim (Strong): a real agency on a domain the list does not know keeps its gag.
        if (concern is { Strong: true }) nonDisclosure = false;
        // Issue 11 round 11: a child-safety matter is a case that a report started: brought by an authority, citing the
        // report's number, or naming the account it is about. A writer who claims no authority and names neither (a
        // school counsellor asking how to report in the app, who says a report was filed) brings no case to the
        // reviewers; a private person who names the account that exploits a child still does.
        // Round 16: the provider's own report quoted back by its number alone ("uw melding 219502866", "le signalement
        // 219388440 que votre entreprise a transmis"): in a child-safety matter that number is the CyberTipline report's.
        if (ncmec && references.NcmecReportIds.Count == 0 && FlagCues.OwnReportIds(ncmecHits) is { Count: > 0 } ownReports)
            references = references with { NcmecReportIds = ownReports };
        if (ncmec && !claimsAuthority && references.NcmecReportIds.Count == 0 && accounts.Count == 0) ncmec = false;
        // Round 19: NCMEC named where the writer says no minor is involved, with no report cited, is a comparison.
        if (ncmec && references.NcmecReportIds.Count == 0 && NoMinorInvolved.In(text.Value)) ncmec = false;
        // Issue 11 round 12: in an emergency, a minor being sextorted, lured or groomed is the danger the page is for; it
        // becomes a child-safety case once a CyberTipline report exists or exploitation material is named. With neither
        // (no report cited, or the writer says none is filed yet) the emergency reviewer has it at P0 and the
        // child-safety reviewers have no report to work from.
        if (ncmec && emergency && references.NcmecReportIds.Count == 0 && ncmecHits.All(h => h.Weight <= 0 || FlagCues.IsOffenderConductOnly(h)))
            ncmec = false;
        // Issue 11 round 11: a notice that asks for nothing (a request withdrawn or fulfilled, a case closed, a gag
        // lifted, a journalist's question) names accounts without specifying them; only a gag still in force keeps the
        // account it shields specified (a fulfilled order whose gag runs on), a user asking for their own data
        // specifies their own account, and a party that asks only to retain records specifies what to retain.
        if (accounts.Count > 0 && !nonDisclosure && !emergency &&
            (withdrawal is not null ||
             (mentionOnly is not null && !AsksForOwnData(typeHits) ||
              type == LegalProcessType.Other && (closes is not null || typeHits.Any(h => h.Weight >= 1 && h.Cue.Reason is ProcessTypeCues.AsksForNothing or ProcessTypeCues.CaseClosed or ProcessTypeCues.LiftsGagOnly))) &&
             !PreservationAsk.AsksToPreserve(text, parts)))
            accounts = [];
        var flags = new TriageFlags(emergency, ncmec, nonUs, concern is not null, nonDisclosure, contentRequested);
        clock?.Lap("sender check");

        var attachments = new List<string>(document.AttachmentNames);
        if (attachments.Count == 0 && AttachmentMention.Match(fieldText.Value) is { Success: true } mention)
            attachments.Add($"mentioned: \"{Snippet(fieldText.Value, mention.Index, mention.Length)}\"");
        if (attachments.Count == 0 && LegalProcessInText.IsMatch(fieldText.Value)) attachments.Add("the legal process is in the text itself");
        clock?.Lap("attachments");

        var fields = new RequestFields
        {
            // Issue 11 round 19: a national service that signs with its short name ("FBI Phoenix", "Politie") has no
            // "X Police Department" for the reader above; only the field takes it, the authority check keeps its own reading.
            AgencyName = contact.AgencyName ?? NationalService.Find(fieldText.Value, email),
            Country = country,
            City = contact.City,
            StateProvince = contact.StateProvince,
            PostalCode = contact.PostalCode,
            Address = contact.Address,
            IssuingAuthority = contact.IssuingAuthority,
            ContactPerson = contact.ContactPerson,
            Email = email,
            ReplyTo = sender.ReplyTo,
            Phone = contact.Phone,
            Description = references.Description,
            MatterType = references.MatterType,
            AttachedDocumentation = attachments,
            NcmecReportIds = references.NcmecReportIds,
            Accounts = accounts,
            DateRange = references.DateRange,
            // A withdrawn request's deadline is moot.
            ResponseDeadline = withdrawal is null ? references.ResponseDeadline : null,
            CaseReference = references.CaseReference,
            RequestedData = references.RequestedData,
            PersonAtRisk = emergency ? references.PersonAtRisk : null,
            EmergencyNature = emergency ? emergencyNature ?? (type == LegalProcessType.Emergency ? null : "danger to life") : null,
            Necessity = emergency ? references.Necessity : null,
            NonDisclosurePeriod = nonDisclosure ? references.NonDisclosurePeriod ?? UntilFurtherOrder(text.Value) : null,
            NonDisclosureUntil = nonDisclosure ? references.NonDisclosureUntil : null,
            // Round 23: only a request to keep data extends a hold; elsewhere the words tell of another paper's.
            PreservationHoldEnds = type == LegalProcessType.Preservation && withdrawal is null ? references.PreservationHoldEnds : null,
        };

        evidence.AddRange(typeEvidence.Select(h => ToEvidence("processType", h)));
        if (privateWriterEvidence is not null) evidence.Add(privateWriterEvidence);
        // Round 18: a request from abroad that names no process is international because an authority writes it; the
        // evidence quotes the authority the text names (read only for such a request).
        if (type == LegalProcessType.International && typeEvidence.Count == 0 && learned is null && privateWriterEvidence is null &&
            ProcessTypeCues.ForeignAuthority.Match(text.Value) is { Success: true } authority)
            evidence.Add(new Evidence("processType", "a request from abroad by an authority it names", authority.Value, authority.Index, authority.Length));
        if (closes is not null && type == LegalProcessType.Other)
            evidence.Add(new Evidence("processType", "says nothing more is asked, or releases an earlier preservation", closes.Value, closes.Index, closes.Length));
        var typeFromModel = learned is not null && typeEvidence.Count == 0 && type == learned.Type;
        if (typeFromModel) evidence.AddRange(TypeModelEvidence.Of(learned!));
        AddFlagEvidence(evidence, "emergency", emergency, emergencyHits);
        if (learnedEmergency is not null) evidence.AddRange(EmergencyReader.Reader.EvidenceOf(learnedEmergency));
        AddFlagEvidence(evidence, "ncmec", ncmec, ncmecHits);
        AddFlagEvidence(evidence, "contentRequested", contentRequested, contentHits);
        if (learnedContent is not null) evidence.AddRange(ContentReader.Reader.EvidenceOf(learnedContent));
        if (contentScoped && contentScope is not null)
            evidence.Add(new Evidence("contentRequested", "the paper's own statement of scope excludes contents: message words elsewhere in it name what is kept about messages", contentScope.Quote, contentScope.Offset, contentScope.Length));
        AddFlagEvidence(evidence, "nonDisclosureOrder", nonDisclosure, nonDisclosureHits);
        if (nonUs && countryEvidence is not null) evidence.Add(new Evidence("nonUs", countryEvidence, country ?? "", -1, 0));
        if (fields.ResponseDeadline is { } due && references.DeadlineBasis is { } basis)
            evidence.Add(new Evidence("responseDeadline", basis, due.ToString("yyyy-MM-dd"), -1, 0));
        if (concern is not null) evidence.Add(new Evidence("suspiciousSender", concern.Reason, concern.Evidence, IndexOf(text.Value, concern.Evidence), concern.Evidence.Length));

        var facts = new AssessmentFacts(
            type, flags, fields, concern,
            ProcessFromUsCourt: type == LegalProcessType.International && ComesThroughUsCourt(text),
            CloudActAgreement: type == LegalProcessType.International && InvokesCloudActAgreement(text, context),
            ReceivedOn: sender.Date ?? today,
            Today: today,
            ContentEvidence: learnedContent is not null ? LearnedFlagReader.FindingEvidence(learnedContent) : BestSnippet(text.Value, contentHits),
            NonDisclosureEvidence: BestSnippet(text.Value, nonDisclosureHits),
            Truncated: truncated)
        {
            ContentScore = contentScore,
            ContentLearned = learnedContent is not null,
            DeadlineEstimated = references.DeadlineEstimated,
            StatutoryGag = OperativeReading.IsStatutory(text.Value, nonDisclosureHits) ||
                           type is LegalProcessType.PenRegister or LegalProcessType.Wiretap or LegalProcessType.NationalSecurity,
            GovernmentRequester = claimsAuthority && !nonUs,
            ClaimsAuthority = claimsAuthority,
            EuProductionOrder = euPreservation is null && namesEuOrder ? OperativeEuProductionOrder(text) : null,
            EuPreservationOrder = euPreservation,
            ForeignRequesterEvidence = countryEvidence,
            TreatyPreservation = treatyChannel is not null && type == LegalProcessType.International ? Snippet(text.Value, treatyChannel.Index, treatyChannel.Length) : null,
            ForeignPreservationOnly = type == LegalProcessType.International && preservationOnly is not null,
            // Round 19: a foreign request (or EU order) that only keeps data and extends an earlier hold.
            ForeignPreservationExtension = type == LegalProcessType.International && !flags.Emergency && (euPreservation is not null || preservationOnly is not null) &&
                                           TreatyPreservation.ExtensionMatch(text.Value) is { } foreignExt ? Snippet(text.Value, foreignExt.Index, foreignExt.Length) : null,
            PreservationExtension = text.Value.AsSpan().ContainsAny(ExtensionWords) && PreservationExtension.Match(text.Value) is { Success: true } ext ? Snippet(text.Value, ext.Index, ext.Length) : null,
            UnlistedSenderDomain = concern is null ? SenderCheck.UnlistedAgencyDomain(_domains, email, claimsAuthority, fieldText.Value, country) : null,
            GagStatedEnd = nonDisclosure && fields.NonDisclosurePeriod is null ? NonDisclosureScope.StatedEnd(text, nonDisclosureHits) : null,
            // A danger is stated when the emergency cues reach the paging threshold, or a concrete situation is described that
            // the writer does not say hurts no one, or the learned reader read one (its page says to confirm it).
            EmergencyBasis = type == LegalProcessType.Emergency && EmergencyBasis.Read(text, context, fields.EmergencyNature, emergencyHits) is var stated
                ? stated with { DangerStated = Score(emergencyHits) >= EmergencyThreshold || learnedEmergency is not null || stated.Situational && stated.DeniesHarm is null } : null,
        };
        var findings = FindingRules.Evaluate(facts, _policy);
        // Issue 11 round 15: no blocker the document contradicts (rare: the guard runs only when one is raised).
        if (findings.Exists(f => f.Severity == Severity.Blocker)) BlockerGuard.Review(findings, new(text, parts, contentHits, facts, governmentSender, contentScope));
        clock?.Lap("facts, findings");
        // A text that serves no process sets no priority by the date its writer wants answers by (the field still shows it).
        var (priority, reasons) = PriorityRules.Decide(flags, fields, servesNoProcess: mentionOnly is not null, today, _policy.DeadlineWindowDays, fields.EmergencyNature);
        if (learnedEmergency is not null) reasons.Add(EmergencyReader.PriorityReason);
        var missing = _policy.RequiredFor(type, flags).Where(name => !RequestFieldNames.IsPresent(fields, name)).ToList();

        if (emergencyOver is not null)
            evidence.Add(new Evidence("processType", "the emergency is over; the process served after it stands", emergencyOver.Value, IndexOf(text.Value, emergencyOver.Value), emergencyOver.Length));
        if (withdrawal is not null)
            evidence.Add(new Evidence("withdrawn", "the request is withdrawn or no longer needed", withdrawal.Value, IndexOf(text.Value, withdrawal.Value), withdrawal.Length));
        if (mentionOnly is not null)
            evidence.Add(new Evidence("processType", "talks about legal process without serving any", mentionOnly.Value, mentionOnly.Index, mentionOnly.Length));
        var followUp = OperativeReading.FollowUpMatch(text.Value, parts);
        if (followUp is not null)
            evidence.Add(new Evidence("followUpOf", "a follow-up on an earlier request", followUp.Value, followUp.Index, followUp.Length));

        clock?.Lap("priority, follow-up");
        return new TriageResult(type, priority, reasons, flags, fields, missing, findings, evidence)
        {
            Language = language,
            Withdrawn = withdrawal is not null,
            ServesNoProcess = mentionOnly is not null,
            RequestDate = sender.Date,
            TypeSource = typeFromModel ? "model" : "cues",
            EmergencySource = !emergency ? null : learnedEmergency is not null ? "model" : "cues",
            ContentSource = !contentRequested ? null : learnedContent is not null ? "model" : "cues",
            FollowUpOf = followUp is null && withdrawal is null ? null : references.CaseReference ?? "",
        };
    }

    private sealed record Sender(string? From, string? FromName, string? ReplyTo, string? Subject, DateOnly? Date)
    {
        /// <summary>The provider's own mail domains as this message shows them (the domain it was sent to): an
        /// address there is a colleague's, never the requester's.</summary>
        public IReadOnlySet<string> OurDomains { get; init; } = new HashSet<string>();
    }

    private Sender FindSender(NormalizedText text, EmailEnvelope? envelope, MessageParts parts)
    {
        var blocks = HeaderBlocks.Find(text);
        // In a reply the writer is the one on top; the mails quoted below it (often the provider's own earlier
        // answer) are context, so their From lines do not name the requester. A forward hands on the message below.
        if (parts.HasQuoted && !parts.QuotedIsOperative) blocks = [.. blocks.Where(b => b.Offset < parts.QuotedStart)];
        var candidates = new List<Sender>();
        if (envelope is not null)
            candidates.Add(new Sender(envelope.From?.ToLowerInvariant(), envelope.FromName, envelope.ReplyTo?.ToLowerInvariant(), envelope.Subject,
                envelope.Date is { } d ? DateOnly.FromDateTime(d.UtcDateTime) : null));
        candidates.AddRange(blocks.Select(b => new Sender(b.From, b.FromName, b.ReplyTo, b.Subject, ParseHeaderDate(b.Date))));

        // The mailbox the outermost message was sent to is the provider's own, even when the policy does not list
        // its domain: a quoted reply from it ("-----Original Message----- From: Law Enforcement Response") is ours.
        var outerTo = envelope?.To is { Count: > 0 } envelopeTo ? envelopeTo : blocks.FirstOrDefault()?.To ?? [];
        bool Ours(string from) =>
            _domains.IsOwn(DomainCatalog.DomainOf(from)) ||
            outerTo.Any(to => string.Equals(to, from, StringComparison.OrdinalIgnoreCase) ||
                              (!_domains.IsFreeMail(DomainCatalog.DomainOf(to)) &&
                               string.Equals(DomainCatalog.DomainOf(to), DomainCatalog.DomainOf(from), StringComparison.OrdinalIgnoreCase)));
        var requester = candidates.LastOrDefault(c => c.From is not null && !Ours(c.From));
        var subject = requester?.Subject ?? candidates.Select(c => c.Subject).FirstOrDefault(s => s is not null);
        var ourDomains = outerTo.Select(DomainCatalog.DomainOf).OfType<string>().Where(d => !_domains.IsFreeMail(d))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return requester is null
            ? new Sender(null, null, null, subject, candidates.Select(c => c.Date).FirstOrDefault(d => d is not null)) { OurDomains = ourDomains }
            : requester with { Subject = subject, OurDomains = ourDomains };
    }

    private static DateOnly? ParseHeaderDate(string? value)
    {
        if (value is null) return null;
        if (DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AllowWhiteSpaces, out var parsed))
            return DateOnly.FromDateTime(parsed.UtcDateTime);
        return DateFinder.Find(value, dayFirst: false).FirstOrDefault()?.Date;
    }

    private string? GovernmentAddressIn(string text) =>
        HeaderBlocks.Addresses(text).Select(m => m.Value).FirstOrDefault(a => _domains.IsGovernment(DomainCatalog.DomainOf(a)));

    // A delivery line's label ("Via e-mail", "By email", "Sent via e-mail", "Par courriel", "Por correo"): what
    // follows is where the letter went, not who wrote it.
    private static readonly Regex DeliveryLabel = Patterns.Build(@"^\s*(via|by|sent\s+(via|by)|delivered\s+(via|by)|transmitted\s+(via|by)|par|por|per)\s");

    private static readonly LabelSet OfficialEmailLabel = new(@"e-?mail|email address|official e-?mail|contact e-?mail|courriel|correo( electr[oó]nico)?|e-mail-adresse");

    /// <summary>No header: the first government address in the text, else a labelled one, else any, that is
    /// not a target's and not the provider's own.</summary>
    private string? FindOfficialEmail(NormalizedText normalized, LabelledLines labels, IReadOnlyList<AccountIdentifier> targets, IReadOnlySet<string> ourDomains, string? country)
    {
        var text = normalized.Value;
        // The provider's own domain, as the mailbox this message went to shows it: a colleague who forwarded the
        // request (an intake or trust-and-safety queue) is not the requester.
        bool Ours(string address) => _domains.IsOwn(DomainCatalog.DomainOf(address)) || (DomainCatalog.DomainOf(address) is { } d && ourDomains.Contains(d));
        if (GovernmentAddressIn(text) is { } government)
            return (OfficerAddress.IsRoleMailbox(government) ? OfficerAddress.PersonalGovernmentAddress(text, _domains) : null) ?? government.ToLowerInvariant();
        // Else an address on the agency's own domain by what the letter names (Assessment/SenderCheck); a few
        // addresses are enough (each one reads the letter again). A target's address names no agency of the letter.
        var unlisted = HeaderBlocks.Addresses(text).Select(m => m.Value).Where(a => !Ours(a)).Take(4);
        if (SenderCheck.AgencyAddressIn(_domains, unlisted, text, country) is { } agency)
            return agency.ToLowerInvariant();
        // "VIA E-MAIL: intake@…" says how the letter was delivered and to whom: the address is the recipient's.
        var delivered = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in labels.All(OfficialEmailLabel))
        {
            if (HeaderBlocks.Addresses(line.Value).FirstOrDefault() is not { } match) continue;
            var address = match.Value.ToLowerInvariant();
            if (DeliveryLabel.IsMatch(line.Label)) { delivered.Add(address); continue; }
            if (Ours(address) || targets.Any(t => t.Value == address)) continue;
            return address;
        }
        // Last resort (private counsel, a signature line): an address that is neither ours nor a target's, one
        // standing in a signature block first (the writer's own), else the first.
        var candidates = HeaderBlocks.Addresses(text)
            .Where(m => !AccountExtractor.IsTargetContext(normalized, m.Index) && !AccountExtractor.FollowsTargetWords(normalized, m.Index))
            .Where(m => !Ours(m.Value) && !delivered.Contains(m.Value))
            .ToList();
        var signed = candidates.FirstOrDefault(m => ContactExtractor.InSignatureBlock(normalized, m.Index));
        return (signed ?? candidates.FirstOrDefault())?.Value.ToLowerInvariant();
    }

    private (string? Country, string? Evidence) DecideCountry(RequesterContact contact, string? from, string language, string text)
    {
        var votes = new Dictionary<string, (double Score, string Why)>();
        void Vote(string? country, double weight, string why)
        {
            if (country is null) return;
            votes[country] = votes.TryGetValue(country, out var v) ? (v.Score + weight, v.Why) : (weight, why);
        }
        Vote(contact.CountryFromAddress, 3, "agency address");
        // No mail header (a pasted letter, a PDF): the government address the letter gives speaks for it.
        var fromDomain = DomainCatalog.DomainOf(from ?? GovernmentAddressIn(text));
        if (!_domains.IsFreeMail(fromDomain)) Vote(DomainCatalog.CountryOf(fromDomain), 2, $"sender domain {fromDomain}");
        Vote(CountryNames.FromRegionCode(contact.PhoneCountry), 1.5, "phone number country code");
        Vote(LanguageDetector.CountryOf(language), 1.5, $"request written in {LanguageName(language)}");
        // Courts, police forces, statutes and cities the text names: Québec French is Canadian, a Bogotá
        // prosecutor's Spanish is Colombian, an Oregon court's order is American.
        // One marker outweighs the language alone; several outweigh the sender's domain.
        var named = CountryNames.FromText(text);
        // A mutual legal assistance request executed by U.S. authorities (DOJ OIA, a U.S. Attorney) carries the
        // foreign state's request: that state is the requester, whatever the letterhead.
        if (named.RequestingState is { } requesting) return (requesting, $"mutual legal assistance requested by {requesting}: {named.RequestingEvidence}");
        if (named.Country is { } jurisdiction) Vote(jurisdiction, named.Count >= 2 ? 2.5 : 1.75, $"jurisdiction named: {named.Evidence}");
        // Nothing placed it: words read only as a last resort (a footer's address without a ZIP, a force's name).
        if (votes.Count == 0 && QuietCountryMarkers.Read(text) is { } quiet) return (quiet.Country, $"named in the letter: {quiet.Evidence}");
        if (votes.Count == 0) return (null, null);
        var best = votes.MaxBy(v => v.Value.Score);
        return (best.Key, best.Value.Why);
    }

    private static string LanguageName(string code) => LanguageDetector.NameOf(code);

    private static LegalProcessType DecideType(List<CueHit> hits, string? country, string text, Func<int, bool>? operative = null)
    {
        var scores = hits.GroupBy(h => h.Cue.Target).ToDictionary(g => g.Key, g => g.Sum(h => h.Weight));
        double S(string name) => scores.GetValueOrDefault(name);

        var ranked = scores.Where(s => s.Key != "international").OrderByDescending(s => s.Value).ToList();
        var top = ranked.Count > 0 && ranked[0].Value >= TypeThreshold ? ranked[0].Key : "other";

        // A National Security Letter or FISA order is that, whatever else it cites.
        if (S("national_security") >= 4) return LegalProcessType.NationalSecurity;

        // Hard negatives: a writer who says it asks for nothing now, or a private party using a private right
        // (its own data, copyright, a litigation hold) without serving process, is "other" whatever it names.
        if (NonProcess.Decide(hits, top, S, text, operative) is { } nonProcess) return nonProcess;

        // A subpoena or order that also asks to preserve ("in addition, please preserve ... while we seek a
        // warrant") is that process: the preservation rides along with it.
        if (top == "preservation" && new[] { "subpoena", "court_order", "search_warrant" }.Select(t => (Type: t, Score: S(t))).MaxBy(t => t.Score) is { Score: >= 4 } compulsory &&
            compulsory.Score >= 0.8 * S("preservation")) top = compulsory.Type;

        // Private litigation: a subpoena plus the marks of a civil case.
        if (top is "subpoena" or "civil" && S("civil") >= 3) top = "civil";

        // Issue 11 class 8: a U.S. court or prosecutor writing in Spanish (Puerto Rico) uses civil-law office names
        // ("Ministerio Público", "Fiscalía") for U.S. process; from the United States, only mutual legal assistance
        // or a foreign order makes it foreign process.
        if (country == CountryNames.UnitedStates && top is "subpoena" or "court_order" or "search_warrant" or "pen_register" or "wiretap" &&
            S(top) >= 4 && !IsFormalInternational(hits))
            return LegalProcessTypeNames.TryParse(top, out var domestic) ? domestic : LegalProcessType.Other;

        // A foreign request: named as such (MLAT, letters rogatory, OPO), or compulsory process from abroad.
        // Emergencies from abroad keep their type (nonUs says where they come from); preservation from abroad is
        // made international in Triage, after the model has had its say.
        var foreign = country is not null && country != CountryNames.UnitedStates;
        // A law firm abroad writing for its client ("en nombre y representación de", a claim before a civil court)
        // is a private party however it titles its letter ("Requerimiento"): civil, unless it is formal
        // international process (letters rogatory, an MLAT) that the firm forwards.
        if (top == "civil" && S("civil") >= 4 && S("civil") >= S("international") && !IsFormalInternational(hits))
            return LegalProcessType.Civil;
        if (top is not ("emergency" or "preservation") || S("international") > S(top) * 1.5)
        {
            // From abroad, named process (a subpoena, a warrant) is foreign process; a text that names none is
            // foreign process only when an authority writes it: a rights holder's notice or a user asking for their
            // own data in Portuguese is "other".
            if (S("international") >= 4 || (foreign && top is not ("civil" or "other")) || (foreign && top == "other" && ProcessTypeCues.ForeignAuthority.IsMatch(text)) ||
                (S("international") >= TypeThreshold && top == "other"))
                return LegalProcessType.International;
        }
        return LegalProcessTypeNames.TryParse(top, out var type) ? type : LegalProcessType.Other;
    }

    /// <summary>The order is made under a CLOUD Act agreement, not one that only mentions it as a later route
    /// ("a request under the Act or an international production order, which we will pursue if needed").</summary>
    /// <summary>The request came through an MLAT or a U.S. court, not merely names that route as one it may take
    /// later ("should content be needed we will proceed by mutual legal assistance").</summary>
    // Round 23: a letter of request copied to the provider that asks it to answer directly meanwhile ("se ruega a
    // Brightwater que remita directamente ... sin esperar a la tramitación por la Autoridad Central"): the treaty route is
    // named, but this copy is the authority asking directly.
    private static readonly Regex AsksDirectlyMeanwhile = Patterns.Build(
        @"\b(directamente|directly|directement|direttamente|diretamente|direkt|rechtstreeks)\b[^.]{0,120}\b(sin\s+esperar|without\s+waiting|sans\s+attendre|senza\s+attendere|sem\s+esperar|ohne\s+(\p{L}+\s+){1,3}abzuwarten|zonder\s+(\p{L}+\s+){1,3}af\s+te\s+wachten)\b");

    private static bool ComesThroughUsCourt(NormalizedText text)
    {
        if (AsksDirectlyMeanwhile.IsMatch(text.Value)) return false;
        foreach (Match m in UsCourtProcess.Matches(text.Value))
            if (!OnlyNamesTheRoute(text, m) && !OwnRequestSentThatWay(text, m)) return true;
        return false;
    }

    /// <summary>A foreign authority writing itself says it has sent its request through that route, or that the
    /// request is under way ("esta Fiscalía ha remitido al Departamento de Justicia (Office of International Affairs)
    /// una solicitud", "our MLAT request is pending"): the MLAT is another paper still to come, and this letter is
    /// the authority writing directly.</summary>
    private static bool OwnRequestSentThatWay(NormalizedText text, Match m)
    {
        var (start, end) = text.SentenceAround(m.Index, m.Length, 200);
        return OwnRequestSent.IsMatch(text.Value.AsSpan(start, end - start));
    }

    private static readonly Regex OwnRequestSent = Patterns.Build(
        // Round 21: or that none has been made yet ("As no Mutual Legal Assistance request has yet been made, we ask you
        // to voluntarily disclose"): this letter is the authority writing directly all the same.
        @"\bno\s+(\p{L}+\s+){0,4}(request|application|mlat)\s+(has|had)\s+(yet\s+)?been\s+(made|sent|submitted|transmitted|filed)\b|\b(has|have)\s+not\s+(yet\s+)?been\s+(made|sent|submitted|transmitted|filed)\b|" +
        @"\b(we|i)\s+(have|had)\s+(already\s+)?(sent|transmitted|submitted|forwarded|filed|made)\b|\bour\s+(\p{L}+\s+){0,3}(request|application|mlat)\s+(is|remains|was)\s+(pending|under\s+way|being\s+processed)" +
        @"|\b(hemos|he|ha|han)\s+(\p{L}+\s+){0,1}(remitid|enviad|transmitid|cursad|presentad|tramitad|formulad)[oa]s?\b|\ben\s+tr[áa]mite\b|\bse\s+(tramita|encuentra\s+en\s+tr[áa]mite)\b" +
        @"|\b(temos|tem|foi|foram)\s+(\p{L}+\s+){0,1}(remetid|enviad|transmitid|encaminhad|apresentad)[oa]s?\b|\bem\s+tr[âa]mite\b" +
        @"|\b(nous\s+avons|avons|a\s+[ée]t[ée])\s+(\p{L}+\s+){0,1}(transmis|envoy[ée]|adress[ée]|saisi)e?s?\b|\ben\s+cours\s+de\s+traitement\b" +
        @"|\b(abbiamo|ha|[èe]\s+stat[oa])\s+(\p{L}+\s+){0,1}(trasmess|inoltrat|inviat)[oaie]\b|\bin\s+corso\s+di\s+(esecuzione|trattazione)\b" +
        @"|\b(haben|hat|wurde)\s+(\p{L}+\s+){0,3}([üu]bermittelt|[üu]bersandt|gestellt)\b|\b(hebben|heeft|is)\s+(\p{L}+\s+){0,3}(verzonden|ingediend|toegezonden)\b");

    private static bool InvokesCloudActAgreement(NormalizedText text, CueContext context)
    {
        var value = text.Value;
        foreach (Match m in CloudActAgreement.Matches(value))
        {
            if (OnlyNamesTheRoute(text, m)) continue;
            if (context.Multiplier(text, m.Index, m.Length) >= 0.5) return true;
        }
        return false;
    }

    /// <summary>The EU production order the paper is, not one it names as a later route ("If you require a European
    /// Production Order we will ask the prosecutor to issue one", "kann bei Bedarf nachgereicht werden").</summary>
    private static string? OperativeEuProductionOrder(NormalizedText text)
    {
        foreach (Match m in EuProductionOrder.Matches(text.Value))
            if (!OnlyNamesTheRoute(text, m)) return Snippet(text.Value, m.Index, m.Length);
        return null;
    }

    /// <summary>The first match of an EU order's name that the paper does not name only as a later route.</summary>
    private static Match? OperativeMatch(Regex order, NormalizedText text)
    {
        foreach (Match m in order.Matches(text.Value))
            if (!OnlyNamesTheRoute(text, m)) return m;
        return null;
    }

    /// <summary>The sentence names a route only as one that may follow, or says the paper is not that route ("This
    /// is not an International Production Order").</summary>
    private static bool OnlyNamesTheRoute(NormalizedText text, Match m)
    {
        var (start, end) = text.SentenceAround(m.Index, m.Length, 200);
        var sentence = text.Value.AsSpan(start, end - start);
        return LaterRoute.IsMatch(sentence) || LaterRouteOffered.IsMatch(sentence) || NotThisRoute.IsMatch(text.Value.AsSpan(start, m.Index - start)) ||
               RouteInTheConditional.IsMatch(sentence) || RoutePending.IsMatch(sentence) || RouteInTheFuture.IsMatch(sentence) ||
               RouteNotIntended.IsMatch(sentence);
    }

    // Round 27: the route is not intended, planned or at hand ("eine Europäische Herausgabeanordnung ist derzeit nicht
    // beabsichtigt", "is not planned at this time", "n'est pas envisagée", "no está prevista", "non è prevista").
    private static readonly Regex RouteNotIntended = Patterns.Build(
        @"\b(nicht|weder)\s+(beabsichtigt|vorgesehen|geplant)\b|\b(is|are)\s+not\s+(currently\s+|presently\s+)?(intended|planned|contemplated|envisaged|foreseen)\b|\bn'est\s+pas\s+(\p{L}+\s+)?(envisag[ée]e?|pr[ée]vue?)\b" +
        @"|\bno\s+(est[áa]|se\s+ha)\s+(\p{L}+\s+)?(prevista|previsto|planeada|planteado)\b|\bn[ãa]o\s+(est[áa]|[ée])\s+(\p{L}+\s+)?(prevista|previsto|planeada)\b|\bnon\s+[èe]\s+(\p{L}+\s+)?(prevista|previsto|programmata)\b|\bniet\s+(voorzien|gepland|beoogd)\b");

    // Round 19: the route told in the future passive, as what will be done for the part this letter does not ask
    // ("O conteúdo será solicitado via MLAT", "el contenido será solicitado por comisión rogatoria", "sarà richiesto
    // tramite rogatoria", "sera demandé par voie d'entraide", "will be requested through an MLAT", "wird ... beantragt").
    private static readonly Regex RouteInTheFuture = Patterns.Build(
        @"\b(ser[áa]|ser[ãa]o|sar[àa]|saranno|sera|seront|will\s+be|shall\s+be)\s+(\p{L}+\s+){0,1}(solicitad|requerid|encaminhad|formulad|tramitad|cursad|remitid|richiest|inoltrat|requested|sought|pursued|submitted|obtained)[oaes]{0,2}\b" +
        @"|\b(sera|seront)\s+(\p{L}+\s+){0,1}(demand|sollicit|adress)[ée]e?s?\b|\bwird\s+(\p{L}+\s+){0,4}(beantragt|angefordert|nachgereicht)\b|\b(zal|zullen)\s+(\p{L}+\s+){0,4}worden\s+(aangevraagd|gevorderd|ingediend)\b");

    // Round 16: the route named in the conditional, as what another request would need ("dass Inhalte nur über ein
    // Rechtshilfeersuchen bzw. eine Europäische Herausgabeanordnung zu erlangen wären; darum geht es hier nicht",
    // "ne pourraient être obtenus que par", "sólo podrían obtenerse mediante", "that is not what this is").
    private static readonly Regex RouteInTheConditional = Patterns.Build(
        @"\b(zu\s+(erlangen|erhalten|beantragen)\s+(w[äa]ren|w[äa]re)|erforderlich\s+w[äa]re|darum\s+geht\s+es\s+(hier\s+)?nicht|ne\s+pourrai(en)?t\s+[êe]tre\s+obtenu|il\s+ne\s+s'agit\s+pas\s+de\s+cela|s[óo]lo\s+podr[íi]an?\s+obtenerse|no\s+se\s+trata\s+de\s+eso|s[óo]\s+poderi(a|am)\s+ser\s+obtid|n[ãa]o\s+se\s+trata\s+disso|potrebbero\s+essere\s+ottenut|si\s+potrebbero\s+ottenere|non\s+si\s+tratta\s+di\s+questo|zou(den)?\s+(alleen\s+)?(\p{L}+\s+){0,3}(te\s+verkrijgen|verkregen\s+kunnen)|daar\s+gaat\s+het\s+hier\s+niet\s+om|(could|would)\s+only\s+be\s+(obtained|sought)|that\s+is\s+not\s+what\s+(this|we)\s+(is|are\s+(asking|seeking)))\b");

    // Round 17: the route still being obtained while this letter asks directly ("mientras el Juzgado tramita la orden
    // europea de producción", "nelle more dell'emissione di un Ordine europeo", "en attendant", "pending the issuance
    // of"), or named as the only way to what this letter does not compel ("possa essere fornito solo su rogatoria o
    // tramite ordine europeo", "ne peut être fourni que sur", "solo puede facilitarse mediante", "kann nur über ...");
    // and the offer in the words the other patterns lack ("Si precisan una orden europea ..., la solicitaremos").
    // Own automaton: the others are near the size limit.
    private static readonly Regex RoutePending = Patterns.Build(
        @"\b(mientras\s+(que\s+)?(\p{L}+\s+){0,10}(tramita|tramite|expide|emite|dicta)|(tramita|tramitando)\s+(la|una)\s+orden|nelle\s+more|en\s+attendant|enquanto\s+(\p{L}+\s+){0,10}(tramita|emite|n[ãa]o)|pending\s+(the\s+)?(issuance|issue|receipt|arrival|grant)\s+of|bis\s+(zum\s+erlass|zur\s+ausstellung)|in\s+de\s+tussentijd" +
        @"|(possa|possano|pu[òo]|possono)\s+essere\s+(\p{L}+\s+)?(fornit|ottenut|trasmess|comunicat|acquisit)\p{L}*\s+solo|ne\s+(peut|peuvent|pourra|pourront)\s+[êe]tre\s+(\p{L}+\s+)?(fourni|obtenu|transmis|communiqu)\p{L}*\s+qu|s[óo]lo\s+(puede|pueden|podr[áa]n?)\s+(ser\s+)?(\p{L}+\s+)?(facilit|obten|entreg|proporcion|remit)\p{L}*|s[óo]\s+(pode|podem|poder[áa]o?)\s+ser\s+(fornecid|obtid|entregue|transmitid)\p{L}*|(kann|k[öo]nnen)\s+nur\s+(\p{L}+\s+){0,6}(erlangt|herausgegeben|[üu]bermittelt|geliefert)|(kan|kunnen)\s+alleen\s+(\p{L}+\s+){0,6}(verstrekt|verkregen|geleverd)|can\s+only\s+be\s+(provided|obtained|produced|disclosed)" +
        @"|\bsi\s+(ustedes\s+)?(precisan|precisa)\b|\b(la|lo)\s+(solicitaremos|pediremos|tramitaremos)\b|\b(la|le)\s+(demanderons|solliciterons)\b|\b(la|lo)\s+(richiederemo|chiederemo)\b|\b(a|o)\s+(solicitaremos|pediremos)\b" +
        // Round 18: the route offered as the provider's choice ("laat ons weten of een Europees verstrekkingsbevel de
        // voorkeur heeft", "whether you would prefer a European Production Order", "ob ... bevorzugt wird").
        @"|\bwhether\s+[^.;]{0,100}\b(is|would\s+be)\s+preferred|\b(you|your\s+company)\s+(would\s+)?prefer\b|\bde\s+voorkeur\s+(heeft|geniet|verdient)|\bob\s+[^.;]{0,100}\b(bevorzugt|vorgezogen)\s+wird|\bsi\s+vous\s+pr[ée]f[ée]rez|\bsi\s+(ustedes\s+)?prefieren|\bse\s+(voc[êe]s\s+)?preferem|\bse\s+preferite)");

    // Before the route's name, in its sentence: the paper says it is not that route.
    private static readonly Regex NotThisRoute = Patterns.Build(
        @"\b(is\s+not|isn't|not\s+(made|issued|served|sent|submitted)\s+(under|pursuant\s+to)|ist\s+keine?|n'est\s+pas|no\s+es|n[ãa]o\s+[ée]|non\s+[èe]|is\s+geen" +
        // Round 19: "Es handelt sich nicht um eine Europäische Herausgabeanordnung", "il ne s'agit pas d'une injonction
        // européenne", "no se trata de una orden europea", "não se trata de", "non si tratta di", "het betreft geen".
        @"|handelt\s+sich\s+nicht\s+um|ne\s+s'agit\s+pas|no\s+se\s+trata\s+de|n[ãa]o\s+se\s+trata\s+de|non\s+si\s+tratta\s+di|betreft\s+geen|gaat\s+niet\s+om)\b");

    private static readonly Regex LaterRoute = Patterns.Build(
        @"\b(would\s+require|will\s+(pursue|seek|follow|send|apply|require)|we\s+understand\s+(that\s+)?(\p{L}+\s+){0,3}(will|would|must|needs?)|would\s+then\s+(pursue|seek|send|apply|proceed)|if\s+needed|if\s+necessary|separately|in\s+due\s+course|we\s+understand\s+that|(should|if|where|when)\s+(\p{L}+\s+){0,3}(be|is|are|become)\s+(required|needed|necessary)|will\s+proceed|would\s+proceed|falls\s+erforderlich|si\s+n[ée]cessaire|en\s+caso\s+de\s+ser\s+necesario|caso\s+seja\s+necess[áa]rio|qualora\s+(fosse|sia)\s+necessari|indien\s+nodig" +
        // "We understand stored content will require a request under the Agreement or MLAT": a route for later.
        // "If you require an EPOC", "the Act may be needed for content", "or require an MLAT request", "kann bei Bedarf
        // nachgereicht werden", "liegt noch nicht vor", "Mocht u ... nodig hebben", "kunnen voorbereiden".
        // Issue 11 round 12: the same offer in the other languages read ("Si ustedes requieren una Orden Europea de
        // Producción, ... la tramitaremos", "si vous exigez", "se richiedete", "se necessitarem", "falls Sie ... benötigen").
        @"|\bsi\s+(ustedes\s+|usted\s+|vous\s+)?(requieren|requiere|necesitan|necesita|prefieren|prefiere|exigez|avez\s+besoin|pr[ée]f[ée]rez)\b|\bse\s+(voi\s+|lei\s+)?(richiedete|necessitate|preferite|richiede|necessita)\b|\bse\s+(voc[êe]s?\s+)?(necessitar(em)?|exigir(em)?|preferir(em)?)\b|\bfalls\s+sie\b" +
        @"|if\s+you\s+(require|need|prefer)|(may|might|could)\s+(\p{L}+\s+)?(require|need)\w*|\bor\s+require|not\s+yet|bei\s+bedarf|nachgereicht|noch\s+nicht|pas\s+encore|todav[ií]a\s+no|ainda\s+n[ãa]o|non\s+ancora|nog\s+niet|mocht(en)?|nodig\s+(is|zijn|hebben|heeft)|kunnen\s+voorbereiden" +
        // "ove necessario, seguirà Ordine europeo", "Caso entendam necessário, será emitida", "pending an application for".
        @"|ove\s+necessario|segu(ir[àa]|ir[áa])|caso\s+entendam|ser[áa]\s+emitid[oa]|sar[àa]\s+emess[oa]|suivra|se\s+emitir[áa]|pending\s+(an?\s+)?(application|request)" +
        // "Si fuera necesario, se tramitará por la vía de", "En caso de que su política exija", "if your policy requires".
        @"|si\s+fuera\s+necesari[oa]|se\s+tramitar[áa]|en\s+caso\s+de\s+que|(lo|la)\s+emitir[áa]|(if|si|se|wenn|falls|indien)\s+(\p{L}+\s+){0,2}(polic(y|ies)|pol[ií]tica|politique|richtlinien?|beleid)" +
        // "a disposizione per l'eventuale trasmissione di un ordine europeo", "l'éventuelle transmission", "la
        // eventual remisión": in the Romance languages the adjective makes the route a possible later one.
        @"|eventual[ei]?|[ée]ventuel(le)?s?|eventuele" +
        // Round 10b: a route awaited or needed only on a condition, in the other languages ("a la espera de la
        // correspondiente orden europea", "dans l'attente d'une", "Si une décision judiciaire (... EPOC) est nécessaire").
        @"|a\s+la\s+espera\s+de|en\s+espera\s+de|dans\s+l'attente\s+d\p{L}*|en\s+attente\s+d\p{L}*|in\s+attesa\s+d\p{L}*|[àa]\s+espera\s+d\p{L}*|in\s+afwachting\s+van|awaiting|(est|soit|serait|sont|seraient)\s+n[ée]cessaires?|(es|sea|fuera|fuese|resulta)\s+necesari[oa]s?|(seja|for|fosse)\s+necess[áa]ri[oa]s?|(sia|fosse)\s+necessari[oa]|(ist|w[äa]re|sein\s+sollte)\s+(erforderlich|notwendig|n[öo]tig)" +
        // Round 12: the German conditional put first ("Sollte eine Europäische Herausgabeanordnung erforderlich sein").
        @"|sollte\s+(\p{L}+\s+){0,5}(erforderlich|notwendig|n[öo]tig)\s+sein)\b");

    // Issue 11 round 13: the route offered on a condition further off — a long subject before "is necessary" ("If a
    // formal request through the Japan–U.S. Mutual Legal Assistance Treaty is necessary"), the provider unable to comply
    // ("if you are unable to comply ..., please advise so that we may pursue an MLAT request"), the provider's
    // preference ("Indien u een Europees verstrekkingsbevel verkiest", "wenn Sie ... vorziehen", "caso prefiram").
    // Apart from LaterRoute: together they outgrow the non-backtracking automaton's size limit.
    private static readonly Regex LaterRouteOffered = Patterns.Build(
        // Round 23: "If your company requires a request through mutual legal assistance, please let us know".
        @"\bif\s+(you|your\s+(company|firm|organi[sz]ation))\s+(requires?|needs?|prefers?|would\s+prefer|insists?\s+on)\b|" +
        @"\bif\s+(a|an|the)\s+(formal\s+|separate\s+|official\s+)?(request|application|order|procedure|channel|route)\b[^;]{0,100}\s(is|are|be|becomes?)\s+(formally\s+|legally\s+|strictly\s+)?(required|needed|necessary)|\bif\s+(you|your\s+company)\s+(are|is)\s+(unable|not\s+able|not\s+in\s+a\s+position)|\bif\s+you\s+(cannot|can't|can\s+not)\s+(comply|respond|provide|disclose)|\bso\s+that\s+we\s+(may|can|could|might)\s+(then\s+)?(pursue|seek|send|submit|file|initiate|prepare|apply\s+for|request)" +
        @"|\b(indien|als)\s+u\s+(\p{L}+\s+){0,6}(verkiest|wenst|prefereert|nodig\s+heeft|vereist|verlangt)|\bwenn\s+sie\s+(\p{L}+\s+){0,6}(vorziehen|bevorzugen|ben[öo]tigen|verlangen|w[üu]nschen)|\b(caso|se)\s+(voc[êe]s?\s+)?(prefiram|prefira|exijam|exija|necessitem|necessite)|\bqualora\s+(\p{L}+\s+){0,2}(preferiate|preferisca|richiediate|richieda|riteniate|necessitiate)|\bsi\s+(ustedes\s+)?(prefieren|exigen|no\s+pueden)|\ben\s+caso\s+de\s+no\s+poder|\bsi\s+vous\s+(ne\s+pouvez\s+pas|[êe]tes\s+dans\s+l'impossibilit[ée])\b");

    private static double Score(List<CueHit> hits) => hits.Sum(h => h.Weight);

    /// <summary>Do the emergency words only name the offence the case concerns? Either each is a death threat named
    /// as an offence ("menaces de mort", "amenazas de muerte", "death threats") in a request that does not call
    /// itself an emergency; or, in a foreign police force's direct request that states no present danger, each
    /// stands on the line that labels the offence ("Faits : harcèlement et menaces de mort").</summary>
    private static bool DeniedInItsSentence(NormalizedText text, CueHit hit)
    {
        var (start, end) = text.SentenceAround(hit.Offset, hit.Length, 200);
        return EmergencyReader.DeniesDanger(text.Value.AsSpan(start, end - start));
    }

    private static bool NamesOnlyTheOffence(LegalProcessType type, List<CueHit> emergencyHits, string text)
    {
        var named = emergencyHits.Where(h => h.Weight > 0).ToList();
        if (type != LegalProcessType.Emergency && named.All(EmergencyVocabulary.IsOffenceLabel)) return true;
        return type == LegalProcessType.International && !EmergencyVocabulary.StatesPresentDanger(named) &&
               named.All(h => EmergencyVocabulary.OnOffenceLine(text, h));
    }

    /// <summary>A user asking for their own data under an access right (GDPR art. 15 and the like): the mail serves
    /// no process, yet when it asks for the user's own messages it asks for content (the legal team answers it
    /// as such).</summary>
    private static bool AsksForOwnData(List<CueHit> typeHits) =>
        typeHits.Any(h => h.Weight >= 1 && h.Cue.Reason is ProcessTypeCues.OwnData or ProcessTypeCues.ConsentBased);

    private static bool IsUrgencyOnly(CueHit hit) =>
        hit.Cue.Target == "emergency" && hit.Cue.Reason.StartsWith("urgen", StringComparison.Ordinal);

    private static double ScoreOf(List<CueHit> hits, string target) => hits.Where(h => h.Cue.Target == target).Sum(h => h.Weight);

    /// <summary>Formal mutual legal assistance, letters rogatory or an OPO: the international channel is the
    /// point of the paper, even when lives are at stake. An EU production order in an emergency (8 hours) is an
    /// emergency.</summary>
    private static bool IsFormalInternational(List<CueHit> hits) =>
        hits.Any(h => h.Cue.Target == "international" && h.Cue.Weight >= 4 && h.Weight >= 1 && !h.Cue.Reason.StartsWith("EU European Production Order", StringComparison.Ordinal));

    private static readonly Regex EuProductionOrder = Patterns.Build(
        @"european\s+production\s+order|\bEPOC\b|regulation\s+\(eu\)\s+2023/1543|europ[äa]ische\s+herausgabeanordnung|injonction\s+europ[ée]enne\s+de\s+production|orden\s+europea\s+de\s+(entrega|producci[oó]n)|ordine\s+europeo\s+di\s+produzione|europees\s+verstrekkingsbevel|ordem\s+europeia\s+de\s+produ[çc][ãa]o");

    private static readonly Regex EuPreservationOrder = Patterns.Build(
        @"european\s+preservation\s+order|\bEPOC-PR\b|europ[äa]ische\s+sicherungsanordnung|injonction\s+europ[ée]enne\s+de\s+conservation|orden\s+europea\s+de\s+conservaci[oó]n|ordine\s+europeo\s+di\s+conservazione|europees\s+(bewarings|bewaar)bevel|ordem\s+europeia\s+de\s+conserva[çc][ãa]o");

    // A production order's own title; "EPOC" alone is also part of "EPOC-PR".
    private static readonly Regex EuProductionOrderTitle = Patterns.Build(
        @"european\s+production\s+order|europ[äa]ische\s+herausgabeanordnung|injonction\s+europ[ée]enne\s+de\s+production|orden\s+europea\s+de\s+(entrega|producci[oó]n)|ordine\s+europeo\s+di\s+produzione|europees\s+verstrekkingsbevel|ordem\s+europeia\s+de\s+produ[çc][ãa]o");

    // Words every EU order pattern above holds: each language's "europ…" adjective, the abbreviation, the regulation.
    // A text without any (nearly every request) skips those whole-text passes.
    private static readonly System.Buffers.SearchValues<string> EuOrderWords =
        System.Buffers.SearchValues.Create(["europ", "epoc", "2023/1543"], StringComparison.OrdinalIgnoreCase);

    private static bool NamesEuOrder(string text) => text.AsSpan().ContainsAny(EuOrderWords);

    // Every alternative of PreservationExtension holds one of these.
    private static readonly System.Buffers.SearchValues<string> ExtensionWords =
        System.Buffers.SearchValues.Create(["exten", "renew"], StringComparison.OrdinalIgnoreCase);

    private static readonly Regex PreservationExtension = Patterns.Build(
        @"(first|second|third|1st|2nd|3rd|further|additional)\s+(\d{2,3}[\s-]day\s+)?(extension|renewal)|(extend|renew)(ing|ed)?\s+(the|our|this|its)\s+(\d{2,3}[\s-]day\s+)?(preservation|previous\s+preservation)|request\s+(for|to)\s+(an?\s+)?(extension|extend)");

    private static string? UntilFurtherOrder(string text) =>
        OperativeReading.UntilFurtherOrderMatch(text) is { } m ? m.Value.ToLowerInvariant() : null;

    private static void AddFlagEvidence(List<Evidence> evidence, string flag, bool raised, List<CueHit> hits)
    {
        if (!raised) return;
        evidence.AddRange(hits.Where(h => h.Weight > 0).OrderByDescending(h => h.Weight).Take(2).Select(h => ToEvidence(flag, h)));
    }

    private static Evidence ToEvidence(string about, CueHit hit) => new(about, hit.Cue.Reason, hit.Text, hit.Offset, hit.Length);

    private static string? BestSnippet(string text, List<CueHit> hits)
    {
        var best = hits.Where(h => h.Weight > 0).MaxBy(h => h.Weight);
        return best is null ? null : Snippet(text, best.Offset, best.Length);
    }

    /// <summary>The matched words with a little context, on one line, for a finding.</summary>
    private static string Snippet(string text, int offset, int length)
    {
        var start = Math.Max(0, offset - 40);
        var end = Math.Min(text.Length, offset + length + 60);
        var snippet = text[start..end].ReplaceLineEndings(" ").Trim();
        return (start > 0 ? "…" : "") + snippet + (end < text.Length ? "…" : "");
    }

    private static int IndexOf(string text, string value) => IgnoreCase.IndexOf(text, value);
}
