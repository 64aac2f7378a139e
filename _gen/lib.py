import json, os, email, base64
from email.message import EmailMessage
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.message import MIMEMessage
from email.header import Header
from email import charset as _cs
from email.utils import formataddr
OUT='/work/wt/train10/samples/realistic/train10'
ALL=[]
U='UNVERIFIED_SENDER';EBI='EMERGENCY_BASIS_INCOMPLETE';CRW='CONTENT_REQUIRES_WARRANT';FDP='FOREIGN_DIRECT_PROCESS'
CLA='CLOUD_ACT_AGREEMENT';NDO='NON_DISCLOSURE_ORDER';NNE='NON_DISCLOSURE_NO_END';PE='PRESERVATION_EXPIRY'
DP='DEADLINE_PASSED';CCB='CIVIL_CONTENT_BARRED';RTC='REAL_TIME_COLLECTION';NSP='NATIONAL_SECURITY_PROCESS';NCM='NCMEC_MATTER'
EM=[U,EBI,CRW]; EMF=EM+[FDP,CLA]
DIRECT=[U,CLA,PE,CRW]
EPOC=[U,FDP,CRW,PE,CLA]
USP=[U,NDO,NNE,CRW,DP]
NEG=[U,EBI,NDO,NNE,PE,DP,CRW]
CIV=[U,NDO,NNE,CRW,EBI]
def lab(file,pt,prio,flags,country,email_,accounts,lang,cat,note,findings=(),forb=(),fa=(),deadline=None,ncmec=None,contains=None,drop=()):
    f={'country':country}
    if email_: f['email']=email_
    if deadline: f['responseDeadline']=deadline
    if ncmec: f['ncmecReportIds']=list(ncmec)
    if accounts: f['accounts']=list(accounts)
    findings=list(findings)
    fb=[x for x in dict.fromkeys(forb) if x not in findings and x not in drop]
    d={'file':file,'processType':pt,'priority':prio,'flags':list(flags),'fields':f,'language':lang,'category':cat}
    if findings: d['findings']=findings
    if fb: d['forbiddenFindings']=fb
    if fa: d['forbiddenAccounts']=list(fa)
    if contains: d['fieldsContain']=contains
    d['note']=note
    ALL.append(d); return d
def txt(name,body):
    open(os.path.join(OUT,name),'w',encoding='utf-8').write(body.strip('\n')+'\n')
def eml(name,hdrs,body,cte='quoted-printable',html=False,charset='utf-8',attach=None,extra=None):
    sub='html' if html else 'plain'
    part=MIMEText('',sub,charset)
    del part['Content-Transfer-Encoding']
    raw=body.strip('\n')+'\n'
    if cte=='base64':
        part.set_payload(base64.encodebytes(raw.encode(charset)).decode('ascii'))
    elif cte=='quoted-printable':
        import quopri
        part.set_payload(quopri.encodestring(raw.encode(charset)).decode('ascii'))
    else:
        part.set_payload(raw.encode(charset).decode(charset) if cte=='8bit' else raw)
    part['Content-Transfer-Encoding']=cte
    if attach is not None:
        msg=MIMEMultipart('mixed'); msg.attach(part)
        a=MIMEMessage(attach); a.add_header('Content-Disposition','attachment',filename='original.eml'); msg.attach(a)
    else:
        msg=part
    keep=[(k,v) for k,v in msg.items()]
    for k,_ in keep: del msg[k]
    for k,v in hdrs:
        if k in ('From','To','Cc','Reply-To') and not isinstance(v,str): v=formataddr(v,charset='utf-8')
        elif k=='Subject' and any(ord(c)>127 for c in v): v=Header(v,'utf-8')
        msg[k]=v
    for k,v in keep: msg[k]=v
    data=msg.as_bytes() if cte!='8bit' else msg.as_string().encode(charset)
    open(os.path.join(OUT,name),'wb').write(data)
def sub_msg(hdrs,body,cte='quoted-printable'):
    import quopri
    part=MIMEText('', 'plain','utf-8'); del part['Content-Transfer-Encoding']
    part.set_payload(quopri.encodestring(body.encode()).decode('ascii')); part['Content-Transfer-Encoding']=cte
    for k,v in hdrs: part[k]=v
    return part
def h(s): return s
def save():
    p=os.path.join(OUT,'labels.json')
    old=json.load(open(p))['samples'] if os.path.exists(p) else []
    names={d['file'] for d in ALL}
    old=[d for d in old if d['file'] not in names]
    allv=sorted(old+ALL,key=lambda d:d['file'])
    json.dump({'asOf':'2026-12-01T18:00:00Z','samples':allv},open(p,'w'),ensure_ascii=False,indent=1)
