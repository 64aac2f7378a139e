using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace TriageBot.Dialogs.Composition;

/// <summary>One options type per configuration section, bound with the options pattern and validated at start-up:
/// the section's own checks and the binder's complaints become problems of one list.</summary>
public static class OptionsSections
{
    /// <summary>Binds <typeparamref name="T"/> from <paramref name="sectionName"/>, checks it with
    /// <paramref name="problems"/> at start-up, and registers the bound value itself for constructors that take it.</summary>
    /// <param name="prepare">Runs before binding, e.g. to empty a default list the section replaces.</param>
    /// <param name="unknownKeys">Whether a key the type does not have is a problem.</param>
    public static OptionsBuilder<T> AddSection<T>(this IServiceCollection services, IConfiguration configuration, string sectionName,
        Func<T, IEnumerable<string>>? problems = null, Action<IConfigurationSection, T>? prepare = null, bool unknownKeys = false)
        where T : class, new()
    {
        var section = configuration.GetSection(sectionName);
        services.AddSingleton<IValidateOptions<T>>(new BindingValidator<T>(section, unknownKeys));
        if (problems is not null) services.AddSingleton<IValidateOptions<T>>(new ProblemListValidator<T>(problems));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
        return services.AddOptions<T>()
            .Configure(options =>
            {
                prepare?.Invoke(section, options);
                try
                {
                    section.Bind(options);
                }
                catch (InvalidOperationException)
                {
                    // Reported, with the key and the value, by BindingValidator.
                }
            })
            .ValidateOnStart();
    }
}
