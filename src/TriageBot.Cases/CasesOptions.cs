namespace TriageBot.Cases;

/// <summary>The <c>Cases</c> section of appsettings.json. Secrets are named here only by the environment
/// variable that holds them.</summary>
public sealed class CasesOptions
{
    public const string SectionName = "Cases";

    /// <summary>The LiteDB file; relative paths are relative to the configuration file's folder.</summary>
    public string DatabasePath { get; set; } = "data/triagebot.db";

    /// <summary>Environment variable holding the LiteDB file password (encryption at rest). Unset: no password.</summary>
    public string PasswordVariable { get; set; } = "TRIAGEBOT_DB_PASSWORD";

    /// <summary>Environment variable holding the base64 256-bit master key that wraps the database's keys
    /// (production). Unset: the key file is used.</summary>
    public string DataKeyVariable { get; set; } = "TRIAGEBOT_DATA_KEY";

    /// <summary>Environment variable holding previous master keys (base64, comma-separated), needed only while
    /// <c>triagebot keys rotate</c> moves the database to the key in <see cref="DataKeyVariable"/>.</summary>
    public string PreviousDataKeysVariable { get; set; } = "TRIAGEBOT_DATA_KEY_PREVIOUS";

    /// <summary>The key file used when <see cref="DataKeyVariable"/> is unset, relative to the configuration
    /// file's folder (<c>~/</c> for the home folder); generated (0600) on first use. Never in the database's folder.</summary>
    public string DataKeyFile { get; set; } = "triagebot.key";

    /// <summary>Time to the next human action, per priority.</summary>
    public Dictionary<string, TimeSpan> Sla { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["P0"] = TimeSpan.FromMinutes(15),
        ["P1"] = TimeSpan.FromHours(4),
        ["P2"] = TimeSpan.FromDays(1),
        ["P3"] = TimeSpan.FromDays(5),
    };

    /// <summary>Closed cases older than this are purged (a tombstone stays in the audit trail).</summary>
    public int RetentionDays { get; set; } = 730;

    /// <summary>Warn this many days before a preservation hold or a non-disclosure order ends.</summary>
    public int ExpiryWarningDays { get; set; } = 14;

    public int PreservationDays { get; set; } = 90;

    public List<TeamMember> Team { get; set; } = [];

    public OnCallOptions OnCall { get; set; } = new();
}

/// <summary>Someone on the legal team. Channel identities map a chat user to this member.</summary>
public sealed class TeamMember
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Email { get; set; }
    /// <summary><c>staff</c>, <c>reviewer</c>, <c>manager</c>, <c>admin</c>.</summary>
    public List<string> Roles { get; set; } = [];
    /// <summary>e.g. <c>child_safety</c>, <c>international</c>, <c>emergency</c>, <c>national_security</c>.</summary>
    public List<string> Skills { get; set; } = [];
    /// <summary>Where the member can be reached, by channel: <c>{ "slack": "U…", "teams": "&lt;Entra object id&gt;" }</c>.</summary>
    public Dictionary<string, string> Addresses { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Read for compatibility; <see cref="Addresses"/> (<c>teams</c>) wins when both are set.</summary>
    public string? TeamsId { get; set; }

    /// <summary>Read for compatibility; <see cref="Addresses"/> (<c>slack</c>) wins when both are set.</summary>
    public string? SlackId { get; set; }

    /// <summary>The member's id on a channel (<c>slack</c>, <c>teams</c>…), trimmed; null when none is configured.</summary>
    public string? AddressOn(string channel)
    {
        var value = Addresses.TryGetValue(channel, out var a) && !string.IsNullOrWhiteSpace(a) ? a
            : channel.Equals(SlackChannel, StringComparison.OrdinalIgnoreCase) ? SlackId
            : channel.Equals(TeamsChannel, StringComparison.OrdinalIgnoreCase) ? TeamsId
            : null;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public const string SlackChannel = "slack";
    public const string TeamsChannel = "teams";
}

/// <summary>The weekly rotation: member ids take turns; the manager chain is paged last, in order.</summary>
public sealed class OnCallOptions
{
    public List<string> Primary { get; set; } = [];
    public List<string> Secondary { get; set; } = [];
    public List<string> Managers { get; set; } = [];
    /// <summary>The first hand-over (UTC); rotations advance every <see cref="RotationDays"/> from here.</summary>
    public DateTime RotationStart { get; set; } = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);
    public int RotationDays { get; set; } = 7;
}
