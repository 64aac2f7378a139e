using Microsoft.Extensions.Options;

namespace TriageBot.Dialogs.Composition;

/// <summary>Runs a section's own checks (each returns every problem, worded for whoever edits appsettings.json)
/// as an options validator, so start-up validation gathers them with every other section's.</summary>
public sealed class ProblemListValidator<T>(Func<T, IEnumerable<string>> problems) : IValidateOptions<T> where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var found = problems(options).ToList();
        return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
    }
}
