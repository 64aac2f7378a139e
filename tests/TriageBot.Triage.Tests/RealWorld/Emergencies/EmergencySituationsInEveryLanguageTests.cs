using TriageBot.Triage.Detection;
using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Emergencies;

/// <summary>Error class 3: every emergency situation, in each of the seven languages read, in wording of its own
/// (inflected forms and German compounds included). Each sentence stands in a plain request from a police force
/// of that language's country, so what pages is the situation, not an "emergency request" title.</summary>
public class EmergencySituationsInEveryLanguageTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    public static readonly TheoryData<string, string, string> Situations = new()
    {
        // Threat to life.
        { "en", "danger to life", "The woman who wrote to @harbour_finch is in grave danger from her former partner." },
        { "de", "danger to life", "Die Frau hinter @harbour_finch schwebt in akuter Lebensgefahr, ihr früherer Partner ist bewaffnet." },
        { "fr", "danger to life", "La victime, qui utilise le compte @harbour_finch, se trouve en grave danger : son ancien compagnon est armé." },
        { "es", "danger to life", "La víctima, titular de @harbour_finch, se encuentra en grave peligro: su expareja va armada." },
        { "pt", "danger to life", "A vítima, titular de @harbour_finch, corre risco de vida: o ex-companheiro está armado." },
        { "it", "danger to life", "La vittima, titolare di @harbour_finch, è in pericolo di vita: l'ex compagno è armato." },
        { "nl", "danger to life", "Het slachtoffer achter @harbour_finch verkeert in acuut levensgevaar; haar ex-partner is gewapend." },
        // Rampage, active shooter.
        { "en", "active shooter", "The account @quill_storm posted that he will shoot up the campus during the noon assembly." },
        { "de", "active shooter", "Der Nutzer @quill_storm kündigte eine Amoktat an der Berufsschule in Kassel für die große Pause an." },
        { "fr", "active shooter", "L'utilisateur @quill_storm annonce un projet de tuerie au lycée pendant la récréation." },
        { "es", "active shooter", "El usuario @quill_storm anunció un tiroteo en el instituto durante el recreo." },
        { "pt", "active shooter", "O usuário @quill_storm anunciou um massacre na escola estadual durante o intervalo." },
        { "it", "active shooter", "L'utente @quill_storm ha annunciato una strage al liceo durante l'intervallo." },
        { "nl", "active shooter", "De gebruiker @quill_storm kondigde een schietpartij op de scholengemeenschap aan tijdens de pauze." },
        // Bomb threat.
        { "en", "bomb threat", "The sender of @copper_vane said he planted a device in the stadium and would set it off at kickoff." },
        { "de", "bomb threat", "Über @copper_vane ging eine Sprengstoffdrohung gegen den Hauptbahnhof ein." },
        { "fr", "bomb threat", "Le compte @copper_vane affirme avoir posé une bombe dans la gare centrale." },
        { "es", "bomb threat", "Desde @copper_vane se avisó de un artefacto explosivo en la estación central." },
        { "pt", "bomb threat", "O perfil @copper_vane afirmou ter deixado um artefato explosivo na rodoviária." },
        { "it", "bomb threat", "Il profilo @copper_vane ha segnalato un ordigno nella stazione centrale." },
        { "nl", "bomb threat", "Via @copper_vane kwam een bommelding binnen voor het centraal station." },
        // Hostage.
        { "en", "hostage", "A man using @slate_ridge has barricaded himself in a flat with his two children." },
        { "de", "hostage", "Ein Mann, der @slate_ridge nutzt, hält seit Mittag zwei Geiseln in einer Bankfiliale." },
        { "fr", "hostage", "Un homme utilisant @slate_ridge retient deux otages dans une agence bancaire." },
        { "es", "hostage", "Un hombre que usa @slate_ridge mantiene a dos rehenes en una sucursal bancaria." },
        { "pt", "hostage", "Um homem que usa @slate_ridge mantém dois reféns numa agência bancária." },
        { "it", "hostage", "Un uomo che usa @slate_ridge tiene due ostaggi in una filiale bancaria." },
        { "nl", "hostage", "Een man die @slate_ridge gebruikt, houdt twee mensen gegijzeld in een bankfiliaal." },
        // Kidnapping, abduction.
        { "en", "kidnapping", "Witnesses saw the girl forced into a van outside the library; the driver messaged her from @ember_pike." },
        { "de", "kidnapping", "Das Mädchen wurde vor der Bibliothek entführt; der Täter schrieb ihr zuvor von @ember_pike." },
        { "fr", "kidnapping", "La fillette a été enlevée devant la médiathèque ; l'auteur lui écrivait depuis @ember_pike." },
        { "es", "kidnapping", "La niña fue secuestrada frente a la biblioteca; el autor le escribía desde @ember_pike." },
        { "pt", "kidnapping", "A menina foi sequestrada em frente à biblioteca; o autor escrevia-lhe a partir de @ember_pike." },
        { "it", "kidnapping", "La bambina è stata rapita davanti alla biblioteca; l'autore le scriveva da @ember_pike." },
        { "nl", "kidnapping", "Het meisje werd voor de bibliotheek ontvoerd; de dader schreef haar vanaf @ember_pike." },
        // Missing child.
        { "en", "missing child", "A 13-year-old boy has been reported missing since last night; his last contact was with @moss_lantern." },
        { "de", "missing child", "Ein 13-jähriger Schüler wird seit gestern Abend vermisst; zuletzt schrieb er mit @moss_lantern." },
        { "fr", "missing child", "Un collégien de 13 ans a disparu depuis hier soir ; son dernier contact était @moss_lantern." },
        { "es", "missing child", "Un adolescente de 13 años está desaparecido desde anoche; su último contacto fue @moss_lantern." },
        { "pt", "missing child", "Um adolescente de 13 anos está desaparecido desde ontem; o último contacto foi @moss_lantern." },
        { "it", "missing child", "Un ragazzo di 13 anni è scomparso da ieri sera; l'ultimo contatto è stato @moss_lantern." },
        { "nl", "missing child", "Een jongen van 13 wordt sinds gisteravond vermist; zijn laatste contact was @moss_lantern." },
        // Suicide, self-harm.
        { "en", "threat of suicide", "The user @pale_orchid posted a goodbye note and said she will jump off the bridge." },
        { "de", "threat of suicide", "Die Nutzerin @pale_orchid hat einen Abschiedsbrief gepostet und angekündigt, sich umzubringen." },
        { "fr", "threat of suicide", "L'utilisatrice @pale_orchid a publié une lettre d'adieu et annonce vouloir mettre fin à ses jours." },
        { "es", "threat of suicide", "La usuaria @pale_orchid publicó una carta de despedida y anunció que va a suicidarse." },
        { "pt", "threat of suicide", "A usuária @pale_orchid publicou uma carta de despedida e disse que vai se matar." },
        { "it", "threat of suicide", "L'utente @pale_orchid ha pubblicato una lettera d'addio e vuole farla finita." },
        { "nl", "threat of suicide", "De gebruikster @pale_orchid plaatste een afscheidsbrief en wil zichzelf iets aandoen." },
        // Sexual assault imminent.
        { "en", "sexual assault", "The adult behind @velvet_crane is meeting a 12-year-old tonight at a motel off the highway." },
        { "de", "sexual assault", "Der Erwachsene hinter @velvet_crane hat ein Treffen mit einer 12-Jährigen heute Abend am Bahnhof." },
        { "fr", "sexual assault", "L'adulte derrière @velvet_crane a un rendez-vous avec une mineure ce soir près de la gare." },
        { "es", "sexual assault", "El adulto detrás de @velvet_crane tiene una cita con una menor esta noche junto a la estación." },
        { "pt", "sexual assault", "O adulto por trás de @velvet_crane tem um encontro com uma menor hoje à noite na rodoviária." },
        { "it", "sexual assault", "L'adulto dietro @velvet_crane ha un appuntamento con una minore stasera vicino alla stazione." },
        { "nl", "sexual assault", "De volwassene achter @velvet_crane heeft een afspraak met een minderjarige vanavond bij het station." },
        // Child exploitation in progress.
        { "en", "imminent harm to a child", "A child is currently being abused on a live stream run from @tin_heron." },
        { "de", "imminent harm to a child", "Ein Kind wird derzeit missbraucht; die Übertragung läuft über @tin_heron." },
        { "fr", "imminent harm to a child", "Un abus sexuel en cours est diffusé depuis le compte @tin_heron." },
        { "es", "imminent harm to a child", "Un abuso sexual en curso se transmite desde la cuenta @tin_heron." },
        { "pt", "imminent harm to a child", "Um abuso sexual em curso está a ser transmitido a partir de @tin_heron." },
        { "it", "imminent harm to a child", "Un abuso sessuale in corso viene trasmesso dall'account @tin_heron." },
        { "nl", "imminent harm to a child", "Lopend seksueel misbruik wordt uitgezonden vanaf het account @tin_heron." },
        // Swatting.
        { "en", "threat to kill", "The account @grey_falcon is placing swatting calls against the streamer's home this evening." },
        { "de", "threat to kill", "Über @grey_falcon wurden Swatting-Anrufe gegen die Wohnung eines Streamers abgesetzt." },
        { "fr", "threat to kill", "Le compte @grey_falcon a passé un faux appel d'urgence signalant une prise d'otages chez une streameuse." },
        { "es", "threat to kill", "Desde @grey_falcon se hizo una falsa llamada de emergencia contra el domicilio de una streamer." },
        { "pt", "threat to kill", "A partir de @grey_falcon foi feita uma falsa chamada de emergência contra a casa de uma streamer." },
        { "it", "threat to kill", "Da @grey_falcon è partita una falsa chiamata di emergenza contro l'abitazione di una streamer." },
        { "nl", "threat to kill", "Vanaf @grey_falcon is een valse melding van een gijzeling gedaan bij de woning van een streamer." },
        // Terror attack.
        { "en", "terror attack", "Members of a terror cell coordinating on @iron_lark plan an attack on the Christmas market." },
        { "de", "terror attack", "Mitglieder einer Terrorzelle planen über @iron_lark einen Anschlag; der Anschlag steht bevor." },
        { "fr", "terror attack", "Des membres coordonnés via @iron_lark préparent un projet d'attentat contre le marché de Noël." },
        { "es", "terror attack", "Miembros coordinados en @iron_lark preparan un atentado terrorista contra el mercado navideño." },
        { "pt", "terror attack", "Membros coordenados em @iron_lark preparam um ataque terrorista contra a feira de Natal." },
        { "it", "terror attack", "Membri coordinati su @iron_lark preparano un attentato terroristico al mercatino di Natale." },
        { "nl", "terror attack", "Leden die via @iron_lark overleggen beramen een terroristische aanslag op de kerstmarkt." },
    };

    [Theory]
    [MemberData(nameof(Situations))]
    public void An_emergency_situation_pages_in_every_language(string language, string situation, string sentence)
    {
        var result = _engine.Triage($"""
            From: {Officer(language)}
            Subject: {Subject(language)}

            {sentence}
            {Ask(language)}
            """);

        Assert.True(result.Flags.Emergency, $"{language} {situation}: {sentence}");
        Assert.Equal(Priority.P0, result.Priority);
        Assert.Equal(LegalProcessType.Emergency, result.ProcessType);
        Assert.Equal(language != "en", result.Flags.NonUs);
        Assert.DoesNotContain(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void The_vocabulary_covers_every_situation_in_every_language()
    {
        var languages = new[] { "en", "de", "fr", "es", "it", "pt", "nl" };
        var situations = new[] { "danger to life", "active shooter", "bomb threat", "hostage", "kidnapping", "missing child", "threat of suicide", "sexual assault", "imminent harm to a child", "terror attack", "threat to kill" };
        var covered = EmergencyVocabulary.Coverage.ToHashSet();

        foreach (var situation in situations)
            foreach (var language in languages)
                Assert.True(covered.Contains((situation, language)), $"no {language} row for {situation}");
    }

    private static string Officer(string language) => language switch
    {
        "en" => "Sgt. Dana Whitcombe <dwhitcombe@phoenix.gov>",
        "de" => "KOK Jonas Brehm <jonas.brehm@polizei.hessen.de>",
        "fr" => "Capitaine Inès Farrow <ines.farrow@interieur.gouv.fr>",
        "es" => "Inspectora Lucía Berrocal <lberrocal@policia.es>",
        "pt" => "Inspetor Tiago Amaral <tiago.amaral@pj.pt>",
        "it" => "Ispettrice Giulia Morandi <giulia.morandi@poliziadistato.it>",
        _ => "Inspecteur Bram Olthof <bram.olthof@politie.nl>",
    };

    private static string Subject(string language) => language switch
    {
        "en" => "Request for information",
        "de" => "Anfrage",
        "fr" => "Demande d'information",
        "es" => "Solicitud de información",
        "pt" => "Pedido de informação",
        "it" => "Richiesta di informazioni",
        _ => "Verzoek om informatie",
    };

    private static string Ask(string language) => language switch
    {
        "en" => "Please send the subscriber details and the last login IP addresses.",
        "de" => "Wir bitten um die Bestandsdaten und die IP-Adressen der letzten Anmeldungen.",
        "fr" => "Merci de nous transmettre les données d'identification et les dernières adresses IP.",
        "es" => "Solicitamos los datos del titular y las últimas direcciones IP.",
        "pt" => "Solicitamos os dados do titular e os últimos endereços IP.",
        "it" => "Chiediamo i dati dell'intestatario e gli ultimi indirizzi IP.",
        _ => "Wij verzoeken om de gegevens van de gebruiker en de laatste IP-adressen.",
    };
}
