namespace TriageBot.Intake;

internal enum DocumentFormat
{
    Text,
    Html,
    Email,
    Pdf,
    Docx,
    OutlookMsg,
}
