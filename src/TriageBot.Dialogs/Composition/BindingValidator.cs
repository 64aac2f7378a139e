using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace TriageBot.Dialogs.Composition;

/// <summary>Reports what the configuration binder refuses in a section (a value that is not a time span or a
/// number; with <paramref name="unknownKeys"/>, a misspelt key such as <c>Paging:P0AckTimout</c>) as a validation
/// problem, by binding the section once more into a throw-away instance. The lenient binding the options use
/// skips what it cannot read, so this is the one place such a mistake is reported.</summary>
public sealed class BindingValidator<T>(IConfigurationSection section, bool unknownKeys) : IValidateOptions<T> where T : class, new()
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        try
        {
            section.Bind(new T(), binder => binder.ErrorOnUnknownConfiguration = unknownKeys);
            return ValidateOptionsResult.Success;
        }
        catch (InvalidOperationException e)
        {
            return ValidateOptionsResult.Fail($"{section.Path}: {e.Message}");
        }
    }
}
