txt('c66-ohio-bci-icac-subpoena-gag-applied-for.txt','''
OHIO ATTORNEY GENERAL — BUREAU OF CRIMINAL INVESTIGATION
Ohio Internet Crimes Against Children Task Force
1560 State Route 56 SW, London, Ohio 43140 — (740) 555-0181

COURT OF COMMON PLEAS, FRANKLIN COUNTY, OHIO
IN RE: GRAND JURY INVESTIGATION 26-GJ-4418
SUBPOENA DUCES TECUM — Return date: December 11, 2026

Records sought for the account "scioto_mile_buddy" (CyberTipline Report 218093357):
subscriber name, e-mail, phone, account creation IP and date, login IPs 09/01/2026 – 11/25/2026.
No content is requested.

An application for an order under 18 U.S.C. § 2705(b) has been filed and is pending; no order has been
issued yet. We will send it if granted. Until then please contact us before any user notification.

Special Agent Monique Adeyemi-Ruiz, BCI ICAC
monique.adeyemi-ruiz@ohioago.gov
''')
lab('c66-ohio-bci-icac-subpoena-gag-applied-for.txt','subpoena','P1',['ncmec'],'United States','monique.adeyemi-ruiz@ohioago.gov',['scioto_mile_buddy'],'en','child-safety',
 'Ohio BCI ICAC grand jury subpoena on a CyberTipline report; non-content; 2705(b) order applied for and pending, not granted (no NDO); return Dec 11',
 findings=[NCM],forb=USP+[EBI],ncmec=['218093357'],fa=['+17405550181'],deadline='2026-12-11')

txt('c67-vsp-2703d-one-year-gag.txt','''
VIRGINIA:
IN THE CIRCUIT COURT FOR THE COUNTY OF CHESTERFIELD

IN RE: APPLICATION OF THE COMMONWEALTH FOR AN ORDER       Case No. CR26-M-0871
PURSUANT TO 18 U.S.C. § 2703(d) AND VA. CODE § 19.2-70.3

                                      ORDER

The Court, finding specific and articulable facts ... ORDERS the provider to disclose, within fourteen
(14) days of service, for the account "swift_creek_sharpshooter": subscriber records; IP and session
logs 08/01/2026 – 11/15/2026; records of accounts with which the target account exchanged messages
(account identifiers and timestamps only, not the contents of any message).

It is further ORDERED under 18 U.S.C. § 2705(b) that the provider shall not notify any person of the
existence of this Order for one (1) year.

ENTERED: November 27, 2026                                          Judge

Requested by: Special Agent Rhiannon Mbatha-Collier, Virginia State Police, BCI
(804) 555-0197 · rhiannon.mbatha-collier@vsp.virginia.gov
''')
lab('c67-vsp-2703d-one-year-gag.txt','court_order',None,['nonDisclosureOrder'],'United States','rhiannon.mbatha-collier@vsp.virginia.gov',['swift_creek_sharpshooter'],'en','court-caption',
 'Virginia circuit-court 2703(d) order for the Virginia State Police (vsp.virginia.gov); non-content ("not the contents"); one-year 2705(b); 14 days from unknown service',
 findings=[NDO],forb=[U,CRW,NNE,RTC,EBI],fa=['+18045550197'])

eml('c68-ottawa-ps-request-withdrawn-reply-chain-qp.eml',[('From',('D/Cst. Laurent Achebe-Doyle','achebe-doylel@ottawapolice.ca')),('To','le-response@provider.example.com'),('Subject','RE: Ottawa Police request OPS 26-219983 - please cancel'),('Date','Mon, 30 Nov 2026 13:12:44 -0500'),('In-Reply-To','<resp-4471@provider.example.com>')],'''
Hello,

Please cancel our request OPS 26-219983. The complainant has withdrawn her complaint and the file has
been concluded. We no longer need any records for "byward_market_bae", and the preservation may be
released. Thank you for your help.

Laurent Achebe-Doyle, Detective Constable
Ottawa Police Service, Cybercrime Unit — 474 Elgin Street, Ottawa ON K2P 2J6 — 613-555-0129

-----Original Message-----
From: LE Response <le-response@provider.example.com>
Sent: Friday, November 27, 2026 10:03 AM
Subject: RE: Ottawa Police request OPS 26-219983

> We have preserved the account. Please serve a production order or MLAT request for disclosure.
>
> > From: D/Cst. Laurent Achebe-Doyle
> > Sent: Thursday, November 26, 2026
> > Please preserve and provide subscriber info and IPs for "byward_market_bae" (criminal
> > harassment, threats to the complainant). Please respond within 5 days.
''')
lab('c68-ottawa-ps-request-withdrawn-reply-chain-qp.eml','other','P3',['nonUs'],'Canada','achebe-doylel@ottawapolice.ca',[],'en','hard-negative',
 'quoted-printable reply chain; Ottawa Police cancel their earlier request (quoted below with threats and a 5-day clock); nothing requested now; hold may be released',
 forb=NEG+[FDP,CLA],fa=['+16135550129'])

eml('c69-denver-da-preservation-extension-qp.eml',[('From',('Inv. Teresa Halvorsen-Uche','thalvorsen-uche@denverda.org')),('To','preservation@provider.example.com'),('Subject','RE: Preservation DDA-26-4471 - request for 90-day extension'),('Date','Tue, 01 Dec 2026 09:55:10 -0700')],'''
Good morning,

Under 18 U.S.C. 2703(f)(2), the Denver District Attorney's Office requests a further 90-day extension
of the preservation of the account "rino_art_district_loans" (our ref. DDA-26-4471). The original
90-day period you confirmed began September 10, 2026 and ends December 9, 2026. We expect to serve a
search warrant before the extended period runs out.

Teresa Halvorsen-Uche, Investigator, Economic Crime Unit
Denver District Attorney's Office, 201 W. Colfax Ave., Dept. 801, Denver, CO 80202
(720) 555-0148

> On Sep 10, 2026, Preservation Team wrote:
> We confirm that the account rino_art_district_loans has been preserved for 90 days
> under 18 U.S.C. 2703(f). Ref. PRS-2026-091044.
''')
lab('c69-denver-da-preservation-extension-qp.eml','preservation',None,[],'United States','thalvorsen-uche@denverda.org',['rino_art_district_loans'],'en','forwarded',
 'quoted-printable; first 90-day extension from the Denver DA (denverda.org) asked Dec 1, eight days before the hold lapses Dec 9; provider\'s confirmation quoted below; no response deadline (priority unscored)',
 findings=[PE],forb=[U,CRW,NDO,NNE,EBI,DP],fa=['+17205550148'],contains={'address':'201 W. Colfax Ave.'})

txt('c70-mcpd-md-pen-trap-order.txt','''
IN THE CIRCUIT COURT FOR MONTGOMERY COUNTY, MARYLAND

IN THE MATTER OF THE APPLICATION OF THE STATE OF MARYLAND FOR AN ORDER AUTHORIZING THE INSTALLATION
AND USE OF A PEN REGISTER AND TRAP AND TRACE DEVICE          Case No. 26-PR-0187

                                      ORDER

Upon application certifying that the information likely to be obtained is relevant to an ongoing
criminal investigation (Md. Code, Cts. & Jud. Proc. § 10-4B-04; 18 U.S.C. § 3123), IT IS ORDERED that
the provider install and use a pen register and trap and trace device on the account
"silver_spring_sender" for sixty (60) days, capturing dialing, routing, addressing and signaling
information (source and destination account, IP and port, date and time), in real time, but not the
contents of any communication.

Pursuant to 18 U.S.C. § 3123(d), this Order is sealed and the provider shall not disclose the
existence of the pen register or trap and trace device to the subscriber or any other person unless
or until otherwise ordered by the Court.

Dated November 30, 2026                                       Judge

Contact: Det. Oluwaseun Park-Hendricks, Montgomery County Police, Major Crimes
(240) 555-0162 · oluwaseun.park-hendricks@montgomerycountymd.gov
''')
lab('c70-mcpd-md-pen-trap-order.txt','pen_register','P3',['nonDisclosureOrder'],'United States','oluwaseun.park-hendricks@montgomerycountymd.gov',['silver_spring_sender'],'en','court-caption',
 'Maryland state pen/trap order, 60 days real-time non-content; statutory 3123(d) sealing (a statutory gag, not "no end"); county police on montgomerycountymd.gov',
 findings=[RTC],forb=[U,CRW,NNE,EBI],fa=['+12405550162'])
