using System.Text;
using TriageBot.Cases.Model;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Tests.Storage;

/// <summary>Personal data planted in every field that can hold it, and a scan of raw file bytes for it.</summary>
internal static class PlantedMarkers
{
    public const string Contact = "Marguerite Okonkwo-Vale";
    public const string Email = "m.okonkwo-vale@kent-police.example";
    public const string Phone = "+44 7700 900123";
    public const string Account = "nightowl_4417";
    public const string NcmecId = "998877665";
    public const string Agency = "Halcyon Constabulary";
    public const string Reference = "op-halcyon-2291";
    public const string Description = "alleged extortion of a minor";
    public const string Attachment = "halcyon-warrant.pdf";
    public const string Submitter = "submitter.zebra@northwind-labs.com";
    public const string Tag = "tag-quartz-lantern";
    public const string Note = "spoke to desk sergeant Bramwell";
    public const string Relative = "grandmother Ilse Brandt";
    public const string RelativePhone = "0161 496 0733";
    public const string Pasted = "pasted draft about velvet-heron-88";

    public static readonly string[] All =
        [Contact, Email, Phone, Account, NcmecId, Agency, Reference, Description, Attachment, Submitter, Tag, Note, Relative, RelativePhone, Pasted];

    public static CaseRecord Case(DateTime received, CaseStatus status = CaseStatus.New, DateTime? closedAt = null) => new()
    {
        Id = "",
        ReceivedAt = received,
        SourceChannel = "teams",
        SubmittedBy = Submitter,
        Requester = new Requester { Agency = Agency, Contact = Contact, Email = Email, Phone = Phone, Country = "United Kingdom" },
        TriageJson = "{\"fields\":{\"ncmecReportIds\":[\"" + NcmecId + "\"],\"accounts\":[{\"kind\":\"username\",\"value\":\"@" + Account + "\"}],\"description\":\"" + Description + "\"}}",
        OriginalText = $"From {Contact} <{Email}>, tel {Phone}. Preserve @{Account}, CyberTipline {NcmecId}: {Description}.",
        AttachmentNames = [Attachment],
        ProcessType = LegalProcessType.Preservation,
        Priority = Priority.P1,
        Flags = ["ncmec"],
        Status = status,
        ClosedAt = closedAt,
        DueAt = received.AddHours(4),
        Tags = [Tag],
        ContentHash = "c0ffee" + NcmecId,
        AgencyReference = Reference,
        AccountsSpecified = 1,
    };

    /// <summary>Which markers occur in the file, as UTF-8 or UTF-16 (either byte order), case-sensitively.</summary>
    public static IReadOnlyList<string> FoundIn(byte[] bytes) =>
        [.. All.Where(m => Contains(bytes, Encoding.UTF8.GetBytes(m)) || Contains(bytes, Encoding.Unicode.GetBytes(m)) || Contains(bytes, Encoding.BigEndianUnicode.GetBytes(m)))];

    /// <summary>Every marker found in every file under <paramref name="folder"/> (and the extra files), as
    /// "file: marker".</summary>
    public static IReadOnlyList<string> Scan(string folder, params string[] extraFiles) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Concat(extraFiles).Where(File.Exists)
            .SelectMany(f => FoundIn(File.ReadAllBytes(f)).Select(m => $"{Path.GetFileName(f)}: {m}"))];

    public static bool Contains(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
