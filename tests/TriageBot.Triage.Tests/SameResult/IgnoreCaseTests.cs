using System.Buffers;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Tests.SameResult;

/// <summary>
/// The engine's own ignore-case search (Text/IgnoreCase, AnyWord) must answer exactly what the runtime's ordinal
/// ignore-case search answers: on every labelled request, and on the characters where the two could part (ı and ſ
/// upper-case into ASCII, the Kelvin sign does not, accented letters).
/// </summary>
public class IgnoreCaseTests
{
    private static readonly string[] Needles = ["ncmec", "cybertip", "task force", "Police", "k", "s", "i", "é", "não", "x_y", "@", "zz9"];

    [Theory]
    [InlineData("The NCMEC report")]
    [InlineData("Iı İi ſs S K\u212Ak")]
    [InlineData("task\u00A0force, TASK FORCE, Task Force")]
    [InlineData("não NÃO Não é É")]
    [InlineData("")]
    [InlineData("k")]
    public void Finds_what_the_runtime_finds_where_casing_differs(string text)
    {
        foreach (var needle in Needles.Concat(["ı", "ſ", "I", "S", "K", "\u212A"]))
            for (var start = 0; start <= text.Length; start++)
                Assert.Equal(text.IndexOf(needle, start, StringComparison.OrdinalIgnoreCase), IgnoreCase.IndexOf(text, needle, start));
    }

    [Theory]
    [MemberData(nameof(LabelledRequests.Folders), MemberType = typeof(LabelledRequests))]
    public void Finds_what_the_runtime_finds_on_labelled_requests(string folder)
    {
        var words = new[] { "not", "não", "ausschließlich", "será", " é ", "nothing", "ningún" };
        var any = new AnyWord(words);
        var runtime = SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);
        foreach (var (name, text) in LabelledRequests.In(folder))
        {
            foreach (var needle in Needles)
                Assert.True(text.IndexOf(needle, StringComparison.OrdinalIgnoreCase) == IgnoreCase.IndexOf(text, needle), $"{name}: {needle}");
            for (var at = 0; at < text.Length; at += 97)
            {
                var window = text.AsSpan(at, Math.Min(160, text.Length - at));
                Assert.True(window.ContainsAny(runtime) == any.In(window), $"{name} at {at}");
            }
        }
    }
}
