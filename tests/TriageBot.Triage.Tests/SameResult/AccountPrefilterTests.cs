using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Tests.SameResult;

/// <summary>
/// The account readings skip a whole-text pass where <see cref="AccountPrefilters"/> says its pattern cannot match,
/// and e-mail addresses are looked for only in the runs of address characters around each "@": a skipped pass must
/// never be one that would have found something, and the addresses must be the whole-text pass's. Held on every
/// labelled request and on texts written for the edge cases.
/// </summary>
public class AccountPrefilterTests
{
    private static readonly (string Name, Func<string, bool> MayMatch, Regex Pattern)[] Gates =
    [
        ("@handle", AccountPrefilters.MayHaveAtHandle, AccountExtractor.Username),
        ("username label", AccountPrefilters.MayHaveUsernameLabel, AccountExtractor.LabelledUsername),
        ("quoted username", AccountPrefilters.MayHaveQuoteAfterBlank, AccountExtractor.QuotedUsername),
        ("quoted handle", AccountPrefilters.MayHaveQuotedHandle, AccountExtractor.QuotedHandle),
        ("bare handle", AccountPrefilters.MayHaveBareHandle, AccountExtractor.BareHandle),
        ("numeric id", AccountPrefilters.MayHaveNumericId, AccountExtractor.NumericId),
        ("account id", AccountPrefilters.MayHaveAccountId, AccountExtractor.AccountId),
    ];

    [Theory]
    [MemberData(nameof(LabelledRequests.Folders), MemberType = typeof(LabelledRequests))]
    public void A_pass_is_skipped_only_where_its_pattern_finds_nothing_on_labelled_requests(string folder)
    {
        foreach (var (name, raw) in LabelledRequests.In(folder))
        {
            AssertNeverMissed(NormalizedText.From(raw).Value, name);
            AssertSameAddresses(raw, name);
        }
    }

    [Theory]
    [InlineData("ping @river_fox now")]
    [InlineData("@river_fox at the start")]
    [InlineData("(@river_fox)")]
    [InlineData("mail river@fox.example only")]
    [InlineData("Username: river.fox")]
    [InlineData("Display   name = rf_1")]
    [InlineData("nom d'utilisateur: renard_7")]
    [InlineData("the account \"river_fox\" and user 'x.y9'")]
    [InlineData("the account\"river_fox\"")]
    [InlineData("(@ab_c)")]
    [InlineData("@\n@a1 x@y @@b2 ;@c_.3 [@dddddddddddddddddddddddddddddddddddddddd_ '@e.f.")]
    [InlineData("'abc'")]
    [InlineData("(ab)")]
    [InlineData("account river.fox9 and handle @fox_2")]
    [InlineData("account name   river_fox")]
    [InlineData("user\nname fox.den")]
    [InlineData("x_account river_fox")]
    [InlineData("user x_account b_c and 9account d_e, account  name   f.g1 user name h_i username j_k pseudonyme l.m9 name n_o")]
    [InlineData("account @p_q; target\n r.s.t, nickname u_v_w.x handle_y z_z; alias A_b Account C.d")]
    [InlineData("18 U.S.C. 2703 and sheriff.ca.us")]
    [InlineData("numeric user id 1234567 and user  ID 7654321 and user 1d 99999")]
    [InlineData("\"fox_den\", ID 83311290045")]
    [InlineData("Kennung: 123456")]
    [InlineData("Benutzerkonto: fichtel_pfand   (interne ID 55102938476) and ( platform  lD 1234567)")]
    [InlineData("account-id: 12345 and subscriber #A1234 and customer number 998877 and member nr. 12345")]
    [InlineData("account not found; org no. A2345; workspace\tid 12345")]
    [InlineData("the compte utilisateur « renard_7 » et le konto \"fuchs_8\"")]
    [InlineData("cuenta número 123456, usuário do perfil 7788990")]
    public void A_pass_is_skipped_only_where_its_pattern_finds_nothing_on_edge_cases(string text)
    {
        AssertNeverMissed(text, text);
        AssertNeverMissed(NormalizedText.From(text).Value, text);
        AssertSameAddresses(text, text);
    }

    [Fact]
    public void Past_the_window_limit_the_rest_of_the_text_is_read_in_one_pass_with_the_same_matches()
    {
        var many = string.Concat(Enumerable.Range(0, 3 * AccountPrefilters.MaxWindows).Select(i =>
            i % 3 == 0 ? $"user u_{i} " : i % 3 == 1 ? $"(@h{i}) x{i}@mail{i}.example " : $"account a.b{i}, @ z{i}. "));
        AssertSameAddresses(many, "many marks");
        AssertSameAddresses(many + "\nuser last_one and @tail_9 and tail@end.example", "many marks and a tail");
    }

    [Fact]
    public void The_gates_let_a_text_without_their_marks_skip_the_passes()
    {
        const string text = "The affiant has reviewed the victim's screenshots (Penal Code 1524.3) and the account holder's posts.";
        foreach (var (name, mayMatch, _) in Gates.Where(g => g.Name != "numeric id"))
            Assert.False(mayMatch(text), name);
    }

    private static void AssertNeverMissed(string text, string label)
    {
        foreach (var (name, mayMatch, pattern) in Gates)
            if (!mayMatch(text))
                Assert.False(pattern.IsMatch(text), $"{name} skipped on {label}, where its pattern matches \"{pattern.Match(text).Value}\"");
    }

    private static void AssertSameAddresses(string text, string label)
    {
        var handles = AccountExtractor.Username.Matches(text).Select(m => $"{m.Index}+{m.Length}").ToList();
        var windowed = AccountExtractor.AtHandles(text).Select(m => $"{m.Index}+{m.Length}").ToList();
        Assert.True(handles.SequenceEqual(windowed), $"@handles on {label}: {string.Join(",", handles)} / {string.Join(",", windowed)}");
        var bare = AccountExtractor.BareHandle.Matches(text).Select(m => $"{m.Index}+{m.Length}").ToList();
        var bareWindowed = AccountPrefilters.BareHandles(text, AccountExtractor.BareHandle).Select(m => $"{m.Index}+{m.Length}").ToList();
        Assert.True(bare.SequenceEqual(bareWindowed), $"bare handles on {label}: {string.Join(",", bare)} / {string.Join(",", bareWindowed)}");
        var expected = HeaderBlocks.AddressesByWholeText(text).Select(m => $"{m.Index}+{m.Length}").ToList();
        var actual = HeaderBlocks.Addresses(text).Select(m => $"{m.Index}+{m.Length}").ToList();
        Assert.True(expected.SequenceEqual(actual), $"addresses on {label}: {string.Join(",", expected)} / {string.Join(",", actual)}");
    }
}
