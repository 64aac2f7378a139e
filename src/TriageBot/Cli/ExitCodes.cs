namespace TriageBot.Cli;

public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>Some inputs could not be read (the others were processed), or eval --strict found mismatches.</summary>
    public const int SomeInputsFailed = 1;
    /// <summary>Bad arguments or configuration: nothing was processed.</summary>
    public const int UsageOrConfiguration = 2;
    public const int InternalError = 70;
}
