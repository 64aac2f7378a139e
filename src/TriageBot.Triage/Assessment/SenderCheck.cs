using System.Text.RegularExpressions;
using TriageBot.Triage.Detection;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Model;

namespace TriageBot.Triage.Assessment;

/// <summary>Why a sender looks wrong, or null when it does not. Fake emergency requests come from free-mail,
/// look-alike domains and Reply-To addresses that divert the answer elsewhere.</summary>
internal sealed record SenderConcern(string Reason, string Evidence);

/// <summary>
/// A sender is suspicious when it claims government authority from an address that does not prove it: free mail,
/// a look-alike or unknown domain, or a Reply-To elsewhere. A private party writing as itself (a law firm, a
/// user, a journalist, a rights agent) claims no such authority; its request is routed by type, not doubted.
/// </summary>
internal static class SenderCheck
{
    private static readonly Regex PrivateParty = Patterns.Build(
        @"\bpro\s+se\b|self-represented|represent(ing)?\s+myself|(i\s+am|i'm)\s+the\s+(plaintiff|defendant|petitioner|respondent|claimant)|in\s+propria\s+persona|\bon\s+behalf\s+of\s+(my|our)\s+client|\b(i|we)\s+represent\s+(the\s+)?(plaintiff|defendant|petitioner|respondent|claimant|my|our|[A-Z])|(i\s+am|i'm|we\s+are)\s+(a\s+|an\s+|the\s+)?(journalist|reporter|user|customer|subscriber|account\s+holder|owner\s+of\s+the\s+account|rights\s+(holder|agent|owner)|copyright\s+(owner|agent|holder)|(authori[sz]ed\s+)?agent\s+(of|for)\s+the\s+(copyright|rights))|\bmy\s+(own\s+)?account\b|\bDMCA\b|512\s*\(\s*c\s*\)|\bLLP\b|\bEsq\.?\b|attorneys?\s+at\s+law|\blaw\s+(firm|offices?\s+of)");

    private static readonly Regex AuthorityWords = Patterns.Build(
        @"police|sheriff|constab|department\s+of\s+(justice|homeland)|bureau\s+of\s+investigation|marshal|attorney'?s\s+office|district\s+attorney|prosecutor|law\s+enforcement|task\s+force|state\s+patrol|highway\s+patrol|court|polizei|staatsanwaltschaft|gendarmerie|policia|pol[ií]cia|polizia|carabinieri|politie|procura|fiscal[ií]a|minist[eé]rio\s+p[uú]blico|openbaar\s+ministerie|parquet|tribunal|tribunale");

    private static readonly Regex SelfIdentifies = Patterns.Build(
        @"^[ \t]*(detective|det\.|officer|special\s+agent|sgt\.?|sergeant|deputy|trooper|investigator|constable|lieutenant|lt\.|capt\.|captain|inspector|commissaire|kommissar(in)?|kriminalhauptkommissar(in)?|agente|ispettore|inspecteur|brigadier|delegad[oa]|comissári[oa])\s+[A-Z]|\b(i\s+am|this\s+is|my\s+name\s+is)\s+(a\s+|an\s+)?(detective|officer|special\s+agent|agent|sergeant|deputy|trooper|investigator|constable|prosecutor|police)");

    /// <summary>Does the request speak with a government's authority? Its type (legal process other than a
    /// civil case), a law-enforcement agency name or a rank in its signature say so; a private party's own voice
    /// (counsel, a user, a journalist, a rights agent) says it does not.</summary>
    public static bool ClaimsAuthority(LegalProcessType type, string text, string? agencyName)
    {
        var head = text.Length > 20_000 ? text[..20_000] : text;
        if (type == LegalProcessType.Civil) return false;
        if (PrivateParty.IsMatch(head) && !SelfIdentifies.IsMatch(head)) return false;
        if (type != LegalProcessType.Other) return true;
        return (agencyName is not null && AuthorityWords.IsMatch(agencyName)) || SelfIdentifies.IsMatch(head);
    }

    public static SenderConcern? Assess(DomainCatalog domains, string? from, string? replyTo, bool claimsAuthority, string text = "")
    {
        var fromDomain = DomainCatalog.DomainOf(from);
        var replyDomain = DomainCatalog.DomainOf(replyTo);

        if (fromDomain is not null && !domains.IsOwn(fromDomain))
        {
            if (domains.LookAlikeToken(fromDomain, claimsAuthority) is { } token)
                return new($"sent from {fromDomain}, a look-alike of an agency domain (\"{token}\" outside a government domain)", from!);
            if (claimsAuthority && domains.IsFreeMail(fromDomain))
                return new($"sent from a free-mail address ({fromDomain}) by a sender claiming government authority", from!);
            // A city or county department on its municipality's own domain (cityoftulsa.org for the Tulsa Police
            // Department) is the agency it names; a domain naming no agency of the text proves nothing.
            if (claimsAuthority && !domains.IsGovernment(fromDomain) && AgencyDomain.NamedAgency(fromDomain, text) is null)
                return new($"from {fromDomain}, not a recognised government or law-enforcement domain, while claiming government authority", from!);
        }

        if (replyDomain is not null && !domains.IsOwn(replyDomain) && fromDomain is not null)
        {
            if (domains.LookAlikeToken(replyDomain, claimsAuthority) is { } token)
                return new($"Reply-To points to {replyDomain}, a look-alike of an agency domain (\"{token}\")", replyTo!);
            if (claimsAuthority && domains.IsFreeMail(replyDomain))
                return new($"Reply-To points to a free-mail address ({replyDomain})", replyTo!);
            if (claimsAuthority && DomainCatalog.Organisation(replyDomain) != DomainCatalog.Organisation(fromDomain) && !domains.IsGovernment(replyDomain))
                return new($"Reply-To ({replyDomain}) is on another domain than the sender ({fromDomain})", replyTo!);
        }
        return null;
    }
}
