txt('c06-fr-mp-geneve-conservation-entraide-en-cours.txt','''
RÉPUBLIQUE ET CANTON DE GENÈVE
POUVOIR JUDICIAIRE — MINISTÈRE PUBLIC
Route de Chancy 6B, case postale 3565, 1211 Genève 3
Tél. +41 22 555 33 74

Procédure P/21877/2026 — Procureure : Me Isabelle FAVRE-OKONKWO
Courriel du greffe : greffe.mp-cyber@justice.ge.ch

Genève, le 25 novembre 2026

Objet : demande de conservation immédiate dans l'attente d'une demande d'entraide

Madame, Monsieur,

Une demande d'entraide judiciaire en matière pénale a été adressée ce jour à l'Office fédéral de
la justice (OFJ), à Berne, pour transmission aux autorités des États-Unis conformément au traité
d'entraide entre la Suisse et les États-Unis. Elle porte sur des faits d'extorsion (art. 156 CP)
commis au préjudice d'une fiduciaire genevoise.

Dans l'attente, nous vous demandons de CONSERVER toutes les données relatives au compte
« rhone_fiduciaire_leaks » (abonné, connexions, contenus) pour une durée de 90 jours.
Aucune communication n'est demandée à ce stade. Nous vous prions de ne pas informer le titulaire
du compte ; il ne s'agit toutefois pas d'une ordonnance de non-divulgation d'un tribunal américain.

Veuillez accuser réception à l'adresse du greffe.

La Procureure : I. Favre-Okonkwo
''')
lab('c06-fr-mp-geneve-conservation-entraide-en-cours.txt','international','P3',['nonUs'],'Switzerland','greffe.mp-cyber@justice.ge.ch',['rhone_fiduciaire_leaks'],'fr','preservation',
 'Geneva prosecutor asks a U.S. provider directly to preserve while an MLA request goes through the Swiss FOJ to the U.S.; preserve only, nothing disclosed (content to be preserved, not produced); no-notice plea, expressly not an order',
 findings=[FDP],forb=[U,CRW,CLA,NDO,NNE,EBI,DP],fa=['+41225553374'])

txt('c07-fr-spvm-ordonnance-communication-pdftext.txt','''
CANADA                                            COUR DU QUÉBEC
PROVINCE DE QUÉBEC                                (Chambre criminelle et pénale)
DISTRICT DE MONTRÉAL                              No : 500-26-118274-263

ORDONNANCE GÉNÉRALE DE COMMUNICATION
(article 487.014 du Code criminel)

ATTENDU QUE la juge de paix magistrate soussignée est convaincue, sur la foi de la dénonciation
sous serment de l'agente Sophie TRAN-BÉLANGER, matricule 6712, du Service de police de la Ville de
Montréal, qu'il existe des motifs raisonnables de croire qu'une infraction de fraude (art. 380 C.cr.)
a été commise et que les documents ci-dessous fourniront une preuve la concernant ;

IL EST ORDONNÉ au fournisseur de services de communiquer, dans les trente (30) jours suivant la
date de la présente ordonnance, les documents suivants concernant le compte « plateau_billets_
revente » : renseignements d'abonné, adresses IP de connexion du 1er août au 15 novembre 2026.
La présente ordonnance n'autorise pas la communication du contenu des communications.

Signée à Montréal, le 20 novembre 2026.
_____________________________ Juge de paix magistrate

Réponse à : agente S. Tran-Bélanger, Section des crimes économiques, SPVM
1441, rue Saint-Urbain, Montréal (Québec) H2X 2M6 — 514 555-2286 — sophie.tran-belanger@spvm.qc.ca
-- 1 de 1 --                                         SPVM-CE-2026-77410
''')
lab('c07-fr-spvm-ordonnance-communication-pdftext.txt','international','P3',['nonUs'],'Canada','sophie.tran-belanger@spvm.qc.ca',['plateau_billets_revente'],'fr','pdf-text',
 'PDF-extracted Quebec general production order (s. 487.014) served directly on a U.S. provider; username broken across a line at the underscore; content expressly not authorised; 30 days from Nov 20 = Dec 20; SPVM on spvm.qc.ca',
 findings=[FDP],forb=DIRECT+[NDO,NNE,DP],fa=['+15145552286'],deadline='2026-12-20',contains={'address':'1441, rue Saint-Urbain'})

eml('c08-fr-surete-quebec-enlevement-enfant-b64.eml',[('From',('Sûreté du Québec – Centre de vigie','vigie.cybercriminalite@surete.qc.ca')),('To','lert@provider.example.com'),('Subject','URGENT - Enlèvement d\'enfant / alerte AMBER - demande de divulgation d\'urgence'),('Date','Tue, 01 Dec 2026 11:02:47 -0500'),('Message-ID','<amber-2611@surete.qc.ca>')],'''
Bonjour,

La Sûreté du Québec a déclenché une alerte AMBER à 09 h 40 ce matin. Une fillette de 6 ans,
Léa (nom de famille retenu), a été enlevée à Trois-Rivières par un homme armé qui n'a pas la garde ;
il a menacé de « disparaître avec elle pour de bon ». Nous croyons que la vie de l'enfant est en danger.

Le suspect utilise le compte « mauricie_pere_fantome » et a publié à 10 h 15 une photo prise depuis
un véhicule. Nous demandons en urgence, en vertu de votre politique de divulgation d'urgence :
 - adresses IP et horodatages des connexions depuis 06 h ce matin ;
 - numéro de téléphone et adresse courriel vérifiés du compte ;
 - toute donnée de géolocalisation liée à la publication de 10 h 15.
Nous ne demandons pas les messages privés.

Sergente Marie-Ève GAGNON-ABDI, matricule 10944
Centre de vigie et de coordination opérationnelle, Sûreté du Québec
1701, rue Parthenais, Montréal (Québec) H2K 3S7
Ligne 24/7 : 514 555-2050
''',cte='base64')
lab('c08-fr-surete-quebec-enlevement-enfant-b64.eml','emergency','P0',['emergency','nonUs'],'Canada','vigie.cybercriminalite@surete.qc.ca',['mauricie_pere_fantome'],'fr','emergency-foreign',
 'base64; Quebec provincial police AMBER alert, armed non-custodial abductor threatening to vanish with a 6-year-old; surete.qc.ca; no private messages; no NCMEC report exists',
 forb=EMF+[NDO],fa=['+15145552050'])

txt('c09-fr-victime-comment-signaler-menaces.txt','''
Objet : Comment porter plainte ? Compte qui me harcèle

Bonjour,

Je m'appelle Nadia Benali-Fournier, j'habite à Nantes. Depuis trois semaines, le compte
« loire_ombre_44 » commente toutes mes publications (mon compte est « nadia_dessine_nantes ») avec des
insultes, et il y a eu une fois des menaces de mort en septembre. Je ne me sens pas en danger
immédiat, je ne sais juste pas quoi faire.

Est-ce que vous pouvez me dire qui est derrière ce compte ? La gendarmerie m'a dit de porter plainte
d'abord, mais je voudrais savoir comment vous signaler le compte et si vous pouvez garder les preuves
en attendant. Je n'ai aucun document officiel, je vous écris en mon nom.

Merci beaucoup,
Nadia Benali-Fournier
nadia.benali@example.fr — 06 55 51 84 27
''')
lab('c09-fr-victime-comment-signaler-menaces.txt','other','P3',['nonUs'],'France','nadia.benali@example.fr',[],'fr','hard-negative',
 'French user writing as herself asks how to report a harassing account and who is behind it; past "menaces de mort", no present danger; private party, not suspicious; no process; the harasser and her own account are not disclosure targets',
 forb=NEG+[FDP,CLA,CCB],fa=['+33655518427','nadia_dessine_nantes'])

txt('c10-fr-petites-creances-quebec-identite-vendeur.txt','''
De : Yannick Desrochers <y.desrochers@example.ca>
Envoyé : 29 novembre 2026 21:14
Objet : Demande d'identité d'un vendeur — dossier Petites créances 405-32-009812-268

Bonjour,

Je me représente seul devant la Cour du Québec, division des petites créances (district de
Saint-François, Sherbrooke), dossier 405-32-009812-268. J'ai payé 1 150 $ à un vendeur de billets
de concert qui utilisait le compte « estrie_billets_vip » et je n'ai jamais reçu les billets.

Pour signifier ma demande, le greffe me demande le nom et l'adresse du défendeur. Pourriez-vous me
transmettre le nom, l'adresse postale et le courriel associés au compte ? Je n'ai pas besoin des
messages ; j'ai déjà les captures d'écran de nos échanges.

L'audience n'est pas encore fixée. Si une assignation (subpoena) est nécessaire, pouvez-vous me dire
à quelle adresse l'envoyer ?

Merci,
Yannick Desrochers — 819 555-0173
''')
lab('c10-fr-petites-creances-quebec-identite-vendeur.txt','civil','P3',['nonUs'],'Canada','y.desrochers@example.ca',['estrie_billets_vip'],'fr','civil',
 'pro-se Quebec small-claims plaintiff asks voluntarily for a seller\'s identity to serve his claim; private party writing as himself, not suspicious; no content; no process yet, no deadline',
 forb=CIV+[FDP,CLA,CCB,PE,DP],fa=['+18195550173'])

txt('c11-fr-dpcp-avis-demande-satisfaite.txt','''
De : Me Gabrielle Ouellet-Sow <gabrielle.ouellet-sow@dpcp.gouv.qc.ca>
Date : 30 novembre 2026 09:12
À : Équipe juridique — demandes des forces de l'ordre
Objet : RE: Ordonnance de communication 200-26-044561-261 — documents reçus, merci

Bonjour,

J'accuse réception des documents transmis le 27 novembre en exécution de l'ordonnance de
communication visant le compte « vieux_quebec_antiquaire ». Ils sont complets ; nous n'avons besoin
de rien d'autre et le dossier d'enquête peut être fermé de votre côté.

Par ailleurs, l'ordonnance de non-communication rendue en même temps (art. 487.0191 C.cr.) reste en
vigueur jusqu'au 20 mai 2027 : merci de ne pas aviser l'usager avant cette date.

Cordialement,
Me Gabrielle Ouellet-Sow, procureure aux poursuites criminelles et pénales
Directeur des poursuites criminelles et pénales — Palais de justice de Québec
300, boulevard Jean-Lesage, Québec (Québec) G1K 8K6 — 418 555-6120

> Le 27 nov. 2026, Legal Response a écrit :
> Veuillez trouver ci-joint les documents produits en réponse à votre ordonnance...
''')
lab('c11-fr-dpcp-avis-demande-satisfaite.txt','other','P3',['nonUs','nonDisclosureOrder'],'Canada','gabrielle.ouellet-sow@dpcp.gouv.qc.ca',['vieux_quebec_antiquaire'],'fr','hard-negative',
 'Quebec Crown prosecutor (dpcp.gouv.qc.ca) confirms a production order was fulfilled and asks for nothing more; the s. 487.0191 non-disclosure order still runs to May 20, 2027 (a gag with an end date)',
 findings=[NDO],forb=[U,EBI,NNE,PE,DP,CRW,FDP,CLA],fa=['+14185556120'])

txt('c25-fr-ofmin-signalement-ncmec-requisition.txt','''
MINISTÈRE DE L'INTÉRIEUR — DIRECTION NATIONALE DE LA POLICE JUDICIAIRE
Office mineurs (OFMIN) — Groupe de traitement des signalements internationaux
101, rue des Trois Fontanot, 92000 Nanterre — Tél. +33 1 47 55 58 40

Nanterre, le 30 novembre 2026

RÉQUISITION (art. 77-1-1 CPP) — Procédure 2026/OFMIN/4471
Signalement NCMEC (CyberTipline) n° 218004371 transmis par le NCMEC via Europol

Madame, Monsieur,

Le signalement CyberTipline n° 218004371, que votre société a adressé au NCMEC, concerne la mise en
ligne d'images d'abus sexuels sur mineur depuis le compte « garonne_tonton_31 ». L'utilisateur
semble résider en Haute-Garonne et être au contact d'enfants (animateur de centre de loisirs).

Nous vous requérons de nous communiquer : identité déclarée, e-mail, téléphone, adresses IP de
création et de connexion des 90 derniers jours. Le contenu n'est pas demandé (les fichiers signalés
nous ont été transmis avec le signalement). Merci de ne pas informer l'utilisateur.

Commandant de police Armelle KOUASSI-RENAUD
ofmin-signalements@interieur.gouv.fr
''')
lab('c25-fr-ofmin-signalement-ncmec-requisition.txt','international','P1',['nonUs','ncmec'],'France','ofmin-signalements@interieur.gouv.fr',['garonne_tonton_31'],'fr','child-safety',
 'French national police child-protection office requisition on the provider\'s own CyberTipline report (via Europol); non-content; no-notice plea without an order; no deadline',
 findings=[NCM,FDP],forb=DIRECT+[NDO,NNE],ncmec=['218004371'],fa=['+33147555840'])
