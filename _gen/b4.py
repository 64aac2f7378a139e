txt('c26-gmail-harris-county-sheriff-emergency.txt','''
From: Harris County Sheriff Office Emergency <hcso.emergency.unit@gmail.com>
To: legal@provider.example.com
Date: Tue, 1 Dec 2026 10:58:12 -0600
Subject: EXIGENT REQUEST!!! Life in danger - respond within 1 hour

To whom it may concern,

This is Deputy R. Castillo of the Harris County Sheriff Office. Our department email is temporarily
down so I am using this account. We have an exigent circumstance involving danger of death.
The account holder of "h_town_shorty_713" is involved and we need the following IMMEDIATELY:

- full name, DOB, phone number, email and password recovery email
- all direct messages and photos sent in the last 30 days
- current live location

Due to the emergency there is no time for a warrant. Do not contact the account holder. Please do not
call the main line, it is not staffed; reply only to this email. Failure to respond within 1 hour
may result in loss of life and you will be held responsible.

Deputy R. Castillo
Harris County Sheriff Office
''')
lab('c26-gmail-harris-county-sheriff-emergency.txt','emergency','P0',['emergency','suspiciousSender','contentRequested'],'United States',None,['h_town_shorty_713'],'en','suspicious',
 'free gmail claiming the Harris County Sheriff (which mails from hcso.hctx.net); "email is down", no victim or facts of the danger, no case number, no callback ("do not call"); wants DMs, photos, recovery e-mail and live location within 1 hour',
 findings=[U,EBI])

txt('c27-lookalike-usdoj-gov-com-gj-subpoena.txt','''
From: AUSA Daniel Whitcombe <dwhitcombe@usdoj-gov.com>
To: subpoenas@provider.example.com
Date: Mon, 30 Nov 2026 15:20:41 -0500
Subject: Grand Jury Subpoena GJ-2026-11-4471 - Confidential - Respond within 48 hours

UNITED STATES DISTRICT COURT FOR THE SOUTHERN DISTRICT OF NEW YORK
SUBPOENA TO TESTIFY BEFORE A GRAND JURY

YOU ARE COMMANDED to provide the following records for account "bronx_bodega_bets": subscriber name,
all e-mail addresses and phone numbers, password recovery details, payment card numbers, and all login
IP addresses since account creation. In lieu of appearance, reply to this e-mail with the records within
48 hours.

The signed subpoena cannot be attached for security reasons. This matter is sealed.

Daniel Whitcombe, Assistant United States Attorney
Tel: available on request
''')
lab('c27-lookalike-usdoj-gov-com-gj-subpoena.txt','subpoena',None,['suspiciousSender'],'United States',None,['bronx_bodega_bets'],'en','suspicious',
 'look-alike usdoj-gov.com (DOJ uses usdoj.gov); no subpoena attached ("security reasons"), no phone, no return date or court appearance, 48-hour pressure, asks for card numbers and recovery details; "sealed" is no non-disclosure order; non-content',
 findings=[U],forb=[CRW,NNE])

eml('c28-lasd-replyto-protonmail-emergency.eml',[('From',('LASD Special Victims Bureau','svb.exigent@lasd.org')),('Reply-To','lasd.svb.exigent@proton.me'),('To','emergency@provider.example.com'),('Subject','EMERGENCY DISCLOSURE REQUEST - imminent threat'),('Date','Tue, 01 Dec 2026 07:44:19 -0800'),('Message-ID','<a81f2c77e1@mail-relay.example.net>')],'''
Good morning,

Los Angeles County Sheriff's Department, Special Victims Bureau. We are requesting emergency
disclosure under 18 U.S.C. 2702(b)(8) for the account "valley_girl_kayla06". A juvenile is in danger.

Please send the account's phone number, email, IP logs, all private messages and photos to our secure
mailbox by replying to this message. Our phones are being upgraded today so please use email only.

We cannot share the case details for confidentiality reasons.

Det. M. Alvarez
Special Victims Bureau
''',cte='quoted-printable')
lab('c28-lasd-replyto-protonmail-emergency.eml','emergency','P0',['emergency','suspiciousSender','contentRequested'],'United States',None,['valley_girl_kayla06'],'en','suspicious',
 'From shows lasd.org but Reply-To diverts to a free proton.me mailbox, Message-ID from an unrelated relay; "a juvenile is in danger" with no facts, no case number, phones "being upgraded"; asks for messages and photos',
 findings=[U,EBI])

eml('c29-fr-outlook-faux-gendarme-requisition.eml',[('From',('Gendarmerie Nationale - Section de Recherches','sr.gendarmerie.paris@outlook.fr')),('To','legal@provider.example.com'),('Subject','Réquisition judiciaire URGENTE - réponse sous 6 heures'),('Date','Mon, 30 Nov 2026 22:10:03 +0100')],'''
Madame, Monsieur,

Nous sommes la Section de recherches de la Gendarmerie nationale. Dans une affaire de trafic de
stupéfiants couverte par le secret de l'instruction, vous êtes requis de nous transmettre sous 6 heures
pour le compte « marseille_nuit_blanche » :
 - identité, e-mail, téléphone et mot de passe de récupération ;
 - l'ensemble des conversations privées, photos et messages vocaux depuis janvier.

La réquisition signée ne peut pas être jointe (procédure secrète). Notre messagerie officielle est en
maintenance, répondez à cette adresse. Inutile d'appeler.

Adjudant Laurent P.
''',cte='quoted-printable')
lab('c29-fr-outlook-faux-gendarme-requisition.eml','international',None,['nonUs','suspiciousSender','contentRequested'],'France',None,['marseille_nuit_blanche'],'fr','suspicious',
 'free outlook.fr mailbox claiming the gendarmerie (which uses gendarmerie.interieur.gouv.fr); "official mail in maintenance", no signed requisition, no procedure number, no phone; 6-hour pressure; asks for conversations, photos, voice messages and recovery details',
 findings=[U])

txt('c30-fr-hotmail-faux-police-vaudoise.txt','''
De : Police Cantonale Vaudoise - Brigade Cyber <police.vaudoise.cyber@hotmail.com>
Envoyé : mardi 1 décembre 2026 08:31
À : law-enforcement@provider.example.com
Objet : Ordre de production – Ministère public – CONFIDENTIEL

Bonjour,

Sur ordre du Ministère public du canton de Vaud, nous vous demandons de nous fournir dans les
24 heures toutes les informations du compte « montreux_jazzy_girl » : nom, adresse, téléphone, adresses
IP, ainsi que ses messages privés et les photos de son espace privé.

L'ordonnance est confidentielle et ne vous sera pas transmise. Merci de répondre uniquement par
e-mail, nos lignes téléphoniques ne sont pas ouvertes au public.

Caporal S. Mercier
''')
lab('c30-fr-hotmail-faux-police-vaudoise.txt','international',None,['nonUs','suspiciousSender','contentRequested'],'Switzerland',None,['montreux_jazzy_girl'],'fr','suspicious',
 'free hotmail.com mailbox claiming the Vaud cantonal police (which uses vd.ch); order "confidential" and not sent, no reference, no phone; 24-hour pressure; asks for private messages and photos',
 findings=[U])

txt('c31-es-lookalike-policia-nacional-es-com.txt','''
De: Policía Nacional - Unidad de Ciberdelincuencia <requerimientos@policianacional-es.com>
Enviado: lunes, 30 de noviembre de 2026 19:47
Para: legal@provider.example.com
Asunto: REQUERIMIENTO JUDICIAL URGENTE Ref. 2026/UCC/00912

Muy señores nuestros:

Por mandamiento del Juzgado Central de Instrucción, deben remitir en un plazo máximo de 12 horas:
  - datos de registro, teléfono, correo y contraseña de recuperación;
  - todos los mensajes privados, fotografías y audios
de la cuenta «sevilla_reina_del_sur».

El mandamiento es secreto y no puede adjuntarse. La falta de respuesta podrá constituir un delito de
desobediencia. Respondan solo a este correo.

Inspector J. Martín
''')
lab('c31-es-lookalike-policia-nacional-es-com.txt','international',None,['nonUs','suspiciousSender','contentRequested'],'Spain',None,['sevilla_reina_del_sur'],'es','suspicious',
 'look-alike policianacional-es.com (the Spanish national police uses policia.es); secret order not attached, no court reference beyond a number, no phone, threat of "desobediencia", 12-hour clock; asks for messages, photos and audio',
 findings=[U])

eml('c32-es-yahoo-falsa-fiscalia-cdmx-secuestro-rfc2047.eml',[('From',('Fiscalía CDMX – Antisecuestros','fiscalia.antisecuestro.cdmx@yahoo.com.mx')),('To','emergencias@provider.example.com'),('Subject','URGENTÍSIMO – secuestro en curso – vida en peligro'),('Date','Tue, 01 Dec 2026 06:05:55 -0600')],'''
Buenos días,

Fiscalía Antisecuestros de la Ciudad de México. Hay un secuestro en curso y la vida de la víctima corre
peligro. Necesitamos AHORA los datos de la cuenta «polanco_princesa_vip»: nombre, teléfono, correo,
contraseña de recuperación, todos los mensajes privados y la ubicación en tiempo real.

No podemos dar más detalles del caso ni enviar oficio. Escriban solo a este correo; el conmutador no
está disponible.

Agente Ricardo G.
''',cte='base64')
lab('c32-es-yahoo-falsa-fiscalia-cdmx-secuestro-rfc2047.eml','emergency','P0',['emergency','nonUs','suspiciousSender','contentRequested'],'Mexico',None,['polanco_princesa_vip'],'es','suspicious',
 'base64 with RFC 2047 From and Subject; free yahoo.com.mx claiming the Mexico City prosecutor (fgjcdmx.gob.mx); "secuestro en curso" without a victim, facts or case number; no callback; asks for messages, recovery password and live location',
 findings=[U,EBI])

txt('c33-es-pdi-chile-dominio-comercial.txt','''
From: PDI Chile - Jefatura Nacional de Cibercrimen <oficios@pdichile-investigaciones.com>
To: legal@provider.example.com
Date: Mon, 30 Nov 2026 17:22:10 -0300
Subject: Orden de entrega de información - Fiscalía - plazo 24 horas

Señores:

La Policía de Investigaciones de Chile, por instrucción de la Fiscalía Nacional, ordena la entrega
dentro de 24 horas de la siguiente información de la cuenta «vina_del_mar_reina»: identidad, RUT,
teléfono, correo, direcciones IP, conversaciones privadas y fotografías.

La orden judicial es reservada. Cualquier consulta, únicamente por este medio.

Comisario P. Soto
''')
lab('c33-es-pdi-chile-dominio-comercial.txt','international',None,['nonUs','suspiciousSender','contentRequested'],'Chile',None,['vina_del_mar_reina'],'es','suspicious',
 'the Chilean PDI\'s name on a commercial .com domain (the PDI uses investigaciones.cl); reserved order not sent, no ORD number, no RUC, no phone; 24-hour pressure; asks for conversations and photos',
 findings=[U])

txt('c34-en-vancouver-pd-wrong-country-tld.txt','''
From: Vancouver Police Department - Cybercrime <cst.harlow@vpd.co>
To: lawenforcement@provider.example.com
Date: Tue, 1 Dec 2026 04:12:33 +0000
Subject: Production Order - immediate compliance required

Hello,

Vancouver Police Department (British Columbia, Canada). A judge has issued a production order for the
account "kitsilano_sunset_babe". Please provide within 12 hours: full name, date of birth, phone,
email, recovery email, IP history, and all private messages and images.

The order is under seal so I cannot forward it. I am on night shift, please respond by email rather
than phone.

Cst. J. Harlow
VPD
''')
lab('c34-en-vancouver-pd-wrong-country-tld.txt','international',None,['nonUs','suspiciousSender','contentRequested'],'Canada',None,['kitsilano_sunset_babe'],'en','suspicious',
 'the Vancouver Police Department\'s name on the wrong country TLD vpd.co (Colombia; VPD uses vpd.ca); sealed order not sent, no file number, no phone, 12-hour pressure; asks for private messages and images',
 findings=[U])

txt('c35-en-maricopa-sheriff-on-hoa-domain.txt','''
From: Sgt. Kyle Brandt - Maricopa County Sheriff's Office <kbrandt@kestrelridge-hoa.org>
To: legal@provider.example.com
Date: Mon, 30 Nov 2026 16:40:22 -0700
Subject: Subpoena - records needed by tomorrow

Hi,

I'm a sergeant with the Maricopa County Sheriff's Office. We have a subpoena for subscriber records for
the account "scottsdale_sugar_mama". I'm sending from my HOA board email because I'm working from home.
Please email me the name, phone, email addresses, IP logs and any linked payment info by tomorrow
at noon. I'll get you the paperwork after.

Thanks,
Kyle Brandt
''')
lab('c35-en-maricopa-sheriff-on-hoa-domain.txt','subpoena',None,['suspiciousSender'],'United States',None,['scottsdale_sugar_mama'],'en','suspicious',
 'claims the Maricopa County Sheriff from a homeowners\' association domain (agency named differs from the domain); the subpoena is promised "after"; no case number, no badge, no phone; non-content',
 findings=[U],forb=[CRW,NDO,NNE])
