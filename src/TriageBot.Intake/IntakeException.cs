namespace TriageBot.Intake;

/// <summary>A file that cannot be read, with the one-line reason shown to the user. Never leaves the assembly.</summary>
internal sealed class IntakeException(string message) : Exception(message);
