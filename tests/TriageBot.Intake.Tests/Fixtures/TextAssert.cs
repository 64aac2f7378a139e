namespace TriageBot.Intake.Tests.Fixtures;

internal static class TextAssert
{
    /// <summary>Asserts the pieces occur in <paramref name="text"/> in this order.</summary>
    public static void InOrder(string text, params string[] pieces)
    {
        var from = 0;
        foreach (var piece in pieces)
        {
            var at = text.IndexOf(piece, from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"\"{piece}\" not found in order in:\n{text}");
            from = at + piece.Length;
        }
    }
}
