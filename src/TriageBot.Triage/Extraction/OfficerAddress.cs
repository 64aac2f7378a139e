using System.Text.RegularExpressions;
using TriageBot.Triage.Detection;

namespace TriageBot.Triage.Extraction;

/// <summary>
/// The requester's e-mail is the officer's own address, the one a reviewer writes back to. A court's ECF notice
/// sender or an agency's role mailbox ("enf-…-production@", "ecf_notices@", "noreply@") carries the document but
/// answers no questions: when the text also gives a government address of a person, that one is the contact.
/// </summary>
internal static class OfficerAddress
{
    private static readonly Regex RoleMailbox = Patterns.Build(
        @"^([^@]*[._-])?(ecf|notices?|noreply|no-reply|donotreply|do-not-reply|production|productions|intake|mailbox|returns?|preservations?|subpoenas?|warrants?|submissions?|alerts?|notifications?|docketing|clerk)([._-][^@]*)?@");

    public static bool IsRoleMailbox(string address) => RoleMailbox.IsMatch(address);

    /// <summary>The first government address in the text that is not a role mailbox, or null.</summary>
    public static string? PersonalGovernmentAddress(string text, DomainCatalog domains) =>
        HeaderBlocks.Addresses(text).Select(m => m.Value)
            .FirstOrDefault(a => domains.IsGovernment(DomainCatalog.DomainOf(a)) && !IsRoleMailbox(a))?.ToLowerInvariant();

    /// <summary>For a message from a government role mailbox: the person's government address the text gives.</summary>
    public static string? InsteadOfSender(string? from, string text, DomainCatalog domains) =>
        from is not null && IsRoleMailbox(from) && domains.IsGovernment(DomainCatalog.DomainOf(from))
            ? PersonalGovernmentAddress(text, domains)
            : null;
}
