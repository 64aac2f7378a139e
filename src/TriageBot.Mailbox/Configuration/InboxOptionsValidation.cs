namespace TriageBot.Mailbox.Configuration;

/// <summary>Start-up checks of the <c>Inbox</c> section, worded for whoever edits appsettings.json.</summary>
public static class InboxOptionsValidation
{
    private static readonly string[] Securities = ["none", "ssl", "starttls"];
    private static readonly string[] Auths = ["password", "xoauth2"];

    public static IEnumerable<string> Validate(InboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.PollInterval < TimeSpan.FromSeconds(1) || options.PollInterval > TimeSpan.FromHours(1))
            yield return $"Inbox:PollInterval must be between 00:00:01 and 01:00:00 (is {options.PollInterval}).";
        if (options.RetryBaseDelay <= TimeSpan.Zero || options.RetryMaxDelay < options.RetryBaseDelay)
            yield return $"Inbox:RetryBaseDelay must be positive and Inbox:RetryMaxDelay at least as long (are {options.RetryBaseDelay} and {options.RetryMaxDelay}).";
        if (options.CommandTimeout < TimeSpan.FromSeconds(1))
            yield return $"Inbox:CommandTimeout must be at least 00:00:01 (is {options.CommandTimeout}).";

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Mailboxes.Count; i++)
        {
            var m = options.Mailboxes[i];
            var where = $"Inbox:Mailboxes:{i}";
            if (string.IsNullOrWhiteSpace(m.Name)) yield return $"{where}:Name is required (a short name such as \"legal\").";
            else if (!names.Add(m.Name.Trim())) yield return $"{where}:Name \"{m.Name}\" is used by another mailbox.";
            else if (m.Name.Any(c => char.IsWhiteSpace(c) || c == '/')) yield return $"{where}:Name \"{m.Name}\" must not contain spaces or '/'.";
            if (string.IsNullOrWhiteSpace(m.Host)) yield return $"{where}:Host is required.";
            if (m.Port is < 0 or > 65535) yield return $"{where}:Port must be between 1 and 65535, or 0 for the default (is {m.Port}).";
            if (!Securities.Contains(m.Security.Trim().ToLowerInvariant()))
                yield return $"{where}:Security must be one of none, ssl, starttls (is \"{m.Security}\").";
            if (string.IsNullOrWhiteSpace(m.User)) yield return $"{where}:User is required.";
            if (!Auths.Contains(m.Auth.Trim().ToLowerInvariant()))
                yield return $"{where}:Auth must be password or xoauth2 (is \"{m.Auth}\").";
            else if (m.UsesOAuth)
            {
                if (string.IsNullOrWhiteSpace(m.TokenVariable) == string.IsNullOrWhiteSpace(m.TokenCommand))
                    yield return $"{where}: with Auth xoauth2 set exactly one of TokenVariable and TokenCommand.";
            }
            else if (string.IsNullOrWhiteSpace(m.PasswordVariable))
                yield return $"{where}:PasswordVariable is required (the name of the environment variable holding the password).";
            foreach (var (key, folder) in new[] { ("Folder", m.Folder), ("ProcessedFolder", m.ProcessedFolder), ("QuarantineFolder", m.QuarantineFolder) })
                if (string.IsNullOrWhiteSpace(folder)) yield return $"{where}:{key} is required.";
            if (string.Equals(m.Folder, m.ProcessedFolder, StringComparison.OrdinalIgnoreCase) || string.Equals(m.Folder, m.QuarantineFolder, StringComparison.OrdinalIgnoreCase))
                yield return $"{where}: ProcessedFolder and QuarantineFolder must differ from Folder, or nothing would leave it.";
        }
        if (options.Mailboxes.Count > 0 && !string.IsNullOrWhiteSpace(options.TeamsChannel) && !options.TeamsChannel.StartsWith("19:", StringComparison.Ordinal))
            yield return $"Inbox:TeamsChannel must be a Teams channel conversation id starting with \"19:\" (is \"{options.TeamsChannel}\").";
    }
}
