using TriageBot.Triage.Text;

namespace TriageBot.Triage.Tests.SameResult;

/// <summary>
/// CueContext keeps each place's weight for the text it last weighed, as several cue families hit the same words:
/// asked again it gives the same weight, and a place of another text is weighed afresh, not taken from the first.
/// </summary>
public class WeighOnceTests
{
    [Fact]
    public void A_place_weighs_the_same_when_asked_again_and_another_text_is_weighed_afresh()
    {
        var first = NormalizedText.From("Subject: search warrant\n\nPlease find the search warrant attached.\n");
        var second = NormalizedText.From("We do not seek a search warrant from you yet.\n\nRegards\n");
        var context = new CueContext(first);
        var offset = first.Value.IndexOf("search warrant", StringComparison.Ordinal);
        var heading = context.Multiplier(first, offset, 14);
        Assert.Equal(heading, context.Multiplier(first, offset, 14));
        Assert.Equal(heading, new CueContext(first).Multiplier(first, offset, 14));

        // The same place in another text: read from that text, as a context that never saw the first would.
        var fresh = new CueContext(first).Multiplier(second, offset, 14);
        Assert.Equal(fresh, context.Multiplier(second, offset, 14));
        Assert.NotEqual(heading, fresh);
        Assert.Equal(heading, context.Multiplier(first, offset, 14));
    }
}
