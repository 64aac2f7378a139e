txt('c71-dea-2703d-180day-14-days-from-nov23-pdftext.txt','''
Case 1:26-mc-00418-JPO   Document 3   Filed 11/23/26   Page 1 of 3
UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK

IN THE MATTER OF THE APPLICATION OF THE UNITED STATES OF AMERICA FOR AN ORDER PURSUANT TO
18 U.S.C. § 2703(d) DIRECTED TO [PROVIDER]

                                      ORDER

1. The United States has offered specific and articulable facts showing that there are reasonable
grounds to believe that the records described in Attachment A are relevant and material to an ongoing
criminal investigation of narcotics distribution.
2. IT IS ORDERED that the Provider shall, within fourteen (14) days of the date of this Order,
disclose the records in Attachment A for the account "harlem_river_pharmacy" (user ID 70331842215):
subscriber information and connection logs. The contents of communications are excluded.
3. IT IS FURTHER ORDERED under 18 U.S.C. § 2705(b) that the Provider shall not disclose the existence
of the application or this Order for 180 days from its date.
SO ORDERED. November 23, 2026.                  United States Magistrate Judge
Case 1:26-mc-00418-JPO   Document 3   Filed 11/23/26   Page 2 of 3
Contact: Special Agent Noor Haddad-Lindgren, DEA New York Division, 99 Tenth Avenue, New York, NY 10011,
(212) 555-0136, noor.haddad-lindgren@dea.gov
''')
lab('c71-dea-2703d-180day-14-days-from-nov23-pdftext.txt','court_order','P2',['nonDisclosureOrder'],'United States','noor.haddad-lindgren@dea.gov',['harlem_river_pharmacy','70331842215'],'en','pdf-text',
 'PDF-extracted federal 2703(d) order with ECF headers; contents excluded; 180-day 2705(b); 14 days from the order date Nov 23 = Dec 7 (P2)',
 findings=[NDO],forb=[U,CRW,NNE,RTC,DP,EBI],fa=['+12125550136'],deadline='2026-12-07',contains={'address':'99 Tenth Avenue'})

txt('c72-nassau-da-subpoena-gag-until-further-order.txt','''
COUNTY COURT OF THE STATE OF NEW YORK, COUNTY OF NASSAU
GRAND JURY SUBPOENA DUCES TECUM                                        Subpoena No. 26-3341

TO: Custodian of Records
YOU ARE COMMANDED to produce before the Grand Jury of Nassau County, 262 Old Country Road, Mineola,
New York, on December 22, 2026, the subscriber information and IP login history (10/01/2026 – 11/25/2026)
for the account "jones_beach_boats_li". Do not produce the contents of any communication.

ORDER: Upon application of the District Attorney, it is ORDERED that the recipient shall not disclose
to the subscriber the existence of this subpoena until further order of this Court.
                                                     Hon. Gregory Aldana-Fitch, A.J.S.C.

ADA Rosalind Okeke-Varga, Rackets Bureau, Nassau County District Attorney
(516) 555-0187 · rokeke-varga@nassaucountyny.gov
''')
lab('c72-nassau-da-subpoena-gag-until-further-order.txt','subpoena','P3',['nonDisclosureOrder'],'United States','rokeke-varga@nassaucountyny.gov',['jones_beach_boats_li'],'en','court-caption',
 'Nassau County grand jury subpoena; non-content; gag "until further order of this Court" with no end date; return Dec 22',
 findings=[NDO,NNE],forb=[U,CRW,DP,EBI],fa=['+15165550187'],deadline='2026-12-22')

txt('c73-fairfax-pd-warrant-2705b-applied-for.txt','''
From: Det. Vikram Osei-Halvorsen <vikram.osei-halvorsen@fairfaxcounty.gov>
To: LE Requests
Date: Mon, 30 Nov 2026 11:41:09 -0500
Subject: Search warrant - Fairfax County Circuit Court - FCPD 2026-1130441

Good morning,

Attached please find a search warrant issued today by the Fairfax County Circuit Court for the
account "tysons_corner_flipper": messages, photos and stored files from 09/01/2026 – 11/25/2026, plus
subscriber and IP records. Please produce within 15 days of today.

We have applied to the court for an order under 18 U.S.C. 2705(b) delaying notice; the judge has not
ruled yet. I will forward it if granted. In the meantime we'd appreciate it if you did not notify the
user, but we understand there is no order yet.

Det. Vikram Osei-Halvorsen, Fairfax County Police Department, Major Crimes Bureau
4100 Chain Bridge Road, Fairfax, VA 22030 · (703) 555-0188
''')
lab('c73-fairfax-pd-warrant-2705b-applied-for.txt','search_warrant','P3',['contentRequested'],'United States','vikram.osei-halvorsen@fairfaxcounty.gov',['tysons_corner_flipper'],'en','negation',
 'state warrant for messages, photos and files (content under a warrant); 2705(b) only applied for, no ruling, a plea not an order; 15 days from Nov 30 = Dec 15',
 forb=USP+[EBI],fa=['+17035550188'],deadline='2026-12-15',contains={'address':'4100 Chain Bridge Road'})

txt('c74-king-county-pao-2703d-gag-denied.txt','''
SUPERIOR COURT OF WASHINGTON FOR KING COUNTY

IN RE THE APPLICATION OF THE STATE OF WASHINGTON                No. 26-1-04418-7 SEA
FOR AN ORDER UNDER 18 U.S.C. § 2703(d)

                ORDER GRANTING IN PART AND DENYING IN PART STATE'S APPLICATION

1. The application for disclosure of records under 18 U.S.C. § 2703(d) is GRANTED. The provider shall
   disclose, for the account "capitol_hill_cutthroat": subscriber information and IP logs,
   07/01/2026 – 11/20/2026. The order does not reach the contents of communications.
2. The State's request for an order under 18 U.S.C. § 2705(b) precluding notice is DENIED: the State has
   not shown that notice would result in any of the adverse results listed in § 2705(b).
3. Compliance within twenty-one (21) days of service.

DONE IN OPEN COURT November 30, 2026.                           Judge Lillian Strand-Obi

Presented by: DPA Marcus Delacroix-Oyelaran, King County Prosecuting Attorney's Office
(206) 555-0165 · marcus.delacroix-oyelaran@kingcounty.gov
''')
lab('c74-king-county-pao-2703d-gag-denied.txt','court_order',None,[],'United States','marcus.delacroix-oyelaran@kingcounty.gov',['capitol_hill_cutthroat'],'en','negation',
 'Washington state-court 2703(d) order granted in part; the 2705(b) gag was DENIED, so the provider may notify; non-content; 21 days from unknown service',
 forb=USP+[RTC,EBI],fa=['+12065550165'])

eml('c75-usao-ndo-lifted-notice-qp.eml',[('From',('AUSA Beatrice Oduya-Hammond','beatrice.oduya-hammond@usdoj.gov')),('To','le-response@provider.example.com'),('Subject','Notice: 2705(b) order vacated - In re 2703(d) Order, 3:25-mj-01188 (D. Or.)'),('Date','Mon, 30 Nov 2026 12:30:00 -0800')],'''
Counsel,

On November 25, 2026 the Court granted the government's motion to vacate the order under 18 U.S.C.
2705(b) entered on May 2, 2025 in the above matter (account "willamette_whisper"). The nondisclosure
obligation is lifted; you may notify your user in accordance with your policies. The investigation is
closed and we request nothing further.

A copy of the order vacating is attached.

Beatrice Oduya-Hammond, Assistant United States Attorney
District of Oregon, 1000 SW Third Avenue, Suite 600, Portland, OR 97204 — (503) 555-0152
''')
lab('c75-usao-ndo-lifted-notice-qp.eml','other','P3',[],'United States','beatrice.oduya-hammond@usdoj.gov',[],'en','hard-negative',
 'quoted-printable notice that a 2705(b) order was vacated; the gag is lifted, investigation closed, nothing requested',
 forb=NEG,fa=['+15035550152'])

txt('c76-austin-pd-subpoena-please-dont-tell-user.txt','''
From: Det. Harlan Mwangi-Sorensen <harlan.mwangi-sorensen@austintexas.gov>
To: legal@provider.example.com
Date: Tue, 1 Dec 2026 08:14:50 -0600
Subject: Grand jury subpoena - Travis County - APD 26-3340118

Hello,

Attached is a Travis County grand jury subpoena (No. 26-GJ-1187) for basic subscriber information and
IP logs (06/01/2026 – 11/25/2026) for "sixth_street_promoter". No content is requested. The return date
is December 21, 2026.

Please, if at all possible, don't tell the user about this. He's a suspect in a string of burglaries
and we worry he'll dump his phone. There is no court order on notice, it's just a request from me.

Det. Harlan Mwangi-Sorensen, Austin Police Department, Burglary Unit
715 E. 8th Street, Austin, TX 78701 · (512) 555-0121
''')
lab('c76-austin-pd-subpoena-please-dont-tell-user.txt','subpoena','P3',[],'United States','harlan.mwangi-sorensen@austintexas.gov',['sixth_street_promoter'],'en','negation',
 'Travis County grand jury subpoena via Austin PD (austintexas.gov); non-content; a detective\'s plea not to tell the user, expressly "no court order on notice"; return Dec 21',
 forb=USP+[EBI],fa=['+15125550121'],deadline='2026-12-21',contains={'address':'715 E. 8th Street'})

txt('c77-houston-pd-subpoena-ten-days-from-service-nov26.txt','''
THE STATE OF TEXAS                    §       IN THE 337TH DISTRICT COURT
                                       §
V.                                     §       OF
                                       §
JOHN DOE                               §       HARRIS COUNTY, TEXAS
                                                Cause No. 26-DCR-441187

                           SUBPOENA DUCES TECUM
THE STATE OF TEXAS, TO: Custodian of Records, [Provider]

You are commanded to produce, within ten (10) days from the date of service, the subscriber records and
login IP addresses (09/01/2026 – 11/20/2026) for the account "montrose_mixtape_plug". Contents are not
requested.

SERVICE: served by electronic mail on November 26, 2026.

Requested by: Officer Danielle Abiodun-Frost, Houston Police Department, Robbery Division
1200 Travis St., Houston, TX 77002 · (832) 555-0193 · danielle.abiodun-frost@houstontx.gov
''')
lab('c77-houston-pd-subpoena-ten-days-from-service-nov26.txt','subpoena','P2',[],'United States','danielle.abiodun-frost@houstontx.gov',['montrose_mixtape_plug'],'en','court-caption',
 'Harris County district-court subpoena via Houston PD (city domain houstontx.gov); non-content; ten days from stated service Nov 26 = Dec 6 (P2)',
 forb=USP+[EBI],fa=['+18325550193'],deadline='2026-12-06',contains={'address':'1200 Travis St.'})

txt('c78-wayne-county-subpoena-return-passed.txt','''
STATE OF MICHIGAN
THIRD JUDICIAL CIRCUIT COURT — WAYNE COUNTY
INVESTIGATIVE SUBPOENA                                           File No. 26-IS-0418

TO: Custodian of Records
Return date: November 25, 2026, 9:00 a.m., Frank Murphy Hall of Justice, 1441 St. Antoine, Detroit.
Records: subscriber information and login IPs (08/01/2026 – 11/01/2026) for the account
"corktown_car_flips". No content.

APA Evelyn Marchbanks-Oyewole, Wayne County Prosecutor's Office, Special Operations
(313) 555-0174 · emarchbanks@waynecounty.com
''')
lab('c78-wayne-county-subpoena-return-passed.txt','subpoena','P2',[],'United States','emarchbanks@waynecounty.com',['corktown_car_flips'],'en','court-caption',
 'Wayne County investigative subpoena (waynecounty.com, a county on .com); return date Nov 25 already passed on Dec 1; non-content; no gag',
 findings=[DP],forb=[U,NDO,NNE,CRW,EBI],fa=['+13135550174'],deadline='2026-11-25')

eml('c79-de-polizei-bayern-frist-14-tage-ab-21-november-qp.eml',[('From',('Polizeipräsidium München – K 13','pp-mue.muenchen.k13@polizei.bayern.de')),('To','law-enforcement@provider.example.com'),('Subject','Auskunftsersuchen – Az. K13-2611-0871 – Frist 14 Tage'),('Date','Sat, 21 Nov 2026 10:30:00 +0100')],'''
Sehr geehrte Damen und Herren,

im Ermittlungsverfahren der Staatsanwaltschaft München I (Az. 123 Js 188742/26) wegen Computerbetrugs
bitten wir um freiwillige Auskunft zu dem Nutzerkonto „isar_ticketboerse":
  – Bestandsdaten (E-Mail, Telefonnummer, Registrierungsdatum, Registrierungs-IP),
  – IP-Adressen der Anmeldungen vom 01.09.2026 bis 15.11.2026.
Inhaltsdaten werden nicht erbeten.

Wir bitten um Antwort binnen 14 Tagen ab dem Datum dieses Schreibens (21. November 2026), also bis
zum 5. Dezember 2026.

Eine Benachrichtigung des Nutzers möchten wir vermeiden; eine gerichtliche Anordnung hierzu liegt
nicht vor.

Mit freundlichen Grüßen
KOK Stefanie Huber-Owusu
Polizeipräsidium München, Kommissariat 13, Ettstraße 2, 80333 München
Tel. +49 89 2910 5553
''')
lab('c79-de-polizei-bayern-frist-14-tage-ab-21-november-qp.eml','international','P2',['nonUs'],'Germany','pp-mue.muenchen.k13@polizei.bayern.de',['isar_ticketboerse'],'de','international',
 'quoted-printable; Munich police voluntary direct request; non-content; "binnen 14 Tagen ab ... 21. November" = Dec 5 (P2); no-notice wish expressly without a court order',
 findings=[FDP],forb=DIRECT+[EBI,NDO,NNE,DP],fa=['+498929105553'],deadline='2026-12-05',contains={'address':'Ettstraße 2'})

txt('c80-fr-epoc-lyon-six-mois-recu-26-novembre.txt','''
TRIBUNAL JUDICIAIRE DE LYON — Cabinet de M. le juge d'instruction Paul RENAUD-ASANTE
67, rue Servient, 69003 Lyon — Tél. +33 4 72 55 58 12 — epoc.ji-lyon@justice.fr
Information n° JI 26/118 — Parquet n° 26.318.4471

CERTIFICAT EPOC (annexe I du règlement (UE) 2023/1543)
C. Délai : 10 jours à compter de la réception. Reçu par le destinataire le vingt-six novembre deux
   mille vingt-six (26/11/2026).
D. Données : [X] abonnés  [X] trafic (adresses IP et horodatages du 1er juin au 15 novembre 2026)
   [ ] contenu — non demandé
   Compte : « croix_rousse_vapote »
E. Infraction : trafic de stupéfiants (art. 222-37 C. pén.)
F. Information de la personne : le destinataire ne doit pas informer la personne concernée pendant
   six mois à compter de la réception.
''')
lab('c80-fr-epoc-lyon-six-mois-recu-26-novembre.txt','international','P2',['nonUs','nonDisclosureOrder'],'France','epoc.ji-lyon@justice.fr',['croix_rousse_vapote'],'fr','international',
 'French EPOC from a Lyon investigating judge, subscriber and traffic data only (content box unticked); six-month restriction; receipt written in words "vingt-six novembre" + 10 days = Dec 6 (P2)',
 forb=EPOC+[NNE,DP],fa=['+33472555812'],deadline='2026-12-06',contains={'address':'67, rue Servient'})
