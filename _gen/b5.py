eml('c36-seattle-pd-warrant-dms-180day-html-b64.eml',[('From',('Det. Priya Okonkwo-Hale','priya.okonkwo-hale@seattle.gov')),('To','lawenforcement@provider.example.com'),('Subject','Search Warrant 26-2-41187-1 SEA - service'),('Date','Mon, 30 Nov 2026 14:03:51 -0800')],'''
<html><body style="font-family:Calibri">
<p>Attached and pasted below is a search warrant signed yesterday by the King County Superior Court.</p>
<hr>
<p align="center"><b>SUPERIOR COURT OF WASHINGTON FOR KING COUNTY<br>SEARCH WARRANT No. 26-2-41187-1 SEA</b></p>
<p>TO ANY PEACE OFFICER: upon the sworn complaint of Det. Priya Okonkwo-Hale, Seattle Police Department,
there is probable cause to believe that evidence of Promoting Commercial Sexual Abuse of a Minor
(RCW 9.68A.101) is held by the provider for the account <b>pike_place_promoter</b>.</p>
<p>YOU ARE COMMANDED to seize: (1) subscriber information; (2) IP logs; (3) the contents of all direct
messages, including voice notes, photographs and videos sent or received, 09/01/2026 to 11/25/2026.</p>
<p>Production within ten (10) days of service. Served by e-mail on November 30, 2026.</p>
<p>IT IS FURTHER ORDERED (RCW 10.96.060 / 18 U.S.C. 2705(b)) that the provider shall not disclose the
existence of this warrant to the subscriber for 180 days.</p>
<p>Judge Harriet Nakamura-Boyd, 29 November 2026</p>
<hr>
<p>Det. Priya Okonkwo-Hale #8821, Human Trafficking Unit, Seattle Police Department<br>
610 5th Ave, Seattle, WA 98104 &middot; (206) 555-0147</p>
</body></html>
''',cte='base64',html=True)
lab('c36-seattle-pd-warrant-dms-180day-html-b64.eml','search_warrant','P3',['contentRequested','nonDisclosureOrder'],'United States','priya.okonkwo-hale@seattle.gov',['pike_place_promoter'],'en','mime',
 'HTML-only base64; King County superior-court warrant served Nov 30 by Seattle PD (seattle.gov) for DMs, voice notes, photos and videos; content under a warrant; 180-day gag; 10 days from service = Dec 10',
 findings=[NDO],forb=[U,CRW,NNE,DP,EBI],fa=['+12065550147'],deadline='2026-12-10',contains={'address':'610 5th Ave'})

txt('c37-pbso-preservation-plus-subscriber-now.txt','''
PALM BEACH COUNTY SHERIFF'S OFFICE
Criminal Investigations Division — Economic Crimes Unit
3228 Gun Club Road, West Palm Beach, FL 33406 — (561) 555-0192

November 30, 2026

VIA E-MAIL: legal@provider.example.com

RE: Preservation request under 18 U.S.C. § 2703(f) — PBSO case 26-181442

Dear Custodian of Records:

Please preserve, for 90 days, all records associated with the account "jupiter_inlet_charters"
(account e-mail captain.j.inlet@example.com), including subscriber information, IP logs and stored
content, pending legal process.

In addition, because the victims are elderly and losses are continuing, we would ask that you provide
now the subscriber name, e-mail and phone number and the last 30 days of login IPs. A subpoena will
follow; we do not yet have one.

Detective Brianna Castellanos-Ford
bcastellanos-ford@pbso.org
''')
lab('c37-pbso-preservation-plus-subscriber-now.txt','preservation','P3',[],'United States','bcastellanos-ford@pbso.org',['jupiter_inlet_charters','captain.j.inlet@example.com'],'en','preservation',
 '2703(f) letter from the Palm Beach sheriff (pbso.org) that also asks for subscriber data and IPs now without process ("we do not yet have" a subpoena); preserving content is not disclosing it; no gag',
 findings=[PE],forb=[U,CRW,NDO,NNE,EBI,DP],fa=['+15615550192'],contains={'address':'3228 Gun Club Road'})

txt('c38-bso-preservation-asks-for-messages-now.txt','''
BROWARD SHERIFF'S OFFICE
Threat Management Division
2601 W. Broward Blvd., Fort Lauderdale, FL 33312

Date: 11/27/2026
To: Custodian of Records
Re: Request to Preserve and Produce — BSO case TM26-00912

Pursuant to 18 U.S.C. 2703(f), please take all necessary steps to preserve the records of
"lauderdale_lurker_954" for 90 days.

We also request that you produce copies of all direct messages the account sent to the complainant
between 10/01/2026 and 11/25/2026 so that we may evaluate the threat case. No warrant has been
obtained at this time; this letter is our request.

Please do not notify the subscriber, as it may impede the investigation.

Det. Lamar Oyelaran-Price, Threat Management
Phone (954) 555-0138 | lamar_oyelaran-price@sheriff.org
''')
lab('c38-bso-preservation-asks-for-messages-now.txt','preservation','P3',['contentRequested'],'United States','lamar_oyelaran-price@sheriff.org',['lauderdale_lurker_954'],'en','preservation',
 'Broward sheriff (sheriff.org, off .gov) 2703(f) letter that also asks for DMs now with no warrant: contents need a warrant; no-notice plea without an order; the complainant is a victim',
 findings=[PE,CRW],forb=[U,NDO,NNE,EBI,DP],fa=['+19545550138'])

txt('c39-cook-county-sao-subpoena-excluding-content.txt','''
IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
COUNTY DEPARTMENT, CRIMINAL DIVISION

IN RE: GRAND JURY INVESTIGATION                 )
                                                 )  GJ No. 26 GJ 3184
                                                 )
                       SUBPOENA DUCES TECUM

TO: Custodian of Records, [Provider]

YOU ARE COMMANDED to produce before the Grand Jury of Cook County, Room 1104, 2650 S. California
Avenue, Chicago, Illinois 60608, on December 17, 2026 at 9:30 a.m., the following records for the
account "wicker_park_vintage_deals":

  Basic subscriber information: name, address, e-mail, telephone, account creation date and IP, login
  IP addresses and timestamps from 08/01/2026 to 11/20/2026, means of payment.
  THIS SUBPOENA DOES NOT SEEK, AND YOU SHALL NOT PRODUCE, THE CONTENTS OF ANY COMMUNICATION
  (messages, posts, photographs or attachments).

Compliance may be made by electronic delivery to the issuing ASA in lieu of appearance.

Issued at the request of ASA Marisela Quintero-Abbey, Financial Crimes Unit
Cook County State's Attorney's Office — (312) 555-0171 — marisela.quintero-abbey@cookcountysao.org
''')
lab('c39-cook-county-sao-subpoena-excluding-content.txt','subpoena','P3',[],'United States','marisela.quintero-abbey@cookcountysao.org',['wicker_park_vintage_deals'],'en','court-caption',
 'Cook County grand jury subpoena from the State\'s Attorney (cookcountysao.org, off .gov); contents expressly excluded, so no content flag; no gag; return Dec 17',
 forb=USP+[EBI],fa=['+13125550171'],deadline='2026-12-17')

txt('c40-lvmpd-2703d-not-including-contents.txt','''
DISTRICT COURT
CLARK COUNTY, NEVADA

IN THE MATTER OF THE APPLICATION OF THE          Case No. 26-OR-0447
LAS VEGAS METROPOLITAN POLICE DEPARTMENT          Dept. XIV
FOR AN ORDER PURSUANT TO 18 U.S.C. § 2703(d)

                                        ORDER

Upon the application of the State, the Court finds specific and articulable facts showing reasonable
grounds to believe that the records below are relevant and material to an ongoing investigation of
robbery with a deadly weapon.

IT IS ORDERED that the provider disclose, for the account "fremont_st_flips" (user ID 61728834109):
  a. subscriber information;
  b. connection logs and IP addresses, 10/15/2026 to 11/15/2026;
  c. message header information (date, time, sender and recipient account) for messages sent or
     received, NOT INCLUDING THE CONTENTS OF THOSE COMMUNICATIONS.

No order under 18 U.S.C. § 2705(b) has been sought. Compliance within 14 days of receipt.

DATED November 25, 2026.                          DISTRICT JUDGE

Submitted by: Det. Renée Adebayo-Kowalski, P#17702, LVMPD Robbery Section
(702) 555-0186 · r17702a@lvmpd.com
''')
lab('c40-lvmpd-2703d-not-including-contents.txt','court_order',None,[],'United States','r17702a@lvmpd.com',['fremont_st_flips','61728834109'],'en','negation',
 'Nevada state-court 2703(d) order from LVMPD (lvmpd.com); headers without contents ("NOT INCLUDING THE CONTENTS"); no 2705(b) sought; 14 days from unknown receipt',
 forb=USP+[RTC,EBI],fa=['+17025550186'])

txt('c41-fbi-title-iii-order-interception.txt','''
UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF NEW JERSEY

IN THE MATTER OF THE APPLICATION OF THE UNITED STATES    )  Misc. No. 26-4418 (SDW)
OF AMERICA FOR AN ORDER AUTHORIZING THE INTERCEPTION    )  UNDER SEAL
OF WIRE AND ELECTRONIC COMMUNICATIONS                   )

ORDER AUTHORIZING THE INTERCEPTION OF ELECTRONIC COMMUNICATIONS (18 U.S.C. § 2518)

Upon the application of AUSA Leonora Whitfield-Agu, authorized by a Deputy Assistant Attorney General
of the Criminal Division under 18 U.S.C. § 2516, the Court finds probable cause ...

IT IS ORDERED that agents of the FBI are authorized to intercept electronic communications, including
the contents of messages, voice notes and attachments, to and from the account "newark_portside_plug"
for a period not to exceed thirty (30) days from the date interception begins.

IT IS FURTHER ORDERED that the provider furnish all technical assistance necessary and, pursuant to
18 U.S.C. § 2511(2)(a)(ii), not disclose the existence of the interception or this Order.

Dated: November 30, 2026                     United States District Judge

Point of contact: SA Thaddeus Mbeki-Lorenz, FBI Newark, (973) 555-0129, tmbekilorenz@fbi.gov
''')
lab('c41-fbi-title-iii-order-interception.txt','wiretap','P3',['contentRequested','nonDisclosureOrder'],'United States','tmbekilorenz@fbi.gov',['newark_portside_plug'],'en','court-caption',
 'Title III order: 30 days of real-time interception of content; statutory 2511(2)(a)(ii) confidentiality (a gag set by statute, not "no end")',
 findings=[RTC],forb=[U,CRW,NNE,EBI],fa=['+19735550129'])

eml('c42-phoenix-pd-kidnapping-messages-qp.eml',[('From',('Sgt. Dominic Ferreira-Nash','dominic.ferreira-nash@phoenix.gov')),('To','emergency@provider.example.com'),('Subject','Exigent request - kidnapping for ransom in progress - PHX 26-1982204'),('Date','Tue, 01 Dec 2026 08:19:40 -0700')],'''
Emergency Disclosure Request — Phoenix Police Department, Kidnap/Ransom Squad

Person at risk: Mateo R., 31, abducted last night in Maryvale; the kidnappers sent his family a video
of him bound and beaten and threatened to kill him at 6 p.m. today unless paid.
The ransom demands were sent from the account "valley_of_sun_collector". The victim's own account,
"mateo_r_paints", is in the hands of the kidnappers.

We request, under 18 U.S.C. 2702(b)(8) and (c)(4):
 1. subscriber info and IP logs (with ports) for both accounts, last 72 hours;
 2. the direct messages sent by "valley_of_sun_collector" in the last 72 hours, which may reveal
    where the victim is held;
 3. any location data.

Case PHX 26-1982204. Supervisor: Lt. Anya Kowalczyk. 24/7 line: (602) 555-0166.

Sgt. Dominic Ferreira-Nash #7719
620 W. Washington St., Phoenix, AZ 85003
''')
lab('c42-phoenix-pd-kidnapping-messages-qp.eml','emergency','P0',['emergency','contentRequested'],'United States','dominic.ferreira-nash@phoenix.gov',['valley_of_sun_collector'],'en','emergency',
 'quoted-printable; Phoenix PD kidnapping for ransom with a 6 p.m. death threat; asks for 72 hours of the kidnapper\'s DMs, which an emergency may justify voluntarily (no warrant finding); the victim\'s account is also asked about but he is the victim',
 forb=EM+[NDO],fa=['+16025550166'])

txt('c43-ocso-warrant-voice-notes-no-delay.txt','''
IN THE CIRCUIT COURT OF THE NINTH JUDICIAL CIRCUIT
IN AND FOR ORANGE COUNTY, FLORIDA

                                SEARCH WARRANT
                           (Electronic Communications)

STATE OF FLORIDA, COUNTY OF ORANGE
TO THE SHERIFF OF ORANGE COUNTY AND ANY OF HIS DEPUTIES:

Affidavit having been made before me by Cpl. Shanice Abernathy-Oduya, Orange County Sheriff's Office,
that there is probable cause to believe that evidence of Aggravated Stalking (F.S. 784.048) is held by
the provider, YOU ARE COMMANDED to search for and seize, for the account "kissimmee_watcher_407":
  - all voice notes, photographs and direct messages sent or received, 09/15/2026 – 11/20/2026;
  - subscriber records and IP logs for the same period.

Return within ten (10) days of issuance. No order delaying notice to the subscriber has been sought or
entered; the provider may follow its notice policy.

ISSUED November 24, 2026.                     Circuit Judge Nathaniel Osei-Lindgren

Cpl. S. Abernathy-Oduya, OCSO Criminal Investigations, 2500 W. Colonial Dr., Orlando, FL 32804
(407) 555-0153 · shanice.abernathy-oduya@ocso.com
''')
lab('c43-ocso-warrant-voice-notes-no-delay.txt','search_warrant','P2',['contentRequested'],'United States','shanice.abernathy-oduya@ocso.com',['kissimmee_watcher_407'],'en','negation',
 'Florida circuit-court warrant for voice notes, photos and DMs via the Orange County sheriff (ocso.com, off .gov); content under a warrant; no delayed-notice order sought; 10 days from Nov 24 = Dec 4 (P2)',
 forb=USP+[EBI],fa=['+14075550153'],deadline='2026-12-04',contains={'address':'2500 W. Colonial Dr.'})

txt('c44-tx-oag-subpoena-stored-communications-pdftext.txt','''
OFFICE OF THE ATTORNEY GENERAL OF TEXAS                                          Page 1 of 2
CONSUMER PROTECTION DIVISION

                     CIVIL INVESTIGATIVE DEMAND / ADMINISTRATIVE SUBPOENA
                      (Tex. Bus. & Com. Code § 17.61; Tex. Gov't Code § 402.)

TO: Custodian of Records                                    CID No. 26-CPD-1187

You are hereby required to produce, for the account "austin_miracle_supplements", on or before
December 14, 2026:
 1. subscriber records and payment information;
 2. all stored communications of the account, including the contents of direct messages with
    customers, and the contents of the account's drafts and saved files;
 3. login IP history 01/01/2026 to present.

Asst. Attorney General Rebecca Oyelowo-Strand — (512) 555-0149 — rebecca.oyelowo-strand@oag.texas.gov
P.O. Box 12548, Austin, Texas 78711
--------------------------------------------------------------------------------------------
CID 26-CPD-1187                         CONFIDENTIAL                             Page 2 of 2
''')
lab('c44-tx-oag-subpoena-stored-communications-pdftext.txt','subpoena','P3',['contentRequested'],'United States','rebecca.oyelowo-strand@oag.texas.gov',['austin_miracle_supplements'],'en','pdf-text',
 'PDF-extracted Texas AG civil investigative demand / administrative subpoena (a government subpoena) demanding stored communications and DM contents: contents need a warrant; no gag; due Dec 14',
 findings=[CRW],forb=[U,NDO,NNE,DP,EBI],fa=['+15125550149'],deadline='2026-12-14')
