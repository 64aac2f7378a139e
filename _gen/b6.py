eml('c45-de-epoc-sta-berlin-sprachnachrichten-qp.eml',[('From',('LKA Berlin – Dezernat Cybercrime, für die Staatsanwaltschaft Berlin','lka-cybercrime.epoc@polizei.berlin.de')),('To','eu-representative@provider.example.com'),('Subject','Europäische Herausgabeanordnung (EPOC) – 255 Js 1182/26 – Inhaltsdaten'),('Date','Fri, 27 Nov 2026 10:15:00 +0100')],'''
Sehr geehrte Damen und Herren,

anbei das Zertifikat einer Europäischen Herausgabeanordnung (Anhang I VO (EU) 2023/1543).

A. Anordnungsbehörde: Amtsgericht Tiergarten, Ermittlungsrichterin Dr. Jana Pohl-Asamoah, auf
   Antrag der Staatsanwaltschaft Berlin, Zentralstelle Cybercrime, Az. 255 Js 1182/26
   Turmstraße 91, 10559 Berlin – Tel. +49 30 9014 5552
C. Frist: 10 Tage ab Eingang (Eingang: 27.11.2026)
D. Angeforderte Daten zum Konto „spree_schatten_handel":
   [X] Teilnehmerdaten  [X] Verkehrsdaten (IP-Adressen, Zeitstempel)
   [X] Inhaltsdaten: Direktnachrichten, Sprachnachrichten und Bilddateien, 01.07.2026–20.11.2026
E. Straftat: gewerbsmäßiger Bandenbetrug (§ 263 Abs. 5 StGB)
F. Unterrichtung der betroffenen Person: Der Diensteanbieter wird ersucht, die betroffene Person
   für die Dauer von sechs Monaten nicht zu unterrichten (Art. 11).

Übermittelt im Auftrag der Staatsanwaltschaft durch das LKA Berlin.

Mit freundlichen Grüßen
KHK Markus Feldhaus-Nkemelu, LKA 6 (Cybercrime), Landeskriminalamt Berlin
''')
lab('c45-de-epoc-sta-berlin-sprachnachrichten-qp.eml','international','P2',['nonUs','contentRequested','nonDisclosureOrder'],'Germany','lka-cybercrime.epoc@polizei.berlin.de',['spree_schatten_handel'],'de','international',
 'quoted-printable German EPOC (Annex I) issued by an investigating judge on the Berlin prosecutor\'s application and transmitted by the LKA Berlin (polizei.berlin.de), for DMs, voice messages and images; six-month restriction on informing the user; received Nov 27 + 10 days = Dec 7',
 forb=EPOC+[NNE,DP],fa=['+493090145552'],deadline='2026-12-07')

txt('c46-de-polizei-nrw-ersuchen-ohne-inhalte.txt','''
Polizeipräsidium Köln
Kriminalinspektion 3 – Cybercrime
Walter-Pauli-Ring 2-6, 51103 Köln
Telefon +49 221 229 5551 · Fax +49 221 229 5559
E-Mail: cybercrime.koeln@polizei.nrw.de

Köln, 26.11.2026
Tgb.-Nr. KI3-26/44187 – Az. StA Köln 121 UJs 3304/26

Auskunftsersuchen (freiwillig) – Bestandsdaten und IP-Adressen, OHNE Inhalte

Sehr geehrte Damen und Herren,

in einem Ermittlungsverfahren wegen Bedrohung (§ 241 StGB) und Beleidigung zum Nachteil eines
Kölner Kommunalpolitikers bitten wir um Mitteilung der Bestandsdaten (E-Mail, Telefonnummer,
Registrierungsdatum) sowie der IP-Adressen der Logins vom 01.10. bis 20.11.2026 zum Konto
„domplatte_wutbuerger". Inhalte von Nachrichten werden ausdrücklich nicht erbeten. Eine akute Gefahr
für den Geschädigten besteht nach derzeitigem Stand nicht.

Mit freundlichen Grüßen
KHK Tobias Wendland-Adjei
''')
lab('c46-de-polizei-nrw-ersuchen-ohne-inhalte.txt','international','P3',['nonUs'],'Germany','cybercrime.koeln@polizei.nrw.de',['domplatte_wutbuerger'],'de','international',
 'Cologne police voluntary direct request; "Bedrohung" named but no acute danger; content expressly not asked; no deadline',
 findings=[FDP],forb=DIRECT+[EBI,NDO,NNE,DP],fa=['+492212295551'],contains={'address':'Walter-Pauli-Ring'})

txt('c47-pt-br-tjsp-decisao-conteudo-conversas-pdftext.txt','''
PODER JUDICIÁRIO
TRIBUNAL DE JUSTIÇA DO ESTADO DE SÃO PAULO
Foro Central Criminal Barra Funda — 2ª Vara Criminal
Processo nº 1508842-17.2026.8.26.0050                                                  fls. 88

DECISÃO

Vistos. Acolho a representação da autoridade policial (DEIC / 4ª Delegacia de Polícia de
Repressão a Crimes Cibernéticos) e, com fundamento nos arts. 10, § 2º, e 22 da Lei nº 12.965/2014
(Marco Civil da Internet), DETERMINO que o provedor forneça, em relação ao perfil
"paulista_golpe_pix", no prazo de 10 (dez) dias a contar da intimação:
 a) dados cadastrais e registros de acesso (IP, data, hora, porta lógica) de 01/09/2026 a 20/11/2026;
 b) o conteúdo das conversas privadas (mensagens diretas, áudios e imagens) mantidas pelo perfil no
    mesmo período.
Decreto o segredo de justiça.

São Paulo, 25 de novembro de 2026.
Juíza de Direito Mariana Lopes-Adewale
Este documento é cópia do original assinado digitalmente. Para conferir, acesse o site
https://esaj.tjsp.jus.br/pastadigital/pg/abrirConferenciaDocumento.do, informe o processo 1508842-
17.2026.8.26.0050 e código 7A3F2C1.
Respostas para: 4dp.deic@policiacivil.sp.gov.br — (11) 5555-2377
''')
lab('c47-pt-br-tjsp-decisao-conteudo-conversas-pdftext.txt','international',None,['nonUs','contentRequested'],'Brazil','4dp.deic@policiacivil.sp.gov.br',['paulista_golpe_pix'],'pt','pdf-text',
 'PDF-extracted São Paulo court decision under the Marco Civil for private conversations, audio and images (content) plus access logs; served directly on a U.S. provider; "segredo de justiça" seals the case file, it is no order against notifying the user; 10 days from unknown intimação',
 findings=[FDP],forb=[U,CLA,PE,NDO,NNE,EBI,DP],fa=['+551155552377'])

txt('c48-pt-gnr-pedido-excluindo-conteudo.txt','''
GUARDA NACIONAL REPUBLICANA
Comando Territorial de Setúbal — Núcleo de Investigação Criminal
Rua Dr. António Manuel Gamito, 2900-055 Setúbal — Tel. +351 265 555 140
nic.setubal@gnr.pt

Setúbal, 30 de novembro de 2026
NUIPC 1187/26.3GTSTB — Ministério Público de Setúbal

Assunto: Pedido de dados de assinante (excluindo conteúdo)

Exmos. Senhores,

No âmbito do inquérito em referência, por burla informática na venda de cães de raça, solicita-se a
V. Exas., a título voluntário, a identificação do titular da conta "arrabida_caes_pedigree":
nome, e-mail, telefone e endereços IP de acesso entre 01/10/2026 e 25/11/2026, excluindo qualquer
conteúdo de comunicações. Agradecemos resposta até 18 de dezembro de 2026.

Com os melhores cumprimentos,
Cabo-Chefe Rui Mendonça-Baptista
''')
lab('c48-pt-gnr-pedido-excluindo-conteudo.txt','international','P3',['nonUs'],'Portugal','nic.setubal@gnr.pt',['arrabida_caes_pedigree'],'pt','international',
 'Portuguese GNR voluntary direct request; content excluded ("excluindo qualquer conteúdo"); reply wished by Dec 18',
 findings=[FDP],forb=DIRECT+[EBI,NDO,NNE,DP],fa=['+351265555140'],deadline='2026-12-18')

txt('c49-it-epoc-procura-roma-chat-sei-mesi.txt','''
PROCURA DELLA REPUBBLICA PRESSO IL TRIBUNALE DI ROMA
Pool reati informatici — Proc. pen. n. 41187/2026 R.G.N.R.
Piazzale Clodio, 00195 Roma — Tel. +39 06 3875 5591 — epoc.procura.roma@giustizia.it

CERTIFICATO DI ORDINE EUROPEO DI PRODUZIONE (EPOC)
Regolamento (UE) 2023/1543 — Allegato I

A) Autorità di emissione: G.I.P. presso il Tribunale di Roma, dott.ssa Elena Marchetti-Owusu, su
   richiesta del P.M. dott. Fabio Lanza
C) Termine: [X] 10 giorni dal ricevimento — ricevuto il 25 novembre 2026
D) Dati richiesti, account «trastevere_affari_facili»:
   [X] dati relativi agli abbonati  [X] dati relativi al traffico
   [X] dati relativi al contenuto: chat private, messaggi vocali e fotografie scambiate dal
       01.09.2026 al 20.11.2026
E) Reato: estorsione aggravata (art. 629 c.p.)
F) Informazione all'interessato: si chiede al prestatore di NON informare la persona per sei (6) mesi.
''')
lab('c49-it-epoc-procura-roma-chat-sei-mesi.txt','international','P2',['nonUs','contentRequested','nonDisclosureOrder'],'Italy','epoc.procura.roma@giustizia.it',['trastevere_affari_facili'],'it','international',
 'Italian EPOC (Annex I) issued by the GIP on the Rome prosecutor\'s request for private chats, voice messages and photos; six-month restriction; received Nov 25 + 10 days = Dec 5',
 forb=EPOC+[NNE,DP],fa=['+390638755591'],deadline='2026-12-05')

txt('c50-it-guardia-finanza-esclusi-contenuti.txt','''
GUARDIA DI FINANZA
Nucleo Speciale Tutela Privacy e Frodi Tecnologiche
Via Fornovo 12, 00192 Roma — tel. +39 06 4455 5120
nstpft.cooperazione@gdf.it

Roma, 27 novembre 2026
Prot. n. 0418833/2026 — Proc. pen. n. 9912/26 R.G.N.R. Procura della Repubblica di Milano

Oggetto: richiesta di informazioni (esclusi i contenuti)

Si chiede cortesemente di comunicare, per l'account «navigli_trading_academy», i dati anagrafici
dichiarati, l'indirizzo e-mail e il numero di telefono associati, nonché i log di accesso (IP, data,
ora) dal 1° agosto al 20 novembre 2026, esclusi i contenuti delle comunicazioni.

Il Comandante della Sezione, Cap. Giulia Ferraris-Mensah
''')
lab('c50-it-guardia-finanza-esclusi-contenuti.txt','international','P3',['nonUs'],'Italy','nstpft.cooperazione@gdf.it',['navigli_trading_academy'],'it','international',
 'Guardia di Finanza (gdf.it) voluntary direct request on a Milan prosecutor\'s file; contents excluded; no deadline',
 findings=[FDP],forb=DIRECT+[EBI,NDO,NNE,DP],fa=['+390644555120'])

txt('c51-nl-epoc-om-rotterdam-inhoud-berichten.txt','''
Openbaar Ministerie — Arrondissementsparket Rotterdam
Team High Tech Crime
Postbus 50956, 3007 BM Rotterdam — tel. +31 10 555 3318 — htc.epoc.rotterdam@om.nl

EUROPEES VERSTREKKINGSBEVEL — CERTIFICAAT (EPOC), bijlage I Verordening (EU) 2023/1543

A. Uitvaardigende autoriteit: rechter-commissaris in de rechtbank Rotterdam, mr. S. de Wit-Boateng,
   op vordering van de officier van justitie mr. P. Verhoeven. Parketnummer 10/771842-26.
C. Termijn: binnen 10 dagen na ontvangst. Ontvangen op 30 november 2026.
D. Gevraagde gegevens, account "maasvlakte_logistiek_nl":
   [X] abonneegegevens   [X] verkeersgegevens
   [X] inhoudsgegevens: de inhoud van verzonden en ontvangen berichten en bijlagen, 1 juli t/m
       15 november 2026
E. Strafbaar feit: invoer van cocaïne (art. 2 en 10 Opiumwet)
F. Informeren van de betrokkene: de dienstverlener wordt verzocht de betrokkene gedurende drie
   maanden niet te informeren.
''')
lab('c51-nl-epoc-om-rotterdam-inhoud-berichten.txt','international','P3',['nonUs','contentRequested','nonDisclosureOrder'],'Netherlands','htc.epoc.rotterdam@om.nl',['maasvlakte_logistiek_nl'],'nl','international',
 'Dutch EPOC (Annex I) issued by an investigating judge for message contents and attachments; three-month restriction; received Nov 30 + 10 days = Dec 10',
 forb=EPOC+[NNE,DP],fa=['+31105553318'],deadline='2026-12-10')

txt('c52-nl-federale-politie-antwerpen-uiterlijk-5-december.txt','''
Van: FGP Antwerpen – Regionale Computer Crime Unit <rccu.antwerpen@police.belgium.eu>
Verzonden: vrijdag 27 november 2026 11:20
Aan: Law Enforcement Response
Onderwerp: Vordering gegevens – PV AN.55.L7.041187/2026 – uiterlijk 5 december

Geachte,

In opdracht van het parket van Antwerpen (notitienummer AN.55.L7.41187/26), in een onderzoek naar
oplichting via valse huurwoningen, verzoeken wij u ons de volgende gegevens te bezorgen over het
account "schelde_studios_verhuur": registratiegegevens (naam, e-mail, telefoon), IP-adressen met
tijdstip van aanmaak en van de logins van 1 september tot 20 november 2026. Wij vragen geen inhoud van
berichten.

Graag uw antwoord uiterlijk op 5 december 2026.

Met vriendelijke groet,
Hoofdinspecteur Wouter Claes-Mbala
RCCU Antwerpen, Lange Lozanastraat 223, 2018 Antwerpen — +32 3 555 1880
''')
lab('c52-nl-federale-politie-antwerpen-uiterlijk-5-december.txt','international','P2',['nonUs'],'Belgium','rccu.antwerpen@police.belgium.eu',['schelde_studios_verhuur'],'nl','international',
 'Belgian federal judicial police in Dutch, direct request on a prosecutor\'s instruction; no content; "uiterlijk op 5 december 2026" (P2)',
 findings=[FDP],forb=DIRECT+[EBI,NDO,NNE,DP],fa=['+3235551880'],deadline='2026-12-05',contains={'address':'Lange Lozanastraat 223'})

txt('c53-civil-ca-trial-subpoena-photos-messages.txt','''
ATTORNEY OR PARTY WITHOUT ATTORNEY: Delia M. Harcourt-Ansah (SBN 301842)
HARCOURT ANSAH LLP, 1800 Century Park East, Suite 600, Los Angeles, CA 90067
TELEPHONE: (310) 555-0112    E-MAIL: dharcourt@example.com
ATTORNEY FOR: Plaintiff Celeste Varga

SUPERIOR COURT OF CALIFORNIA, COUNTY OF LOS ANGELES
CELESTE VARGA v. BRENT OKAFOR-DAHL                          CASE NUMBER: 24STCV31877

        CIVIL SUBPOENA (DUCES TECUM) for Personal Appearance and Production of Documents

THE PEOPLE OF THE STATE OF CALIFORNIA, TO: Custodian of Records, [Provider]
YOU ARE ORDERED to produce on December 16, 2026, at 10:00 a.m., Dept. 54:
  all photographs, videos and direct messages sent or received by the account "brent_od_la" from
  01/01/2026 to 06/30/2026, and all subscriber records for that account.
Plaintiff's own account, "celeste_varga_art", is named only because messages were exchanged with it.
''')
lab('c53-civil-ca-trial-subpoena-photos-messages.txt','civil','P3',['contentRequested'],'United States','dharcourt@example.com',['brent_od_la'],'en','civil',
 'California civil subpoena duces tecum from a plaintiff\'s lawyer for photos, videos and DMs: the SCA bars content to private litigants; the plaintiff\'s own account is not a target; appearance Dec 16',
 findings=[CCB],forb=[U,CRW,NDO,NNE,EBI,DP],fa=['+13105550112','celeste_varga_art'],deadline='2026-12-16')

eml('c54-usss-warrant-forwarded-rfc822-one-year.eml',[('From',('Legal Intake','legal-intake@provider.example.com')),('To','le-response@provider.example.com'),('Subject','FW: Search warrant 2:26-mj-00871 (D. Ariz.) - USSS'),('Date','Tue, 01 Dec 2026 09:40:02 -0800')],'''
Forwarding the attached from the web portal inbox. Original e-mail from the Secret Service agent is
attached below. Please open a case. -- Intake (Dana)
''',attach=sub_msg([('From','SA Kwabena Lindholm-Rios <kwabena.lindholm-rios@usss.dhs.gov>'),('To','legal-intake@provider.example.com'),('Subject','Search warrant 2:26-mj-00871 (D. Ariz.)'),('Date','Mon, 30 Nov 2026 16:22:10 -0700')],'''Good afternoon,

Attached is a federal search warrant (AO 93) issued November 30, 2026 by a U.S. Magistrate Judge in
the District of Arizona, case 2:26-mj-00871, for the account "tempe_card_shop_az".

Attachment B, items to be seized: all contents of messages, stored photos and files, subscriber
records and IP logs from 06/01/2026 to 11/25/2026.

The court also entered an order under 18 U.S.C. 2705(b) commanding the provider not to notify any
person of the warrant for one year from the date of the order.

Please produce within 14 days of service.

SA Kwabena Lindholm-Rios, U.S. Secret Service, Phoenix Field Office
(602) 555-0175
'''),cte='7bit')
lab('c54-usss-warrant-forwarded-rfc822-one-year.eml','search_warrant',None,['contentRequested','nonDisclosureOrder'],'United States','kwabena.lindholm-rios@usss.dhs.gov',['tempe_card_shop_az'],'en','forwarded',
 'internal forward with the agent\'s mail attached as message/rfc822; requester is the Secret Service agent (usss.dhs.gov), not intake; federal warrant for content; one-year 2705(b); 14 days from unknown service',
 findings=[NDO],forb=[U,CRW,NNE,EBI],fa=['+16025550175'])

txt('c55-michigan-ag-subpoena-search-queries.txt','''
STATE OF MICHIGAN
DEPARTMENT OF ATTORNEY GENERAL — CRIMINAL INVESTIGATIONS DIVISION
INVESTIGATIVE SUBPOENA (MCL 767A.2)                         File No. 2026-0418877-A

TO: Custodian of Records

Pursuant to an investigative subpoena authorized by the Ingham County Circuit Court on November 23,
2026, you are commanded to produce, no later than December 9, 2026, for the account
"lansing_lottery_insider":
  1. subscriber name, address, phone, e-mail;
  2. login IP addresses 09/01/2026 – 11/20/2026;
  3. the subject lines of all messages sent by the account and all search queries entered by the
     account during the same period.

Special Agent Corinne Adisa-Holm, (517) 555-0124, adisa-holmc@michigan.gov
''')
lab('c55-michigan-ag-subpoena-search-queries.txt','subpoena','P3',['contentRequested'],'United States','adisa-holmc@michigan.gov',['lansing_lottery_insider'],'en','us-process',
 'Michigan AG investigative subpoena asking for message subject lines and search queries, which are content: a subpoena cannot compel them; no gag; due Dec 9 (just past the 7-day window)',
 findings=[CRW],forb=[U,NDO,NNE,DP,EBI],fa=['+15175550124'],deadline='2026-12-09')
