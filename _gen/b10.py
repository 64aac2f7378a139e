txt('c81-es-epoc-juzgado-madrid-secreto-un-mes.txt','''
JUZGADO DE INSTRUCCIÓN N.º 32 DE MADRID
C/ Plaza de Castilla 1, 28046 Madrid — Tel. +34 91 555 21 32 — instruccion32.madrid@justicia.madrid.org
Diligencias Previas 3318/2026

CERTIFICADO DE ORDEN EUROPEA DE ENTREGA (EPOC) — Anexo I, Reglamento (UE) 2023/1543

C. Plazo: diez días desde la recepción. Fecha de recepción: treinta de noviembre de dos mil veintiséis.
D. Cuenta «lavapies_crypto_cambio»: [X] abonados  [X] tráfico  [X] contenido — mensajes privados y
   notas de voz del 1 de octubre al 25 de noviembre de 2026.
E. Delito: blanqueo de capitales (art. 301 CP).
F. Información al afectado: NO se informará al afectado durante un (1) mes, plazo del secreto de
   las actuaciones acordado por auto de 20 de noviembre de 2026, prorrogable por la autoridad.

Magistrado-Juez D. Álvaro Prieto-Nwachukwu
''')
lab('c81-es-epoc-juzgado-madrid-secreto-un-mes.txt','international','P3',['nonUs','contentRequested','nonDisclosureOrder'],'Spain','instruccion32.madrid@justicia.madrid.org',['lavapies_crypto_cambio'],'es','international',
 'Spanish EPOC from a Madrid investigating judge for private messages and voice notes; no notice for one month (secreto de las actuaciones); receipt written in words "treinta de noviembre" + 10 days = Dec 10',
 forb=EPOC+[NNE,DP],fa=['+34915552132'],deadline='2026-12-10',contains={'address':'Plaza de Castilla 1'})

txt('c82-pt-br-pf-oficio-abster-notificar-180-dias-pdftext.txt','''
SERVIÇO PÚBLICO FEDERAL
MJSP - POLÍCIA FEDERAL
SUPERINTENDÊNCIA REGIONAL NO RIO GRANDE DO SUL — DELEGACIA DE REPRESSÃO A CRIMES CIBERNÉTICOS
Av. Ipiranga, 1365, Azenha, Porto Alegre/RS, CEP 90160-093 — Tel. +55 51 5555 9320

OFÍCIO Nº 4471/2026 — DRCC/SR/PF/RS                    Porto Alegre, 26 de novembro de 2026
IPL 2026.0118874-SR/PF/RS — Autos nº 5041187-22.2026.4.04.7100 (22ª Vara Federal de Porto Alegre)

Senhor Representante Legal,

Em cumprimento à decisão judicial anexa, solicito o fornecimento dos dados cadastrais e dos regis-
tros de conexão (IP, data, hora, porta lógica) do perfil "guaiba_apostas_oficial", de 01/08/2026 a
20/11/2026, sem o conteúdo das comunicações.
A decisão determina, ainda, que a empresa se abstenha de notificar o usuário sobre esta medida pelo
prazo de 180 (cento e oitenta) dias.
Resposta em 10 (dez) dias a contar do recebimento.

Delegado de Polícia Federal Henrique Saraiva-Osei — drcc.srrs@pf.gov.br
-------------------------------------------------------------------------------------- 1/1
''')
lab('c82-pt-br-pf-oficio-abster-notificar-180-dias-pdftext.txt','international',None,['nonUs','nonDisclosureOrder'],'Brazil','drcc.srrs@pf.gov.br',['guaiba_apostas_oficial'],'pt','pdf-text',
 'PDF-extracted Brazilian Federal Police ofício on a federal court decision, served directly; non-content; court bars notice to the user for 180 days; 10 days from unknown receipt',
 findings=[FDP],forb=[U,CLA,PE,CRW,NNE,EBI],fa=['+555155559320'],contains={'address':'Av. Ipiranga, 1365'})

txt('c83-it-polizia-stato-prega-non-informare.txt','''
Da: Compartimento Polizia Postale e delle Comunicazioni "Campania" <cosc.na@poliziadistato.it>
Inviato: lunedì 30 novembre 2026 16:02
A: Law Enforcement Response
Oggetto: Richiesta dati — Proc. pen. 22187/26 RGNR Procura di Napoli — account «vomero_vendite_lampo»

Gentili Signori,

su delega della Procura della Repubblica di Napoli, nell'ambito di un procedimento per truffa online,
si chiede di fornire i dati di registrazione (e-mail, telefono) e i log di accesso (IP, data, ora)
dal 1° settembre al 25 novembre 2026 dell'account «vomero_vendite_lampo». Non si richiedono contenuti.
Vi preghiamo, per quanto possibile, di non informare l'utente: non è stato emesso alcun provvedimento
del giudice in tal senso, è solo una nostra richiesta.

Cordiali saluti,
Isp. Sup. Carmela Esposito-Adeyemi — Via Galileo Ferraris 74, 80142 Napoli — tel. +39 081 555 4471
''')
lab('c83-it-polizia-stato-prega-non-informare.txt','international','P3',['nonUs'],'Italy','cosc.na@poliziadistato.it',['vomero_vendite_lampo'],'it','international',
 'Italian postal police direct request on a Naples prosecutor\'s delegation; non-content; plea not to inform the user, expressly "non è stato emesso alcun provvedimento"; no deadline',
 findings=[FDP],forb=DIRECT+[EBI,NDO,NNE,DP],fa=['+390815554471'],contains={'address':'Via Galileo Ferraris 74'})

txt('c84-nl-politie-verzoek-geen-kennisgeving-slachtoffer-account.txt','''
Politie Eenheid Rotterdam — Team Digitale Opsporing
Postbus 1012, 3000 BA Rotterdam — tel. +31 88 555 2231 — digitaleopsporing.rotterdam@politie.nl

Rotterdam, 30 november 2026
Ons kenmerk: PL1700-2026418877

Betreft: vordering verstrekking gegevens (art. 126nc Sv) — account "kralingen_kijker"

Geachte heer/mevrouw,

In een onderzoek naar belaging (art. 285b Sr) van een studente, gebruiker "lotte_fotografeert_010"
(slachtoffer, niet het doelwit van dit verzoek), verzoeken wij u de gebruikersgegevens (e-mail,
telefoonnummer, registratie-IP) en de IP-adressen van logins van 1 september tot 25 november 2026
van het account "kralingen_kijker" te verstrekken. Inhoud van berichten wordt niet gevraagd.

Wij verzoeken u de gebruiker niet in te lichten; er is geen rechterlijk bevel dat dit verbiedt.
Graag uw reactie vóór 17 december 2026.

Met vriendelijke groet,
brigadier Sanne Bakker-Owusu
''')
lab('c84-nl-politie-verzoek-geen-kennisgeving-slachtoffer-account.txt','international','P3',['nonUs'],'Netherlands','digitaleopsporing.rotterdam@politie.nl',['kralingen_kijker'],'nl','international',
 'Dutch police order under art. 126nc Sv sent directly to a U.S. provider; the victim\'s account named beside the target is not a target; no content; plea not to notify, "geen rechterlijk bevel"; reply by Dec 17',
 findings=[FDP],forb=DIRECT+[EBI,NDO,NNE,DP],fa=['+31885552231','lotte_fotografeert_010'],deadline='2026-12-17')

eml('c85-pbso-sextortion-minor-cybertip-victim-parent-b64.eml',[('From',('Det. Yesenia Marlowe-Addo','ymarlowe-addo@pbso.org')),('To','lawenforcement@provider.example.com'),('Subject','Subpoena - sextortion of a minor - CyberTipline 218230917 - PBSO 26-190447'),('Date','Mon, 30 Nov 2026 15:15:00 -0500')],'''
Good afternoon,

Attached is a State Attorney investigative subpoena (15th Judicial Circuit, No. 26-IS-4471) in a
sextortion case involving a 15-year-old boy. Related CyberTipline Report: 218230917.

Target account: "boca_bro_trader" (the suspect).
Victim account: "jaden_skates_561" (the 15-year-old; do NOT treat as a target).
The victim's mother, who reported the matter, can be reached at (561) 555-0107; she is not a suspect.

Requested: subscriber information and login IPs for "boca_bro_trader", 10/01/2026 - 11/28/2026.
No content is requested. Return date: December 14, 2026.

Det. Yesenia Marlowe-Addo, Special Victims Unit, Palm Beach County Sheriff's Office
3228 Gun Club Road, West Palm Beach, FL 33406 - Office (561) 555-0124
''',cte='base64')
lab('c85-pbso-sextortion-minor-cybertip-victim-parent-b64.eml','subpoena','P1',['ncmec'],'United States','ymarlowe-addo@pbso.org',['boca_bro_trader'],'en','child-safety',
 'base64; Palm Beach sheriff (pbso.org) subpoena in the sextortion of a 15-year-old with a CyberTipline report; the victim\'s account and the reporting mother\'s number are not targets; non-content; return Dec 14',
 findings=[NCM],forb=USP+[EBI],ncmec=['218230917'],fa=['jaden_skates_561','+15615550107','+15615550124'],deadline='2026-12-14',contains={'address':'3228 Gun Club Road'})

txt('c86-baltimore-county-pd-preservation-signature.txt','''
BALTIMORE COUNTY POLICE DEPARTMENT
Criminal Investigations Bureau — Financial Crimes Section

November 30, 2026

Re: Letter of preservation (18 U.S.C. 2703(f)) — BCoPD CC# 26-0418771

To the Custodian of Records:

Please preserve all stored information for the account "towson_tutor_deals" and the linked e-mail
towsontutor.deals@example.net, including subscriber data, IP logs, messages and content, for a period
of 90 days while we obtain a search warrant. We are not asking for disclosure at this time.

If you have questions, call me directly. Our front desk number (410-555-0100) does not reach the unit.

Respectfully,

Detective Mariam Osterberg-Nnaji #6215
Baltimore County Police Department
Financial Crimes Section
700 East Joppa Road
Towson, Maryland 21286
Direct: 410-555-0161
mosterberg-nnaji@baltimorecountymd.gov
''')
lab('c86-baltimore-county-pd-preservation-signature.txt','preservation','P3',[],'United States','mosterberg-nnaji@baltimorecountymd.gov',['towson_tutor_deals','towsontutor.deals@example.net'],'en','preservation',
 '2703(f) letter from Baltimore County police (baltimorecountymd.gov); address and phones in a multi-line signature block; preserve only, nothing disclosed; both numbers are callbacks',
 findings=[PE],forb=[U,CRW,NDO,NNE,EBI,DP],fa=['+14105550161','+14105550100'],contains={'address':'700 East Joppa Road'})

eml('c87-seattle-pd-dv-emergency-victim-account-qp.eml',[('From',('Officer Gabriel Nakamura-Ofori','gabriel.nakamura-ofori@seattle.gov')),('To','emergency@provider.example.com'),('Subject','EMERGENCY - DV threat to kill, victim hiding - SPD 2026-330418'),('Date','Tue, 01 Dec 2026 16:02:33 -0800')],'''
Seattle Police Department — Emergency Disclosure Request (18 U.S.C. 2702(b)(8), (c)(4))

Person in danger: the victim, who uses the account "ballard_bookworm_j". She fled her home an hour
ago and is hiding with her two children. Her ex-partner, the suspect, has messaged her from the
account "rainier_valley_rage" that he has a gun and will "find her and finish it tonight". He
violated a protection order and his whereabouts are unknown.

We need, for the SUSPECT account "rainier_valley_rage" only: phone, e-mail, IP addresses and any
location data from the last 24 hours, to locate him. Do not disclose anything about the victim's
account. No message content is requested; the victim has shown us the threats.

Officer Gabriel Nakamura-Ofori #9031, Domestic Violence Unit
SPD Headquarters, 610 5th Ave, Seattle, WA 98104 · 24/7 (206) 555-0199
''')
lab('c87-seattle-pd-dv-emergency-victim-account-qp.eml','emergency','P0',['emergency'],'United States','gabriel.nakamura-ofori@seattle.gov',['rainier_valley_rage'],'en','emergency',
 'quoted-printable; Seattle PD armed DV threat to kill tonight; the victim\'s account is named first but is not a target; content expressly not asked',
 forb=EM+[NDO],fa=['ballard_bookworm_j','+12065550199'])

txt('c88-es-policia-colombia-extorsion-firma-victima.txt','''
POLICÍA NACIONAL DE COLOMBIA
Dirección de Investigación Criminal e INTERPOL — Centro Cibernético Policial
Avenida El Dorado n.º 75-25, Barrio Modelia, Bogotá D.C.

No. S-2026-118774 / DIJIN-CECIP                          Bogotá D.C., 28 de noviembre de 2026

Asunto: solicitud de información de suscriptor — extorsión a comerciante

Respetados señores:

Un comerciante de Medellín (cuenta «don_arepa_laureles», víctima) recibió mensajes de extorsión
desde la cuenta «comuna13_cobros_gota». No hay amenaza inminente contra su vida; el caso está en
etapa de indagación. Solicitamos datos de registro e IP de acceso de la cuenta «comuna13_cobros_gota»
entre el 01/10/2026 y el 25/11/2026. No se solicita contenido.

Para devolver la llamada a la víctima, NO use su número (+57 604 555 3381); comuníquese con el
suscrito.

Capitán Juliana Restrepo-Adebayo
Centro Cibernético Policial — Tel. +57 601 555 9880 — caivirtual.cecip@policia.gov.co
''')
lab('c88-es-policia-colombia-extorsion-firma-victima.txt','international','P3',['nonUs'],'Colombia','caivirtual.cecip@policia.gov.co',['comuna13_cobros_gota'],'es','international',
 'Colombian national police cyber centre (policia.gov.co) direct request; extortion with no imminent threat; the victim\'s account and number are not targets; signature-block address; non-content',
 findings=[FDP],forb=DIRECT+[EBI,NDO,NNE,DP],fa=['don_arepa_laureles','+576045553381','+576015559880'],contains={'address':'Avenida El Dorado'})

txt('c89-fbi-nsl-2709-statutory-nondisclosure.txt','''
U.S. Department of Justice
Federal Bureau of Investigation
Minneapolis Field Office, 1501 Freeway Boulevard, Brooklyn Center, MN 55430

November 27, 2026

[Provider], Attn: Custodian of Records

NATIONAL SECURITY LETTER

Under the authority of 18 U.S.C. § 2709, you are hereby directed to provide the name, address and
length of service of the subscriber(s) of the account "twin_cities_courier_2026" and of the telephone
number +1 612-555-0114 associated with it. Do not provide the contents of any communication or
subject lines.

In accordance with 18 U.S.C. § 2709(c), I certify that a disclosure of the fact that the FBI has sought
or obtained access to the information may result in danger to national security. You are therefore
prohibited from disclosing this letter, other than to those to whom disclosure is necessary to
comply or to an attorney, subject to judicial review under 18 U.S.C. § 3511.

Please deliver the records within 14 business days of receipt. Questions: (763) 555-0180.

Special Agent in Charge
''')
lab('c89-fbi-nsl-2709-statutory-nondisclosure.txt','national_security',None,['nonDisclosureOrder'],'United States',None,['twin_cities_courier_2026','+16125550114'],'en','national-security',
 'FBI field-office NSL under 2709: name, address, length of service; statutory 2709(c) nondisclosure with a 3511 review right; the 612 number is a target, the 763 number the field office; 14 business days from unknown receipt; no sender e-mail',
 findings=[NSP],forb=[U,NNE,CRW,EBI],fa=['+17635550180'])

txt('c90-pt-vitima-perseguicao-lisboa-como-denunciar.txt','''
Assunto: Estou a ser perseguida por uma conta — o que posso fazer?

Bom dia,

Chamo-me Inês Carvalho Duarte e vivo em Lisboa. A conta «alfama_sombra_77» segue-me há meses, cria
contas novas sempre que a bloqueio e comenta fotos da minha casa. A minha conta é «ines_desenha_lx».
Não recebi ameaças de violência, mas sinto-me muito desconfortável.

Já apresentei queixa na PSP (NUIPC ainda não me foi dado). Podem dizer-me quem está por trás da conta,
ou guardar as provas para a polícia? Como é que a polícia vos deve pedir os dados? Escrevo em nome
próprio, não tenho nenhum documento do tribunal.

Obrigada,
Inês Carvalho Duarte — ines.cduarte@example.pt — +351 912 555 047
''')
lab('c90-pt-vitima-perseguicao-lisboa-como-denunciar.txt','other','P3',['nonUs'],'Portugal','ines.cduarte@example.pt',[],'pt','hard-negative',
 'Portuguese user writing as herself about a stalker account; no threat of violence; asks how police should request data; private party, not suspicious; no process; her own account is not a target',
 forb=NEG+[FDP,CLA,CCB],fa=['+351912555047','ines_desenha_lx'])
