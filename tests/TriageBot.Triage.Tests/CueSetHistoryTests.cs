using TriageBot.Triage.Detection;
using TriageBot.Triage.Tests.SameResult;
using TriageBot.Triage.Text;

namespace TriageBot.Triage.Tests;

/// <summary>
/// A cue set lives as long as the host, and .NET's non-backtracking engine builds each regex's automaton lazily from
/// what it has read. Once a regex has read enough varied text (its automaton grown to tens of thousands of states,
/// where the engine starts simulating an NFA), .NET 10 stopped reporting a match that ends just before a line break
/// that is the input's last character, although IsMatch still said there was one. The one-pass scan then missed such
/// a cue on the last line of a request ("... Attorneys for Plaintiff\n"), or threw. What a cue set reports must not
/// depend on what it has read before.
/// </summary>
public class CueSetHistoryTests
{
    [Fact]
    public void A_cue_set_that_has_read_much_varied_text_still_finds_a_cue_on_the_last_line()
    {
        // A set of its own, so the regexes the other tests share are left alone; the process-type family, whose
        // automaton grows fastest.
        var set = new CueSet(ProcessTypeCues.Set.Cues);
        var requests = ((IEnumerable<object[]>)LabelledRequests.Folders()).Select(row => (string)row[0]).SelectMany(LabelledRequests.In).Select(r => r.Text).ToList();
        var words = requests.Take(300).SelectMany(r => Hits(set, r)).Select(h => h.Text).Distinct().Order().ToList();

        // What a long-running host reads: requests, and senders who paste cue words together (the budget of the
        // one-pass scan sends the worst of them to part-by-part scanning, after its starts regex has read part).
        var random = new Random(11);
        for (var round = 0; round < 400; round++)
        {
            Read(set, requests[round % requests.Count]);
            Read(set, string.Join("", Enumerable.Range(0, 200).Select(_ => words[random.Next(words.Count)] + (random.Next(3) == 0 ? "" : " "))));
        }

        // Each cue's words ending a request, as a signature line does, and in the middle for contrast.
        foreach (var word in words.Concat(["counsel for the defendant", "probable cause", "Attorneys for Plaintiff"]))
        {
            foreach (var text in new[] { $"Signed by {word}\n", $"(555) 010-0199, {word}\n", $"Signed by {word}\nThank you.\n" })
            {
                var normalized = NormalizedText.From(text);
                var context = new CueContext(normalized);
                Assert.Equal(Fresh.ScanByParts(normalized, context).Select(Describe), set.Scan(normalized, context).Select(Describe));
            }
        }
    }

    /// <summary>
    /// Cue words from many families pasted together, as a hostile sender or a bad extraction can produce: .NET's
    /// non-backtracking engine matched a part of one family here without reporting any of its cue groups, and the
    /// scan threw. A request must be triaged whatever it contains; such a match is passed, the same in both scans.
    /// </summary>
    [Fact]
    public void Cue_words_pasted_together_are_scanned_without_failing_the_request()
    {
        var normalized = NormalizedText.From(PastedCueWords);
        var context = new CueContext(normalized);
        var hits = 0;
        foreach (var family in new[] { ProcessTypeCues.Set, FlagCues.Emergency, FlagCues.Ncmec, FlagCues.Content, FlagCues.NonDisclosure, TopicCues.MatterType, TopicCues.RequestedData })
        {
            var fresh = new CueSet(family.Cues);
            var byParts = fresh.ScanByParts(normalized, context);
            Assert.Equal(byParts.Select(Describe), fresh.Scan(normalized, context).Select(Describe));
            hits += byParts.Count;
        }
        Assert.True(hits > 20, $"only {hits} cue hits in a text made of cue words");
    }

    private const string PastedCueWords = """
        Sou titular da conta ask that you PRESERVEExigent request 21 U.S.C. 876PROCURA DELLA REPUBBLICAdanger of
        death or serious physical injuryFISA INTERNATIONAL PRODUCTION ORDERcustodyAPPLICATION OF THE UNITED STATES FOR AN ORDERwarrant18 U.S.C. 2703(f) Attorney for Plaintiffintercept Preservation LetternoodverzoekWetboek van strafvorderingnoodverzoekSûreté du Québec ik
        vraag op dit moment geen gegevensconserver GUARDIA CIVILTRAP AND
        TRACEconserver
         application for an orderPlease preserve19 U.S.C. § 1509 requisitionDelegaciaSearch WarrantNational
        Security LetterLandeskriminalamtfurther extensionFISCALÍA Polícia Civilsummonsstate subpoena 18 U.S.C.
        §§ 2703(d)  Ministério
        Público POLÍCIA JUDICIÁRIA urgence Wetboek van StrafvorderingNo court order has
        been obtained represents the petitioner18
        U.S.C. § 2709PreservationYOU ARE COMMANDED to produce Emergency Disclosure RequestCourt Order2703(d)
        orderSubpoenas noodverzoek YOU ARE COMMANDED to appearSearch and Seizure Warrantwhere to serve Rechtshilfeersuchen Bundeskriminalamt SPOED2702(b)(8) Civil Action pen registerInspector General Act2703(d)kanzleiEsq Esq18 U.S.C. 2703(d)

                                  ORDERYOU ARE HEREBY COMMANDED to appearTRIBUNAL DE JUSTIÇAEXIGENT CIRCUMSTANCES copyright owner YOU ARE COMMANDED to appearNOTFALL intercepted carabinieri represents the plaintiffProduction Order - s. 487.014trap and
        trace18 U.S.C. § 2703(f) we no longer
        need any recordsAuskunftsersuchenInterception of ElectronicEUROPEAN PRODUCTION ORDER18 U.S.C. 3123Vordering verstrekkingINTERCEPTIONEmergency disclosurecourt
        ordersummonsCivil Investigative
                                DemandAttorney for Plaintiff subpoenas3125CIVIL ACTION Wir sind keine BehördeProcura della Repubblica Sicherung GENDARMERIEurgenteI'm not asking you to
        send anythingMutual Legal
        Assistance code de procédure pénale& DIALLO
        Rechtsanwälte PRESERVATIONpas encore de
        réquisition 18 U.S.C. 2702(b)(8) 2703(d) Order Rule 45subpoenas national security letterarticle 15 du RGPDplease preservePOLIZIA DI STATOspecific and
        articulable factsPRESERVEDSUBPOENA Point of ContactForeign Intelligence Surveillancedanger of death or serious
        bodily injury specific
        and articulable facts18 USC
        2703(f) Rule 45 YOU ARE COMMANDED to execute EXIGENT CIRCUMSTANCES you are
        commanded to producepen registernog geen vorderingmutual
        legal assistanceNotfallFed. R. Civ. P. 45 Openbaar MinisterieGeneral Production Ordermutual
        legal assistancedoes
        not request any further information 18 U.S.C. 3123represents the PetitionerPRESERVATION DEMAND TRIBUNAL DE JUSTIÇA 21 U.S.C. 876Gendarmerie contrefaçonc.p.p18 U.S.C. § 2518No further records are
        requested.emergenzaNotfallsummonsGENDARMERIE 2703(c)(2)NOTFALLPoint of ContactEMERGENCY DISCLOSURE REQUEST certificate of authenticity 2703(f)you are commanded to searchabogado colegiadoPROCURA DELLA REPUBBLICA General Production Order18 U.S.C. § 2703(d)                  represents PetitionerJe ne suis pas de la policeYou are hereby summonedGUARDIA CIVILdoes
        not request any further informationit is hereby

        ORDERED Durchsuchungsbeschluss Emergency disclosure business
        records certificationOpenbaar
        Ministerie Australian
        Federal Policepreservation requestpreservation letter interception of electronicPreservationSûreté du
        Québec Esqask that you PRESERVERule 4526 U.S.C. 7602& DIALLO
        RechtsanwälteMINISTERIO PÚBLICOprobable causeInquérito n.º Regulation (EU) 2023/1543 LGPD art. 18 InterceptionGUARDIA CIVILtodavía no tenemos orden17 U.S.C. § 512(c article 16 du règlement (UE) 2022/2065National Crime Agencytitulaire de la marque 18 U.S.C. § 2709emergency
        disclosureit is hereby

        ORDERED preservedNo solicito datos Rechtsanwalt emergency data request sicherung
        
        """;

    /// <summary>A set that has read nothing else: what every set must report.</summary>
    private static CueSet Fresh { get; } = new(ProcessTypeCues.Set.Cues);

    private static void Read(CueSet set, string raw)
    {
        var text = NormalizedText.From(raw);
        set.Scan(text, new CueContext(text));
    }

    private static List<CueHit> Hits(CueSet set, string raw)
    {
        var text = NormalizedText.From(raw);
        return set.ScanByParts(text, new CueContext(text));
    }

    private static string Describe(CueHit h) => $"{h.Cue.Reason}|{h.Offset}|{h.Length}|{h.Text}";
}
