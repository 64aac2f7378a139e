using FsCheck;
using FsCheck.Xunit;
using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

public class RobustnessTests
{
    private static readonly TriageEngine Engine = EngineFixture.Create();

    [Property(MaxTest = 300)]
    public bool Any_text_gets_a_complete_result(string? text)
    {
        var result = Engine.Triage(text ?? "");
        return Enum.IsDefined(result.ProcessType) && result.MissingFields is not null && result.Evidence.All(e => e.Length >= 0);
    }

    [Property(MaxTest = 200)]
    public bool Evidence_offsets_point_into_the_normalised_text(NonEmptyString words)
    {
        var text = "GRAND JURY SUBPOENA\n" + words.Get + "\nPlease preserve the account. CyberTipline Report 123456789.";
        var result = Engine.Triage(text);
        return result.Evidence.Where(e => e.Offset >= 0).All(e => e.Offset + e.Length <= text.Length + 8);
    }

    [Fact]
    public void Text_beyond_the_limit_is_cut_and_said_so()
    {
        var engine = EngineFixture.Create(p => p.MaxTextChars = 10_000);

        var result = engine.Triage("Grand jury subpoena for @tern. " + new string('x', 20_000));

        Assert.Contains(result.Findings, f => f.Code == "TEXT_TRUNCATED");
        Assert.Equal(LegalProcessType.Subpoena, result.ProcessType);
    }

    [Theory]
    [InlineData("a@a@a@a@a@a@a@a@a@a@a@a@a@a@a@a@a@a@a@a@a@a@a@a@a@a@a@a@")]
    [InlineData("pre-\npre-\npre-\npre-\npre-\n")]
    [InlineData("\0\u0001\u0002\uFFFF\uD800")]
    public void Hostile_fragments_do_not_throw(string fragment)
    {
        var result = Engine.Triage(string.Concat(Enumerable.Repeat(fragment, 2000)));

        Assert.Equal(Priority.P3, result.Priority);
    }
}
