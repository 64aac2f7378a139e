using TriageBot.Triage.Detection;
using TriageBot.Triage.Model;

namespace TriageBot.Triage.Assessment;

/// <summary>Why a sender looks wrong, or null when it does not. Fake emergency requests come from free-mail,
/// look-alike domains and Reply-To addresses that divert the answer elsewhere.</summary>
internal sealed record SenderConcern(string Reason, string Evidence);

internal static class SenderCheck
{
    public static SenderConcern? Assess(DomainCatalog domains, string? from, string? replyTo, LegalProcessType type)
    {
        var fromDomain = DomainCatalog.DomainOf(from);
        var replyDomain = DomainCatalog.DomainOf(replyTo);

        if (fromDomain is not null && !domains.IsOwn(fromDomain))
        {
            if (domains.IsFreeMail(fromDomain))
                return new($"sent from a free-mail address ({fromDomain}), not an agency domain", from!);
            // Private counsel legitimately write from their firm's domain; everyone else should be on a government one.
            if (type != LegalProcessType.Civil && !domains.IsGovernment(fromDomain))
                return new($"sender domain {fromDomain} is not a recognised government or law-enforcement domain", from!);
        }

        if (replyDomain is not null)
        {
            if (domains.IsFreeMail(replyDomain))
                return new($"Reply-To points to a free-mail address ({replyDomain})", replyTo!);
            if (fromDomain is not null && DomainCatalog.Organisation(replyDomain) != DomainCatalog.Organisation(fromDomain))
                return new($"Reply-To ({replyDomain}) is on another domain than the sender ({fromDomain})", replyTo!);
        }
        return null;
    }
}
