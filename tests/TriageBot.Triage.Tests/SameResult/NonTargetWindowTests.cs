using TriageBot.Triage.Extraction;

namespace TriageBot.Triage.Tests.SameResult;

/// <summary>
/// NonTargetRoles asks its costly forms only when the window around a handle holds one of the words they need (a
/// role, a represented client, "only"). The pre-check must never skip a form that would match: held on windows of
/// every labelled request and on bystander phrasings written for it.
/// </summary>
public class NonTargetWindowTests
{
    private const int Before = 70;
    private const int After = 120;

    [Theory]
    [MemberData(nameof(LabelledRequests.Folders), MemberType = typeof(LabelledRequests))]
    public void Word_prechecks_skip_no_form_that_matches_on_labelled_requests(string folder)
    {
        foreach (var (name, raw) in LabelledRequests.In(folder))
        {
            // Where a handle stands in these texts: after a quote, a bracket, an @, a colon or a space after a word.
            var asked = 0;
            for (var at = 1; at < raw.Length && asked < 400; at++)
            {
                if (raw[at - 1] is not ('"' or '\'' or '«' or '“' or '(' or '@' or ':' or ' ')) continue;
                asked++;
                AssertNoSkippedMatch(raw[Math.Max(0, at - Before)..at], raw[at..Math.Min(raw.Length, at + After)], name);
            }
        }
    }

    [Theory]
    [InlineData("we seek records of the suspect, and not of the victim's Instagram account \"", "\" at all.")]
    [InlineData("the complainant's mother's profile (", ") was shared")]
    [InlineData("records for the account of my client \"", "\" are not sought")]
    [InlineData("La víctima, cuya cuenta es «", "» desde 2024")]
    [InlineData("Testemunha: titular da conta «", "»")]
    [InlineData("the parent who reported the contact from her account \"", "\" (reporting person; not the target)")]
    [InlineData("please search the account \"", "\" (vittima, non indagata) which is named as the informant here")]
    [InlineData("we ask solely for the account \"", "\"")]
    [InlineData("de Kontoinhaber, Geschädigter: Konto \"", "\" (Zeuge)")]
    public void Word_prechecks_skip_no_form_that_matches_on_bystander_phrasings(string before, string after) =>
        AssertNoSkippedMatch(before, after, before);

    private static void AssertNoSkippedMatch(string before, string after, string where)
    {
        foreach (var (form, matches, asked) in NonTargetRoles.FormsOn(before, after))
            Assert.False(matches && !asked, $"{where}: form {form} matches a window its pre-check skips: «{before}» | «{after}»");
    }
}
