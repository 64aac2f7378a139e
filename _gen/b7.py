txt('c56-hcso-tampa-subpoena-due-dec7.txt','''
HILLSBOROUGH COUNTY SHERIFF'S OFFICE
Criminal Investigations Division — Cyber Crimes Section
2008 E. 8th Avenue, Tampa, Florida 33605

IN THE CIRCUIT COURT OF THE THIRTEENTH JUDICIAL CIRCUIT, HILLSBOROUGH COUNTY, FLORIDA
STATE OF FLORIDA v. JOHN DOE (INVESTIGATION)                      Case No. 26-CF-018842

                     INVESTIGATIVE SUBPOENA DUCES TECUM (F.S. 27.04)

TO: Records Custodian
You are commanded to produce to the Office of the State Attorney, on or before December 7, 2026, the
basic subscriber records (name, address, phone, e-mail, creation date and IP, login IPs 10/01/2026
through 11/20/2026) for the account "ybor_city_ticket_king". This subpoena does not require the
production of any content.

ASA Jerome Whitaker-Oduya, issuing
Requesting detective: Det. Alana Prescott-Mbeki, HCSO Cyber Crimes
(813) 555-0158 · aprescottmbeki@hcso.tampa.fl.us
''')
lab('c56-hcso-tampa-subpoena-due-dec7.txt','subpoena','P2',[],'United States','aprescottmbeki@hcso.tampa.fl.us',['ybor_city_ticket_king'],'en','us-process',
 'Florida state-attorney investigative subpoena via the Hillsborough County sheriff on hcso.tampa.fl.us (a .us county domain); no content; no gag; due Dec 7 (P2)',
 forb=USP+[EBI],fa=['+18135550158'],deadline='2026-12-07',contains={'address':'2008 E. 8th Avenue'})

txt('c57-sacsheriff-2703f-preservation.txt','''
SACRAMENTO COUNTY SHERIFF'S OFFICE
Central Investigations Bureau — Sexual Assault / Elder Abuse
4500 Orange Grove Avenue, Sacramento, CA 95841

November 30, 2026

Custodian of Records
Re: Preservation Request — 18 U.S.C. § 2703(f) — SSO Report 26-402187

Dear Custodian,

The Sacramento County Sheriff's Office requests that you preserve all records and content associated
with the account "american_river_caregiver" (linked e-mail arc.caregiver916@example.com) for 90 days,
pending service of a search warrant. This request concerns financial abuse of a dependent adult.

Please do not disclose anything at this time; this is a preservation request only. Please confirm
preservation by e-mail.

Detective Farah Lindqvist-Amadi, Badge 1184
(916) 555-0137 · flindqvistamadi@sacsheriff.com
''')
lab('c57-sacsheriff-2703f-preservation.txt','preservation','P3',[],'United States','flindqvistamadi@sacsheriff.com',['american_river_caregiver','arc.caregiver916@example.com'],'en','preservation',
 '2703(f) letter from the Sacramento sheriff on sacsheriff.com (off .gov); preserve only ("do not disclose anything"), so no content flag; no gag',
 findings=[PE],forb=[U,CRW,NDO,NNE,EBI,DP],fa=['+19165550137'])

txt('c58-florida-ag-mfcu-subpoena.txt','''
OFFICE OF THE ATTORNEY GENERAL
STATE OF FLORIDA
MEDICAID FRAUD CONTROL UNIT
PL-01, The Capitol, Tallahassee, Florida 32399-1050

                       INVESTIGATIVE SUBPOENA DUCES TECUM
                           (Section 16.56, Florida Statutes)

TO: Custodian of Records                               MFCU Case No. 2026-0771-TL

YOU ARE HEREBY COMMANDED to produce on or before December 18, 2026 the following records for the
account "gulf_breeze_home_health": subscriber name, address, telephone, e-mail, payment method, login
IP addresses 01/01/2026 to 11/15/2026. No communications content is sought.

The provider is requested, but not ordered, to refrain from notifying the subscriber for 90 days.

Investigator Selina Obuya-Hartley, (850) 555-0163, selina.obuya-hartley@myfloridalegal.com
''')
lab('c58-florida-ag-mfcu-subpoena.txt','subpoena','P3',[],'United States','selina.obuya-hartley@myfloridalegal.com',['gulf_breeze_home_health'],'en','us-process',
 'Florida AG Medicaid fraud unit subpoena from myfloridalegal.com (the AG\'s real domain on .com); non-content; non-notice "requested, but not ordered" is no NDO; due Dec 18',
 forb=USP+[EBI],fa=['+18505550163'],deadline='2026-12-18')

txt('c59-dany-gj-subpoena-until-further-order-pdftext.txt','''
SUPREME COURT OF THE STATE OF NEW YORK                                   GJ 2026-11-448
COUNTY OF NEW YORK
THE PEOPLE OF THE STATE OF NEW YORK
                      -against-                                  SUBPOENA DUCES TECUM
JOHN DOE                                                         FOR A GRAND JURY

TO: Custodian of Records
YOU ARE COMMANDED to appear before the Grand Jury of the County of New York, 80 Centre Street,
on December 15, 2026 at 10:00 a.m., and to bring the following: subscriber information, account creat-
ion IP, and login IP logs from 06/01/2026 to 11/25/2026 for the account "soho_loft_sublets".
Contents of communications are not sought.

PLEASE TAKE NOTICE that by order of the Honorable Dolores Imbert-Castro, J.S.C., dated November 25,
2026, the recipient shall not disclose the existence of this subpoena to the subscriber or any other
person until further order of the Court.

ADA Simon Achterberg-Nnamdi, Cyber & Identity Theft Bureau, New York County District Attorney
One Hogan Place, New York, NY 10013 — (212) 555-0183 — achterbergs@dany.nyc.gov
--------------------------------------------------------------------------------------- Page 1 of 1
''')
lab('c59-dany-gj-subpoena-until-further-order-pdftext.txt','subpoena','P3',['nonDisclosureOrder'],'United States','achterbergs@dany.nyc.gov',['soho_loft_sublets'],'en','pdf-text',
 'PDF-extracted Manhattan DA grand jury subpoena (dany.nyc.gov); non-content; court order gagging the provider "until further order" with no end; return Dec 15',
 findings=[NDO,NNE],forb=[U,CRW,DP,EBI],fa=['+12125550183'],deadline='2026-12-15',contains={'address':'One Hogan Place'})

eml('c60-riverside-sheriff-suicide-threat-8bit.eml',[('From',('Deputy Carla Nwosu-Brandt','cnwosubrandt@riversidesheriff.org')),('To','emergency@provider.example.com'),('Subject','Emergency disclosure - suicidal subject with firearm - RSO 26-331872'),('Date','Tue, 01 Dec 2026 15:40:09 -0800')],'''
Riverside County Sheriff's Department — Emergency Disclosure Request

Nature of emergency: suicide threat with a firearm. At 14:55 today the user "inland_empire_ghost909"
posted a photo of a handgun and wrote "tonight is the night, sorry mom". His mother called 911; he
is not at home and is not answering. We believe he is in imminent danger of death.

Information needed: phone number and e-mail on the account, IP addresses and timestamps for the last
24 hours, and any location information, to locate him for a welfare check. We are not asking for
message content.

Deputy Carla Nwosu-Brandt #4417, Jurupa Valley Station
7477 Mission Blvd., Jurupa Valley, CA 92509
Dispatch 24/7: (951) 555-0120 · Direct (951) 555-0174
''',cte='8bit')
lab('c60-riverside-sheriff-suicide-threat-8bit.eml','emergency','P0',['emergency'],'United States','cnwosubrandt@riversidesheriff.org',['inland_empire_ghost909'],'en','emergency',
 '8bit; Riverside County sheriff on riversidesheriff.org (off .gov); suicide threat with a handgun tonight; content expressly not asked; dispatch and direct numbers are callbacks',
 forb=EM+[NDO],fa=['+19515550120','+19515550174'])

txt('c61-hcso-hctx-warrant-90day-pdftext.txt','''
                                SEARCH WARRANT                             No. 26-SW-71184
THE STATE OF TEXAS
COUNTY OF HARRIS
TO THE SHERIFF OR ANY PEACE OFFICER OF HARRIS COUNTY, TEXAS, GREETINGS:

Whereas complaint in writing, under oath, has been made before me by Deputy Isaiah Kowalczyk-Amoah of
the Harris County Sheriff's Office, ... you are commanded to search for and seize from the provider, for
the account "cypress_creek_kicks" (user ID 50118839022): subscriber information; IP logs; the contents
of direct messages, photographs and videos sent or received from 07/01/2026 through 11/20/2026.

The provider shall return the data within ten (10) days of service.
IT IS FURTHER ORDERED, pursuant to Tex. Code Crim. Proc. art. 18B.454 and 18 U.S.C. § 2705(b), that the
provider not notify the subscriber of this warrant for a period of ninety (90) days.

Issued this 25th day of November, 2026, at 3:10 o'clock p.m.        Judge, 180th District Court
Page 1 of 2                                     HARRIS COUNTY SHERIFF'S OFFICE - HIGH TECH CRIMES
Return to: Dep. I. Kowalczyk-Amoah, 1200 Baker St., Houston, TX 77002, (713) 555-0140,
ikowalczyk-amoah@hcso.hctx.net
''')
lab('c61-hcso-hctx-warrant-90day-pdftext.txt','search_warrant',None,['contentRequested','nonDisclosureOrder'],'United States','ikowalczyk-amoah@hcso.hctx.net',['cypress_creek_kicks','50118839022'],'en','pdf-text',
 'PDF-extracted Texas warrant from the Harris County sheriff (hcso.hctx.net, a county .net domain); content under a warrant; 90-day gag; 10 days from unknown service',
 findings=[NDO],forb=[U,CRW,NNE,EBI],fa=['+17135550140'],contains={'address':'1200 Baker St.'})

txt('c62-toronto-ps-production-order-fraud.txt','''
ONTARIO COURT OF JUSTICE
PRODUCTION ORDER FOR DOCUMENTS (Section 487.014, Criminal Code) — Form 5.005

TO: [Provider], its custodian of records
WHEREAS I am satisfied by information on oath of D/Cst. Harpreet Okafor-Lindsay #11872 of the Toronto
Police Service, Financial Crimes Unit, that there are reasonable grounds to believe that an offence
(fraud over $5,000, s. 380(1)(a)) has been committed and that the documents will afford evidence:

You are ordered to produce, within 30 days of the date of this order, for the account
"yonge_dundas_investing": subscriber information; IP logs and timestamps from 2026-08-01 to
2026-11-20. This order does not authorize the production of the content of communications.

Dated at Toronto this 24th day of November, 2026.        Justice of the Peace

Respond to: D/Cst. H. Okafor-Lindsay, 40 College Street, Toronto ON M5G 2J3
416-555-0144 · harpreet.okafor-lindsay@torontopolice.on.ca
''')
lab('c62-toronto-ps-production-order-fraud.txt','international','P3',['nonUs'],'Canada','harpreet.okafor-lindsay@torontopolice.on.ca',['yonge_dundas_investing'],'en','international',
 'Ontario production order served directly on a U.S. provider by Toronto Police (torontopolice.on.ca); non-content; 30 days from Nov 24 = Dec 24',
 findings=[FDP],forb=DIRECT+[NDO,NNE,DP],fa=['+14165550144'],deadline='2026-12-24',contains={'address':'40 College Street'})

eml('c63-calgary-ps-mall-shooting-threat-html-b64.eml',[('From',('Calgary Police Service - Real Time Operations','rtoc.lawful.requests@calgarypolice.ca')),('To','emergency@provider.example.com'),('Subject','EXIGENT - threat to shoot at CF Chinook Centre today'),('Date','Tue, 01 Dec 2026 10:05:17 -0700')],'''
<html><body>
<h3>Calgary Police Service — Exigent Disclosure Request</h3>
<p>At 09:40 MST today the account <b>chinook_reckoning</b> posted: "bringing my dad's rifle to Chinook at
lunch, they'll remember me". The post includes a photo of a rifle on a car seat. The mall opens at
10:00 and holds several thousand people. This is an imminent threat of death or serious bodily harm.</p>
<ul><li>Requested: registration e-mail and phone, IP addresses and ports for the last 48 hours, any
location data.</li><li>Message content is not requested.</li></ul>
<p>Sgt. Olivia Brandvold-Eze #4872, Real Time Operations Centre<br>5111 47 St NE, Calgary AB T3J 3R2<br>
24/7: 403-555-0119</p>
</body></html>
''',cte='base64',html=True)
lab('c63-calgary-ps-mall-shooting-threat-html-b64.eml','emergency','P0',['emergency','nonUs'],'Canada','rtoc.lawful.requests@calgarypolice.ca',['chinook_reckoning'],'en','emergency-foreign',
 'HTML-only base64; Calgary Police (calgarypolice.ca) mall shooting threat with a rifle at lunch today; content not asked',
 forb=EMF+[NDO],fa=['+14035550119'])

txt('c64-vic-police-direct-request-stalking.txt','''
VICTORIA POLICE
Cybercrime Squad — Crime Command
Victoria Police Centre, 311 Spencer Street, Docklands VIC 3008
Phone +61 3 9555 4118

30 November 2026
Our ref: LEAP 2026-4471882

Request for information — account "yarra_shadow_mel"

Victoria Police is investigating a stalking offence (s. 21A Crimes Act 1958 (Vic)) against a
Melbourne woman. The conduct occurred between August and October 2026; intervention orders are in
place and there is no present risk to her life. We seek, voluntarily, the subscriber details
(registration e-mail, phone number, creation date and IP) and login IP addresses from 1 August to
31 October 2026. We do not seek communications content.

Detective Senior Constable Imogen Blackwood-Asare
imogen.blackwood-asare@police.vic.gov.au
''')
lab('c64-vic-police-direct-request-stalking.txt','international','P3',['nonUs'],'Australia','imogen.blackwood-asare@police.vic.gov.au',['yarra_shadow_mel'],'en','international',
 'Victoria Police voluntary direct request (no IPO); stalking, no present risk; non-content; no deadline',
 findings=[FDP],forb=DIRECT+[EBI,NDO,NNE,DP],fa=['+61395554118'])

txt('c65-nsw-police-cybertip-child-exploitation.txt','''
NSW POLICE FORCE
State Crime Command — Child Abuse and Sex Crimes Squad
Sex Crimes Squad Online Team, Parramatta NSW 2150 — +61 2 9555 0172

1 December 2026

Request: CyberTipline Report 218177403 (referred via ACCCE)

The above CyberTipline report, lodged by your company, concerns the upload of child abuse material by
the account "parramatta_pool_coach". Enquiries indicate the user is a swimming coach with access to
children in Western Sydney. We request voluntarily: registration details, verified e-mail and phone,
and login IPs for the last 180 days. We do not request the content, which NCMEC has provided.

Detective Sergeant Callum Fitzroy-Ndlovu
fitzroy-ndlovu.callum@police.nsw.gov.au
''')
lab('c65-nsw-police-cybertip-child-exploitation.txt','international','P1',['nonUs','ncmec'],'Australia','fitzroy-ndlovu.callum@police.nsw.gov.au',['parramatta_pool_coach'],'en','child-safety',
 'NSW Police direct request on the provider\'s own CyberTipline report referred via the ACCCE; non-content; no deadline',
 findings=[NCM,FDP],forb=DIRECT+[NDO,NNE,DP],ncmec=['218177403'],fa=['+61295550172'])
