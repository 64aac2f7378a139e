namespace TriageBot.Reports;

/// <summary>A plain-text table for terminals: columns padded to their widest cell, long cells cut with "…".</summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public TextTable Add(params string?[] cells)
    {
        // The last column (a message, a reason) is kept whole; the others are cut to keep the table readable.
        _rows.Add([.. cells.Select((c, i) => i == cells.Length - 1 ? (c ?? "-").ReplaceLineEndings(" ") : Fit(c ?? "-"))]);
        return this;
    }

    public int Count => _rows.Count;

    public void Write(TextWriter output)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        output.WriteLine(string.Join("  ", headers.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
            output.WriteLine(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
    }

    private static string Fit(string cell)
    {
        var oneLine = cell.ReplaceLineEndings(" ");
        return oneLine.Length <= 48 ? oneLine : oneLine[..47] + "…";
    }
}
