using System.Text;
using MimeKit.Text;

namespace TriageBot.Intake;

/// <summary>
/// Plain text of an HTML body as a reader sees it: paragraphs, line breaks, list items and table rows on their own
/// lines, table cells apart, scripts and styles dropped, entities decoded. Layout beyond that is not kept.
/// </summary>
internal sealed class HtmlText
{
    private readonly StringBuilder _text = new();
    private readonly Stack<ListState> _lists = new();
    private bool _pendingSpace;
    private int _hiddenDepth;
    private int _preDepth;
    private int _paragraphStart = -1;

    private sealed class ListState(bool ordered)
    {
        public bool Ordered { get; } = ordered;
        public int Count { get; set; }
    }

    private HtmlText()
    {
    }

    public static string ToText(string html)
    {
        var converter = new HtmlText();
        var tokenizer = new HtmlTokenizer(new StringReader(html)) { DecodeCharacterReferences = true };
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag:
                    converter.Tag(tag);
                    break;
                case HtmlDataToken data when token.Kind == HtmlTokenKind.Data:
                    converter.Data(data.Data);
                    break;
            }
        }
        return converter._text.ToString().Trim();
    }

    private void Tag(HtmlTagToken tag)
    {
        var end = tag.IsEndTag;
        switch (tag.Id)
        {
            case HtmlTagId.Script or HtmlTagId.Style or HtmlTagId.Title or HtmlTagId.Xml:
                if (tag.IsEmptyElement) break;
                _hiddenDepth = end ? Math.Max(0, _hiddenDepth - 1) : _hiddenDepth + 1;
                break;
            case HtmlTagId.Br:
                LineBreak();
                break;
            case HtmlTagId.P:
                Paragraph(tag);
                break;
            case HtmlTagId.H1 or HtmlTagId.H2 or HtmlTagId.H3 or HtmlTagId.H4 or HtmlTagId.H5 or HtmlTagId.H6
                or HtmlTagId.BlockQuote or HtmlTagId.Table:
                EndLines(2);
                break;
            case HtmlTagId.Pre:
                EndLines(2);
                _preDepth = end ? Math.Max(0, _preDepth - 1) : _preDepth + 1;
                break;
            case HtmlTagId.UL or HtmlTagId.OL:
                EndLines(_lists.Count == 0 ? 2 : 1);
                if (end) _lists.TryPop(out _);
                else if (!tag.IsEmptyElement) _lists.Push(new ListState(tag.Id == HtmlTagId.OL));
                break;
            case HtmlTagId.LI:
                EndLines(1);
                if (!end) ListMarker();
                break;
            case HtmlTagId.TD or HtmlTagId.TH:
                // Cells of one row share a line, a tab apart, so "Case no.:" stays next to its value.
                if (!end && !AtLineStart) _text.Append('\t');
                _pendingSpace = false;
                break;
            case HtmlTagId.Div or HtmlTagId.TR or HtmlTagId.Caption or HtmlTagId.HR or HtmlTagId.DL or HtmlTagId.DT
                or HtmlTagId.DD or HtmlTagId.Address or HtmlTagId.Center or HtmlTagId.Form or HtmlTagId.FieldSet
                or HtmlTagId.Section or HtmlTagId.Article or HtmlTagId.Header or HtmlTagId.Footer or HtmlTagId.Nav
                or HtmlTagId.Aside or HtmlTagId.Main or HtmlTagId.Figure or HtmlTagId.FigCaption or HtmlTagId.Body:
                EndLines(1);
                break;
        }
    }

    /// <summary>
    /// A paragraph ends with a blank line, except Outlook's "MsoNormal" ones: Outlook writes every line as such a
    /// paragraph and a blank line as an empty one.
    /// </summary>
    private void Paragraph(HtmlTagToken tag)
    {
        if (!tag.IsEndTag)
        {
            var outlookLine = tag.Attributes.TryGetValue(HtmlAttributeId.Class, out var cls)
                && cls.Value?.Contains("MsoNormal", StringComparison.OrdinalIgnoreCase) == true;
            EndLines(outlookLine || _paragraphStart >= 0 ? 1 : 2);
            _paragraphStart = outlookLine ? _text.Length : -1;
            return;
        }
        if (_paragraphStart >= 0)
        {
            if (_text.Length == _paragraphStart) _text.Append('\n'); // an empty Outlook line
            else EndLines(1);
            _paragraphStart = -1;
        }
        else EndLines(2);
    }

    private void Data(string data)
    {
        if (_hiddenDepth > 0) return;
        if (_preDepth > 0)
        {
            _text.Append(data);
            _pendingSpace = false;
            return;
        }
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = true;
                continue;
            }
            if (_pendingSpace && !AtLineStart && !EndsWith('\t')) _text.Append(' ');
            _pendingSpace = false;
            _text.Append(c);
        }
    }

    private void ListMarker()
    {
        var indent = new string(' ', 2 * Math.Max(0, _lists.Count - 1));
        if (_lists.TryPeek(out var list) && list.Ordered)
        {
            list.Count++;
            _text.Append(indent).Append(list.Count).Append(". ");
        }
        else _text.Append(indent).Append("- ");
        _pendingSpace = false;
    }

    private bool AtLineStart => _text.Length == 0 || _text[^1] == '\n';

    private bool EndsWith(char c) => _text.Length > 0 && _text[^1] == c;

    private void LineBreak()
    {
        _text.Append('\n');
        _pendingSpace = false;
    }

    /// <summary>Ends the current line and makes sure <paramref name="count"/> line breaks separate it from what
    /// follows (2 = a blank line); never adds breaks at the very start.</summary>
    private void EndLines(int count)
    {
        _pendingSpace = false;
        if (_text.Length == 0) return;
        var trailing = 0;
        while (trailing < _text.Length && trailing < count && _text[_text.Length - 1 - trailing] == '\n') trailing++;
        _text.Append('\n', count - trailing);
    }
}
