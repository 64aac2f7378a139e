using System.Text.RegularExpressions;
using TriageBot.Triage.Extraction;
using TriageBot.Triage.Model;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Learning;

/// <summary>
/// A second reader of "contents are asked for" beside the content cues: a learned two-class model (content asked
/// for, or not) over the type model's words (<see cref="TypeFeatures"/>), trained by <c>triagebot
/// train-content-model</c>. The blind misses of the content flag asked for contents in everyday words ("what he sent
/// her", "the last few days of messages", a person's own messages in an access request); the next writer will use
/// others, and a statistic over how such requests are written is not bound to their exact words.
/// It is asked only when the cues did not read content, only of a request that asks for data (formal process, a
/// foreign request, an emergency, a private person's request for their own data), and never where the text excludes
/// contents: the scope readers (Detection/ContentScope) then weigh a content cue 0, or the writer says so in words
/// this reader knows. It can only RAISE the flag; its findings say it is a learned reading and never block on it alone.
/// This type holds the reader's own rules (when it may be asked, its veto); loading, scoring and evidence are
/// <see cref="LearnedFlagReader"/>'s, shared with every learned reader.
/// </summary>
public static class ContentReader
{
    /// <summary>The model's class for a request labelled contentRequested (the other: <see cref="LearnedFlagReader.NegativeClass"/>).</summary>
    public const string ContentClass = "content";

    /// <summary>The writer carves contents out ("not including the contents", "non-content records only", "sin
    /// contenido", "hors contenu", "ohne Inhalte"): the model, which reads the word "contents" as much as the words
    /// around it, must never raise over the writer's own exclusion. Read only when the model would raise.</summary>
    private static readonly Regex WriterExcludesContent = Patterns.Build(
        @"\b(not|nor|no|never|without|excluding|exclude|except|other\s+than|rather\s+than|instead\s+of)\s+(including\s+|requesting\s+|seeking\s+|asking\s+for\s+|any\s+(of\s+the\s+)?|the\s+|their\s+|its\s+)*(message\s+|communications?\s+)?(contents?|message\s+bodies|bodies\s+of)\b|\bnon-?\s?content\b|\bcontents?\s+(is|are)\s+not\s+(requested|sought|needed|required)" +
        @"|\bsin\s+(incluir\s+|el\s+|los\s+|su\s+)*contenidos?\b|\bexcepto\s+(el\s+)?contenido|\bno\s+(se\s+)?(solicita|incluye|pide)n?\s+(el\s+)?contenido" +
        @"|\bhors\s+contenus?\b|\bsans\s+(le\s+|les\s+)?contenus?\b|\b[àa]\s+l'exclusion\s+d(u|es)\s+contenus?|\bpas\s+(le\s+|les\s+)?contenus?\b" +
        @"|\bohne\s+(die\s+)?(kommunikations|nachrichten)?inhalte?\b|\bkeine\s+(kommunikations|nachrichten)?inhalte\b|\bnicht\s+(die\s+)?(kommunikations|nachrichten)?inhalte\b" +
        @"|\bsenza\s+(il\s+|i\s+)?contenut[oi]\b|\besclus[oi]\s+(il\s+|i\s+)?contenut[oi]|\bnon\s+(il\s+|i\s+)?contenut[oi]\b" +
        @"|\bsem\s+(o\s+|os\s+)?conte[uú]dos?\b|\bexceto\s+(o\s+)?conte[uú]do|\bn[ãa]o\s+(o\s+)?conte[uú]do" +
        @"|\bzonder\s+(de\s+)?inhoud\b|\bgeen\s+inhoud\b|\bniet\s+de\s+inhoud\b");

    /// <summary>The model, its scoring and its evidence (shared by every learned reader), with this reader's veto.</summary>
    public static readonly LearnedFlagReader Reader = new("content", "contentRequested", ContentClass,
        cuesDoNotKnow: "content wording", reading: "contents asked for", writerSaysOtherwise: text => WriterExcludesContent.IsMatch(text));

    /// <summary>The kinds of request the reader may raise: those that ask for data. Not an emergency: leave-one-set-out
    /// showed its raises there all wrong (an emergency is written in the urgent, personal words a request for messages
    /// is written in: a sextortion form, an abducted infant, a bomb threat read 0.71 to 0.94), and the page reaches the
    /// reviewer at once, who reads what it asks for. Not a 2703(d) order: it reaches records "not including the
    /// contents" (2703(c)), is written around that word. Not a warrant: it reaches contents in law, no finding turns on
    /// the flag there, and the shipped reader read the victim's story ("the messages she received") as an ask, and its one raise in leave-one-set-out was wrong (an
    /// impostor's 2703(d) at 0.97); the cues still read an order that does ask for contents. Not a preservation request
    /// (keeping is not disclosing; the cues read a content ask in one), not a pen register or a national-security
    /// letter (neither reaches contents in law), not a wiretap (always content), not a notice that asks for nothing;
    /// "other" only when a person asks for their own data.</summary>
    internal static bool MayRaise(LegalProcessType type, bool asksForOwnData) =>
        type is LegalProcessType.Subpoena or LegalProcessType.International or LegalProcessType.Civil ||
        (type == LegalProcessType.Other && asksForOwnData);
}
