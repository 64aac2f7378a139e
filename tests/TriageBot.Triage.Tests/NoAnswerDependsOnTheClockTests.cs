using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using TriageBot.Triage.Model;
using TriageBot.Triage.Tests.SameResult;

namespace TriageBot.Triage.Tests;

/// <summary>
/// The same request triages the same way on an idle machine and on a starved one. A regex match timeout answers by
/// the clock (on a 2-core machine at load 60 one fired on ordinary text and silently kept a cue a denial had
/// removed), so no regex the engine holds has one, and no code turns a timeout into an answer.
/// </summary>
public class NoAnswerDependsOnTheClockTests
{
    private static readonly TriageEngine Engine = EngineFixture.Create();

    [Fact]
    public void No_regex_the_engine_holds_has_a_match_timeout()
    {
        var regexes = EngineRegexes().ToList();

        Assert.True(regexes.Count > 50, $"only {regexes.Count} regexes found: the walk no longer reaches the engine's fields");
        var timed = regexes.Where(r => r.Regex.MatchTimeout != Regex.InfiniteMatchTimeout).Select(r => $"{r.Where}: {r.Regex.MatchTimeout}").ToList();
        Assert.True(timed.Count == 0, "regexes with a match timeout:\n" + string.Join("\n", timed));
    }

    [Theory]
    [InlineData("src/TriageBot.Triage")]
    [InlineData("src/TriageBot.Intake")]
    public void No_code_turns_a_regex_timeout_into_an_answer(string project)
    {
        var files = Directory.EnumerateFiles(Path.Combine(LabelledRequests.Root, project), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));

        var catching = files.Where(f => File.ReadAllText(f).Contains("RegexMatchTimeoutException")).ToList();

        Assert.True(catching.Count == 0, "catches a regex timeout: " + string.Join(", ", catching));
    }

    // A long run of denial-like words before the denial itself: the window the negation reader sees is full of
    // near-matches ("not", "no", "ne ... pas", "sans") that a backtracking reader would try one by one.
    [Theory]
    [InlineData("no no no not not nor never without ", "There is no risk of serious physical injury to anyone and no one is in imminent danger.")]
    [InlineData("ne pas ne plus ne jamais sans non ", "Personne n'est en danger de mort et il n'y a aucun risque imminent.")]
    [InlineData("kein keine nicht ohne nie ", "Es besteht keine Lebensgefahr und niemand ist in unmittelbarer Gefahr.")]
    [InlineData("no sin nunca ni no ", "No hay riesgo inminente para la vida de nadie y nadie está en peligro.")]
    public void A_denied_danger_stays_denied_after_a_long_hostile_run(string run, string denial)
    {
        var hostile = string.Concat(Enumerable.Repeat(run, 400));
        var text = "Police Department — Records Unit\n\nSubpoena for subscriber records of the account \"grey_heron_7\" (fraud). " +
                   hostile + denial + "\n";

        var result = Engine.Triage(text);

        Assert.False(result.Flags.Emergency);
        Assert.NotEqual(Priority.P0, result.Priority);
    }

    [Fact]
    public void A_stated_danger_after_the_same_run_still_pages()
    {
        var text = "Police Department — Detective Bureau\n\nEmergency disclosure request. " + string.Concat(Enumerable.Repeat("no no not never ", 400)) +
                   ". A 9-year-old girl was abducted an hour ago and is in imminent danger of death; we need the account's last login IP now.\n";

        var result = Engine.Triage(text);

        Assert.True(result.Flags.Emergency);
    }

    /// <summary>Every Regex reachable from a static field of the engine's types, with the field that holds it.</summary>
    private static IEnumerable<(string Where, Regex Regex)> EngineRegexes()
    {
        var assembly = typeof(TriageEngine).Assembly;
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var found = new List<(string, Regex)>();
        foreach (var type in assembly.GetTypes().Where(t => !t.ContainsGenericParameters))
        {
            RuntimeHelpers.RunClassConstructor(type.TypeHandle);
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (field.IsLiteral) continue;
                Walk(field.GetValue(null), $"{type.Name}.{field.Name}", 0);
            }
        }
        Walk(Engine, "engine", 0);
        return found;

        void Walk(object? value, string where, int depth)
        {
            if (value is null || depth > 6 || value is string || value.GetType().IsPrimitive || value is Type || value is Delegate) return;
            if (value is Regex regex)
            {
                if (seen.Add(regex)) found.Add((where, regex));
                return;
            }
            var type = value.GetType();
            if (!type.IsValueType && !seen.Add(value)) return;
            if (value is IEnumerable items)
            {
                if (type.IsArray && type.GetElementType()!.IsPrimitive) return;
                var i = 0;
                foreach (var item in items)
                {
                    if (i++ > 10_000) break;
                    Walk(item, $"{where}[{i}]", depth + 1);
                }
                return;
            }
            var ours = type.Assembly == assembly || type.FullName!.StartsWith("System.ValueTuple", StringComparison.Ordinal) ||
                       type.FullName.StartsWith("System.Tuple", StringComparison.Ordinal) ||
                       type.FullName.StartsWith("System.Collections.Generic.KeyValuePair", StringComparison.Ordinal) ||
                       type.FullName.StartsWith("System.Lazy", StringComparison.Ordinal);
            if (!ours) return;
            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                    Walk(field.GetValue(value), $"{where}.{field.Name}", depth + 1);
            }
        }
    }
}
