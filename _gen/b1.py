from lib import *
txt('c01-fr-gendarmerie-requisition-menaces-non-urgent.txt','''
GENDARMERIE NATIONALE
Groupement de gendarmerie départementale de la Gironde
Brigade de recherches de Libourne
33500 LIBOURNE — Tél. : 05 57 55 51 80

RÉQUISITION JUDICIAIRE
(articles 77-1-1 et 77-1-2 du code de procédure pénale)

Nous, adjudant-chef Hervé LAMBERT-DIALLO, officier de police judiciaire en résidence à Libourne,
agissant en enquête préliminaire sous le contrôle du procureur de la République près le tribunal
judiciaire de Libourne (procédure n° 01284/2026),

Vu les faits de harcèlement moral par voie électronique dénoncés le 12 novembre 2026 par une
commerçante de Saint-Émilion, laquelle rapporte notamment des menaces de mort publiées en
commentaire en octobre dernier (faits anciens, l'auteur ne s'est pas manifesté depuis, la victime
n'est pas en danger immédiat),

REQUÉRONS la société destinataire de bien vouloir nous communiquer, pour le compte utilisateur
« @dordogne_corbeau_33 », les données d'identification suivantes :
  - adresse électronique et numéro de téléphone associés ;
  - date de création du compte et adresse IP de création ;
  - journaux de connexion (IP, date, heure, fuseau) du 01/10/2026 au 15/11/2026.
Le contenu des messages n'est PAS sollicité.

Réponse souhaitée avant le 15 décembre 2026, par retour de courriel à
br.libourne@gendarmerie.interieur.gouv.fr.

Fait à Libourne, le 27 novembre 2026
L'OPJ, adjudant-chef H. Lambert-Diallo
''')
lab('c01-fr-gendarmerie-requisition-menaces-non-urgent.txt','international','P3',['nonUs'],'France','br.libourne@gendarmerie.interieur.gouv.fr',['dordogne_corbeau_33'],'fr','international',
 'gendarmerie art. 77-1-1 requisition sent directly to a U.S. provider; "menaces de mort" named in passing for past facts, victim not in immediate danger: not an emergency; content expressly not asked; answer wished by Dec 15',
 findings=[FDP],forb=DIRECT+[EBI,NDO,NNE,DP],fa=['+33557555180'],deadline='2026-12-15')

txt('c02-fr-epoc-parquet-paris-contenu-pdftext.txt','''
Tribunal judiciaire de Paris — Parquet — Section J3 (cybercriminalité)              page 1/3
CERTIFICAT D'INJONCTION EUROPÉENNE DE PRODUCTION (EPOC)
(article 9, paragraphe 1, du règlement (UE) 2023/1543)

SECTION A : Autorité d'émission / de validation
Autorité d'émission : Madame Claire VOSSART-MBAYE, juge d'instruction au tribunal judiciaire de
Paris, pôle cybercriminalité                 Référence du dossier : JI-CYBER 26/0418
Adresse : Parvis du Tribunal de Paris, 75017 Paris, France
Téléphone : +33 1 44 32 55 18          Courriel : epoc.j3.paris@justice.fr

SECTION B : Destinataire
Le fournisseur de services, à l'attention de son établissement désigné / représentant légal.

SECTION C : Délais
[X] dans les 10 jours à compter de la réception       [ ] cas d'urgence : 8 heures
Date de réception par le destinataire : 26 novembre 2026

SECTION D : Catégories de données demandées
[X] données relatives aux abonnés        [X] données relatives au trafic
[X] données relatives au contenu : messages privés échangés, photographies et notes vocales stock-
ées du compte, période du 1er septembre au 20 novembre 2026
Compte visé : « seine_mirage_shop » (identifiant numérique 88127430551)

SECTION E : Infraction — escroquerie en bande organisée (art. 313-2 C. pén.), peine ≥ 3 ans.

SECTION F : Information de la personne dont les données sont demandées
[X] L'autorité d'émission demande au destinataire de ne pas informer la personne concernée
pendant une durée de trois (3) mois, afin de ne pas compromettre l'enquête (article 11).
------------------------------------------------------------------------------------------
EPOC JI-CYBER 26/0418 — NE PAS DIFFUSER                                         page 2/3
''')
lab('c02-fr-epoc-parquet-paris-contenu-pdftext.txt','international','P2',['nonUs','contentRequested','nonDisclosureOrder'],'France','epoc.j3.paris@justice.fr',['seine_mirage_shop','88127430551'],'fr','pdf-text',
 'PDF-extracted EPOC (Annex I) from a Paris investigating judge for content (private messages, photos, voice notes; "stock-ées" hyphenated); binding EU order; three-month restriction on informing the user; received Nov 26 + 10 days = Dec 6',
 findings=[],forb=EPOC+[NNE,DP],fa=['+33144325518'],deadline='2026-12-06')

eml('c03-fr-police-federale-liege-suicide-direct-qp.eml',[('From',('Police fédérale – FCCU Liège','fccu.liege@police.belgium.eu')),('To','lawenforcement@provider.example.com'),('Subject',h('URGENT – danger de mort – tentative de suicide annoncée en direct')),('Date','Tue, 01 Dec 2026 17:21:09 +0100'),('Message-ID','<2026120117210.fccu@police.belgium.eu>')],'''
Madame, Monsieur,

Demande de divulgation en urgence (risque imminent pour la vie).

Personne en danger : une jeune femme de 19 ans, identité en cours de vérification, qui diffuse
en ce moment même une vidéo en direct depuis le compte « meuse_larmes_noires » et annonce
qu'elle va mettre fin à ses jours « avant minuit » ; on voit des médicaments sur la table.
Sa localisation nous est inconnue ; les proches contactés ne savent pas où elle se trouve.

Informations demandées, strictement nécessaires pour la localiser :
 - adresse e-mail et numéro de téléphone liés au compte ;
 - dernières adresses IP de connexion (avec port source) et horodatage ;
 - toute donnée de localisation disponible.
Nous ne demandons pas le contenu de ses messages.

Le magistrat de garde du parquet de Liège est informé ; une apostille suivra si vous l'exigez.
Joignable 24h/24 : permanence FCCU +32 4 555 71 20.

Inspecteur principal Julien MOREAU-KABONGO
Federal Computer Crime Unit – Liège
Rue Saint-Léonard 101, 4000 Liège
''')
lab('c03-fr-police-federale-liege-suicide-direct-qp.eml','emergency','P0',['emergency','nonUs'],'Belgium','fccu.liege@police.belgium.eu',['meuse_larmes_noires'],'fr','emergency-foreign',
 'quoted-printable, RFC 2047 subject; Belgian federal police live-streamed suicide announcement with pills visible; police.belgium.eu; content expressly not asked; magistrate informed',
 forb=EMF+[NDO],fa=['+3245557120'])

txt('c04-fr-parquet-liege-classement-sans-suite.txt','''
De : Secrétariat cybercriminalité – Parquet de Liège <cyber.parquet.liege@just.fgov.be>
À : Law Enforcement Response Team
Date : lun. 30 nov. 2026 à 10:44
Objet : Notice 24/LI/63.99.1187 – dossier classé – annulation de notre demande

Madame, Monsieur,

Par courrier du 4 novembre 2026, nous vous avions adressé une demande de conservation et de
communication de données d'identification relatives au compte « ourthe_vallee_deals », dans le cadre
d'une plainte pour escroquerie et menaces.

Le dossier a été classé sans suite le 27 novembre 2026 (motif : arrangement entre les parties).
Notre demande est donc sans objet : nous ne sollicitons plus aucune donnée, et les données que
vous auriez conservées à notre demande peuvent être libérées. Aucune mesure de confidentialité
n'est plus d'application.

Nous vous remercions de votre collaboration.

Pour le Procureur du Roi,
N. DEVILLERS-NGOY, substitut
Palais de Justice, Place Saint-Lambert 16, 4000 Liège — tél. +32 4 555 22 63
''')
lab('c04-fr-parquet-liege-classement-sans-suite.txt','other','P3',['nonUs'],'Belgium','cyber.parquet.liege@just.fgov.be',[],'fr','hard-negative',
 'Liège prosecutor withdraws an earlier Belgian request: case closed (classement sans suite), nothing requested any more, hold may be released; "menaces" only named; a notice, not process',
 forb=NEG+[FDP,CLA],fa=['+3245552263'])

txt('c05-fr-police-cantonale-vaudoise-demande-directe.txt','''
Police cantonale vaudoise
Division criminalité numérique
Centre Blécherette, Route de la Grangette 6, CH-1014 Lausanne
Tél. +41 21 555 44 30        cybercrime.pcv@vd.ch

Lausanne, le 30 novembre 2026
Notre référence : PCV/DCN 26-11-3391

Concerne : demande volontaire d'informations — compte « leman_voyageur_vd »

Madame, Monsieur,

Dans une enquête ouverte par le Ministère public de l'arrondissement de Lausanne pour
tentative de contrainte et menaces (art. 181 et 180 CP suisse), un ex-compagnon aurait envoyé
depuis le compte cité des messages insistants à la plaignante. Les menaces rapportées sont
verbales et datent de septembre ; la plaignante est domiciliée chez des proches et n'est pas
en danger actuel. Ce n'est pas une demande d'urgence.

Nous vous prions de nous indiquer, à titre volontaire :
 1. les données d'enregistrement du compte (nom indiqué, e-mail, téléphone) ;
 2. les adresses IP de création et de connexion entre le 01.09.2026 et le 25.11.2026.
Nous ne demandons pas le contenu des messages. Si une demande d'entraide judiciaire est
nécessaire, merci de nous l'indiquer ; l'Office fédéral de la justice pourra la transmettre.

Avec nos salutations distinguées,
Sgt Maj Laure BERTHOUD-ESSIEN
''')
lab('c05-fr-police-cantonale-vaudoise-demande-directe.txt','international','P3',['nonUs'],'Switzerland','cybercrime.pcv@vd.ch',['leman_voyageur_vd'],'fr','international',
 'Vaud cantonal police voluntary direct request on the canton domain vd.ch; "menaces" named but "pas une demande d\'urgence"; content not asked; MLA via the Swiss FOJ offered; no deadline',
 findings=[FDP],forb=DIRECT+[EBI,NDO,NNE,DP],fa=['+41215554430'])
