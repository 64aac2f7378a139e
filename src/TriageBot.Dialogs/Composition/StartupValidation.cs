using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace TriageBot.Dialogs.Composition;

/// <summary>Runs every options validator registered with <c>ValidateOnStart</c> and returns all their problems
/// together: one message for every section, not one section per attempt.</summary>
public static class StartupValidation
{
    public static IReadOnlyList<string> Problems(IServiceProvider services)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            return [];
        }
        catch (OptionsValidationException e)
        {
            return e.Failures.ToList();
        }
        catch (AggregateException e)
        {
            return e.Flatten().InnerExceptions.SelectMany(inner => inner is OptionsValidationException o ? o.Failures : [inner.Message]).ToList();
        }
    }
}
