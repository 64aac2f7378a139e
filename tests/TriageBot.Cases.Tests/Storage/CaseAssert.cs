using System.Collections;
using System.Reflection;
using TriageBot.Cases.Model;

namespace TriageBot.Cases.Tests.Storage;

/// <summary>Member-by-member comparison of cases, by reflection so a member added to the model later is covered
/// too. Lists compare by content; times also by kind (every stored time must read back as UTC).</summary>
internal static class CaseAssert
{
    public static void Same(CaseRecord expected, CaseRecord actual)
    {
        foreach (var property in typeof(CaseRecord).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var want = property.GetValue(expected);
            var got = property.GetValue(actual);
            switch (want, got)
            {
                case (DateTime w, DateTime g):
                    Assert.True(w == g, $"{property.Name}: expected {w:O}, got {g:O}");
                    Assert.True(g.Kind == DateTimeKind.Utc, $"{property.Name}: read back as {g.Kind}, not UTC");
                    break;
                case (IEnumerable w, IEnumerable g) when want is not string:
                    Assert.True(w.Cast<object?>().SequenceEqual(g.Cast<object?>()), $"{property.Name}: [{string.Join(", ", w.Cast<object?>())}] != [{string.Join(", ", g.Cast<object?>())}]");
                    break;
                default:
                    Assert.True(Equals(want, got), $"{property.Name}: expected '{want}', got '{got}'");
                    break;
            }
        }
    }
}
