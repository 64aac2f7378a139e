namespace TriageBot.Dialogs.Engine;

/// <summary>Checks a typed (or clicked) answer against a prompt: a usable value, a skip, or what was expected.</summary>
internal static class PromptValidation
{
    private static readonly string[] Yes = ["yes", "y", "yeah", "yep", "ok", "okay", "correct", "right", "true", "confirm", "ja", "oui", "si", "sí"];
    private static readonly string[] No = ["no", "n", "nope", "false", "wrong", "not", "nein", "non"];

    public abstract record Check
    {
        private Check()
        {
        }

        public sealed record Valid(PromptResult Result) : Check;

        /// <param name="Expected">What a usable answer looks like, for the re-prompt.</param>
        public sealed record Invalid(string Expected) : Check;
    }

    public static Check Validate(PromptSpec prompt, string input)
    {
        var text = (input ?? "").Trim();
        var word = text.TrimEnd('.', '!').ToLowerInvariant();
        if (prompt.AllowSkip && word is "skip" or "-" or "n/a" or "none" or "unknown")
            return new Check.Valid(new PromptResult.Skipped());
        return prompt.Kind switch
        {
            PromptKind.Text => text.Length > 0
                ? Ok(text)
                : new Check.Invalid(prompt.AllowSkip ? "Type the answer, or `skip` if you do not have it." : "Type the answer."),
            PromptKind.Confirm => Yes.Contains(word) ? Ok("yes") : No.Contains(word) ? Ok("no")
                : new Check.Invalid("Please answer yes or no."),
            PromptKind.Choice => ChooseFrom(prompt, word),
            _ => new Check.Invalid("Type the answer."),
        };
    }

    private static Check ChooseFrom(PromptSpec prompt, string word)
    {
        var choices = prompt.Choices;
        if (int.TryParse(word, out var n) && n >= 1 && n <= choices.Count) return Ok(choices[n - 1].Value);
        var match = choices.FirstOrDefault(c => Same(c.Value, word) || Same(c.Title, word) || Same(c.Value.Replace('_', ' '), word));
        if (match is not null) return Ok(match.Value);
        if (prompt.Default is not null && Yes.Contains(word)) return Ok(prompt.Default);
        return new Check.Invalid($"Please pick one of the options: type its number (1–{choices.Count}) or its name"
            + (prompt.Default is null ? "." : ", or `yes` to keep the one proposed."));
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase);

    private static Check.Valid Ok(string value) => new(new PromptResult.Answered(value));
}
