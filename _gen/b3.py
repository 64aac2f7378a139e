txt('c12-es-policia-nacional-amenazas-sin-contenido.txt','''
DIRECCIÓN GENERAL DE LA POLICÍA
Comisaría General de Policía Judicial — Unidad Central de Ciberdelincuencia
Sección de Cooperación Internacional
C/ Julián González Segador s/n, 28043 Madrid — Tel. +34 91 555 27 40
Correo: ucc.cooperacion@policia.es

Madrid, 30 de noviembre de 2026
N/Ref.: UCC-SCI 2026/11/8832        Diligencias previas 1944/2026 — Juzgado de Instrucción n.º 12 de Madrid

Asunto: Solicitud de información de abonado (sin contenido)

Muy Sres. míos:

En el marco de las diligencias citadas, que se instruyen por un delito de amenazas (art. 169 CP) y
acoso (art. 172 ter CP) contra una periodista, cuyos hechos se produjeron entre julio y octubre de
2026 y respecto de los cuales no existe riesgo actual para la víctima, se solicita a esa compañía que
facilite, con carácter voluntario, respecto de la cuenta «manzanares_verdugo»:
  a) datos de registro (nombre, correo, teléfono);
  b) direcciones IP de creación y de los accesos del 01/07/2026 al 31/10/2026.
No se solicita el contenido de las comunicaciones (sin contenido).

Inspector Jefe D. Álvaro RUIZ-MENSAH, carné profesional 88.213
''')
lab('c12-es-policia-nacional-amenazas-sin-contenido.txt','international','P3',['nonUs'],'Spain','ucc.cooperacion@policia.es',['manzanares_verdugo'],'es','international',
 'Spanish national police voluntary direct request; "amenazas" named but "no existe riesgo actual": not an emergency; "sin contenido"; no deadline',
 findings=[FDP],forb=DIRECT+[EBI,NDO,NNE,DP],fa=['+34915552740'])

eml('c13-es-guardia-civil-menor-desaparecida-8bit.eml',[('From',('Guardia Civil - EMUME Central','emume.urgencias@guardiacivil.org')),('To','emergency-requests@provider.example.com'),('Subject','URGENTE: menor desaparecida con adulto - riesgo inminente para su integridad'),('Date','Tue, 01 Dec 2026 16:48:31 +0100'),('Message-ID','<emume-20261201-1648@guardiacivil.org>')],'''
Buenas tardes:

Solicitud de revelación de datos por EMERGENCIA (riesgo inminente para la vida o la integridad física).

Menor desaparecida: Irene (14 años), vecina de Talavera de la Reina, no regresó del instituto ayer.
Sus padres han encontrado conversaciones en las que un adulto, usuario «tajo_amigo_secreto», la citaba
para «pasar la noche juntos» y le pedía que no llevara el móvil. Existe riesgo inminente de agresión
sexual. La cuenta de la menor es «irene_patina_tlv» (víctima, no investigada).

Necesitamos con la máxima urgencia, del usuario «tajo_amigo_secreto»:
  - teléfono y correo asociados;
  - IP y fecha/hora de los últimos accesos (últimas 48 h);
  - cualquier dato de ubicación disponible.
No necesitamos, por ahora, el contenido de los mensajes.

Teniente Rocío VALDÉS-OKAFOR
Equipo Mujer-Menor (EMUME) — Unidad Técnica de Policía Judicial
C/ Príncipe de Vergara 246, 28016 Madrid — guardia 24 h: +34 91 555 46 17
''',cte='8bit')
lab('c13-es-guardia-civil-menor-desaparecida-8bit.eml','emergency','P0',['emergency','nonUs'],'Spain','emume.urgencias@guardiacivil.org',['tajo_amigo_secreto'],'es','emergency-foreign',
 '8bit UTF-8; Guardia Civil (guardiacivil.org, off a government suffix) missing 14-year-old with an adult, imminent risk of sexual assault; the girl\'s own account is the victim\'s, not a target; no content asked',
 forb=EMF+[NDO],fa=['+34915554617','irene_patina_tlv'])

txt('c14-es-epoc-juzgado-barcelona-mensajes-pdftext.txt','''
JUTJAT D'INSTRUCCIÓ NÚM. 7 DE BARCELONA                          Pàgina 1 de 2
ORDEN EUROPEA DE ENTREGA — CERTIFICADO (EPOC)
Reglamento (UE) 2023/1543, anexo I

A. Autoridad emisora: Juzgado de Instrucción n.º 7 de Barcelona — Magistrada-Jueza Dña. Núria
   FERRER-ADEYEMI. Diligencias previas 2210/2026.
   Dirección: Ciutat de la Justícia, Av. Gran Via de les Corts Catalanes 111, 08075 Barcelona
   Teléfono: +34 93 555 48 07   Correo: instruccio7.barcelona@xij.gencat.cat
B. Destinatario: establecimiento designado del proveedor en la Unión.
C. Plazo: [X] 10 días desde la recepción   [ ] urgencia (8 horas)
   Fecha de recepción: 23 de noviembre de 2026
D. Datos solicitados respecto de la cuenta «rambla_cripto_asesor»:
   [X] datos de abonados  [X] datos de tráfico (IP, fechas de acceso)
   [X] datos de contenido: mensajes directos enviados y recibidos, incluidos archivos adjun-
   tos, del 1 de agosto al 15 de noviembre de 2026
E. Delito: estafa agravada y blanqueo de capitales (arts. 250 y 301 CP), pena máxima superior a 3 años.
F. Información al usuario: [X] se solicita que el proveedor NO informe al afectado mientras dure
   el secreto de las actuaciones, acordado por un plazo de dos meses (art. 302 LECrim).
--------------------------------------------------------------------------------
EPOC DP 2210/2026                                                   CONFIDENCIAL
''')
lab('c14-es-epoc-juzgado-barcelona-mensajes-pdftext.txt','international','P2',['nonUs','contentRequested','nonDisclosureOrder'],'Spain','instruccio7.barcelona@xij.gencat.cat',['rambla_cripto_asesor'],'es','pdf-text',
 'PDF-extracted Spanish EPOC (Annex I) from a Barcelona investigating judge for DMs and attachments ("adjun-tos" hyphenated); no notice while the two-month secreto lasts; received Nov 23 + 10 days = Dec 3 (P2)',
 forb=EPOC+[NNE,DP],fa=['+34935554807'],deadline='2026-12-03')

txt('c15-es-fgr-mexico-solicitud-asistencia-en-tramite.txt','''
FISCALÍA GENERAL DE LA REPÚBLICA
Fiscalía Especializada de Asuntos Internacionales
Dirección General de Procedimientos Internacionales
Av. Paseo de la Reforma 211-213, Col. Cuauhtémoc, C.P. 06500, Ciudad de México
Tel. +52 55 5555 3618 — dgpi.asistencia@fgr.org.mx

Oficio: FGR/FEAI/DGPI/11874/2026               Ciudad de México, a 27 de noviembre de 2026
Carpeta de investigación: FED/SEIDO/UEIDMS-CDMX/0007412/2026

Asunto: Aviso de solicitud de asistencia jurídica en trámite y petición de conservación

A quien corresponda:

Por medio del presente le informo que esta Fiscalía ha remitido al Departamento de Justicia de los
Estados Unidos (Office of International Affairs), en términos del Tratado de Asistencia Jurídica
Mutua entre México y Estados Unidos, una solicitud de asistencia relativa a la cuenta
«sinaloa_envios_express», investigada por extorsión.

Mientras dicha solicitud se tramita, le solicito de manera respetuosa conservar la información de la
cuenta. No se pide la entrega de datos por esta vía; la entrega se realizará, en su caso, mediante la
orden que obtenga la autoridad estadounidense.

Atentamente,
Lic. Ernesto Carrillo-Nwosu, Agente del Ministerio Público de la Federación
''')
lab('c15-es-fgr-mexico-solicitud-asistencia-en-tramite.txt','international','P3',['nonUs'],'Mexico','dgpi.asistencia@fgr.org.mx',['sinaloa_envios_express'],'es','international',
 'Mexican federal prosecutor (fgr.org.mx, on .org.mx) announces an MLAT request sent via DOJ OIA and asks for preservation meanwhile; nothing disclosed by this letter; "extorsión" named, no emergency; no deadline',
 findings=[FDP],forb=[U,CRW,CLA,NDO,NNE,EBI,DP],fa=['+525555553618'])

txt('c16-es-fgjcdmx-aviso-ya-no-se-requiere.txt','''
De: Unidad de Investigación Cibernética <uic.enlace@fgjcdmx.gob.mx>
Enviado el: lunes, 30 de noviembre de 2026 18:05
Para: Law Enforcement Response
Asunto: RE: Solicitud UIC/2026/5512 — cuenta «coyoacan_rentas_cdmx» — YA NO SE REQUIERE

Buenas tardes:

Le informo que la persona investigada fue identificada por otros medios y se presentó
voluntariamente ante esta Fiscalía. Por ello, dejamos sin efecto nuestra solicitud UIC/2026/5512 del
10 de noviembre: no es necesario que entreguen información alguna ni que mantengan la conservación.

Agradezco su atención.

Mtra. Paola Hernández-Quaye
Agente del Ministerio Público, Fiscalía General de Justicia de la Ciudad de México
Tel. +52 55 5555 2090

-----Mensaje original-----
De: Unidad de Investigación Cibernética
Enviado el: martes, 10 de noviembre de 2026 12:40
Asunto: Solicitud UIC/2026/5512
> ... se solicita, con carácter URGENTE, proporcionar los datos de registro, direcciones IP y los
> mensajes enviados por la cuenta «coyoacan_rentas_cdmx» en un plazo de 48 horas ...
''')
lab('c16-es-fgjcdmx-aviso-ya-no-se-requiere.txt','other','P3',['nonUs'],'Mexico','uic.enlace@fgjcdmx.gob.mx',[],'es','hard-negative',
 'Mexico City prosecutor withdraws an earlier request (quoted below with its "URGENTE", message demand and 48-hour clock); nothing is requested now; preservation may be released',
 forb=NEG+[FDP,CLA],fa=['+525555552090'])

txt('c17-es-mpf-ufeci-datos-sin-contenido-10-dias-habiles.txt','''
MINISTERIO PÚBLICO FISCAL DE LA NACIÓN
Unidad Fiscal Especializada en Ciberdelincuencia (UFECI)
Sarmiento 663, 6.º piso, C1041AAM, Ciudad Autónoma de Buenos Aires — Tel. +54 11 5555 7140

Buenos Aires, 26 de noviembre de 2026
Expte. CFP 8871/2026 — "N.N. s/ defraudación por medios informáticos"

Señores proveedores:

Me dirijo a Uds. en el marco del expediente de referencia a fin de solicitarles que, dentro del
plazo de diez (10) días hábiles de recibida la presente, informen respecto de la cuenta
«palermo_inversiones_ok»: datos de registro, correo electrónico y teléfono vinculados, y registros
de IP de acceso entre el 01/09/2026 y el 20/11/2026. No se requiere el contenido de comunicaciones.

Se hace saber que, en caso de requerirse, se librará exhorto por vía de asistencia internacional.

Dr. Tomás Echeverría-Badu, Fiscal — ufeci.cooperacion@mpf.gob.ar
''')
lab('c17-es-mpf-ufeci-datos-sin-contenido-10-dias-habiles.txt','international',None,['nonUs'],'Argentina','ufeci.cooperacion@mpf.gob.ar',['palermo_inversiones_ok'],'es','international',
 'Argentine federal prosecutor\'s cybercrime unit direct request; non-content; "diez (10) días hábiles de recibida" runs from an unknown receipt (priority unscored)',
 findings=[FDP],forb=DIRECT+[NDO,NNE,DP],fa=['+541155557140'])

eml('c18-es-policia-ciudad-amenaza-tiroteo-html-qp.eml',[('From',('Policía de la Ciudad - Div. Delitos Tecnológicos','delitostecnologicos@policiadelaciudad.gob.ar')),('To','emergencias@provider.example.com'),('Subject','EMERGENCIA - amenaza de tiroteo en escuela secundaria hoy 13:00'),('Date','Tue, 01 Dec 2026 09:12:05 -0300')],'''
<html><body>
<p><b>SOLICITUD DE DIVULGACIÓN DE EMERGENCIA</b></p>
<p>A las 08:20 de hoy el usuario <b>«mataderos_silencio»</b> publicó una foto de un arma de fuego con
el texto «hoy a la 1 en la Escuela Técnica 35 se termina todo». El establecimiento tiene 900 alumnos.
Hay riesgo inminente de muerte o lesiones graves.</p>
<table border="1">
<tr><td>Datos requeridos</td><td>teléfono y correo de la cuenta; IP y puerto de las conexiones de las últimas 24 h; ubicación aproximada</td></tr>
<tr><td>Contenido</td><td>NO se solicita</td></tr>
<tr><td>Fiscalía interviniente</td><td>UFECI, fiscal de turno notificado</td></tr>
</table>
<p>Comisario Federico Ibarra-Mensah<br>Div. Delitos Tecnológicos, Av. Regimiento de Patricios 1142, CABA<br>
Guardia 24 h: +54 11 5555 4310</p>
</body></html>
''',html=True)
lab('c18-es-policia-ciudad-amenaza-tiroteo-html-qp.eml','emergency','P0',['emergency','nonUs'],'Argentina','delitostecnologicos@policiadelaciudad.gob.ar',['mataderos_silencio'],'es','emergency-foreign',
 'HTML-only quoted-printable; Buenos Aires city police: school shooting threat for 13:00 today with a photo of a gun; policiadelaciudad.gob.ar; content expressly not asked',
 forb=EMF+[NDO],fa=['+541155554310'])

txt('c19-es-fiscalia-colombia-mensajes-amenazas.txt','''
FISCALÍA GENERAL DE LA NACIÓN — COLOMBIA
Dirección Especializada contra los Delitos Informáticos
Av. Calle 24 n.º 52-01, Bogotá D.C. — Tel. +57 601 555 9021

Bogotá, 24 de noviembre de 2026                         Oficio DEDI-No. 20260811
NUNC 110016000050202612877

Respetados señores:

Dentro de la indagación por el delito de hostigamiento y amenazas (arts. 134B y 347 C.P.), en la que
la víctima —una concejala de Soacha— recibió mensajes intimidatorios en agosto (no hay indicios de un
ataque inminente), solicito se sirvan remitir, respecto del usuario «soacha_vigilante_57»:
  1. información de suscriptor y registros de IP (01/08/2026 – 31/10/2026);
  2. el contenido de los mensajes directos enviados por dicho usuario a la cuenta de la víctima, así
     como las fotografías adjuntas.
La presente solicitud cuenta con control previo del Juez de Control de Garantías de Bogotá.

Atentamente,
Fiscal Delegada Andrea Molina-Asante — andrea.molina@fiscalia.gov.co
''')
lab('c19-es-fiscalia-colombia-mensajes-amenazas.txt','international','P3',['nonUs','contentRequested'],'Colombia','andrea.molina@fiscalia.gov.co',['soacha_vigilante_57'],'es','international',
 'Colombian prosecutor direct request with a local judge\'s prior control, asking for DMs and attached photos (content); "amenazas" named, no imminent attack; direct foreign process cannot compel content from a U.S. provider; no deadline',
 findings=[FDP],forb=[U,CLA,PE,EBI,NDO,NNE,DP],fa=['+576015559021'])

txt('c20-es-pdi-chile-abonado-vence-4-diciembre.txt','''
POLICÍA DE INVESTIGACIONES DE CHILE
Brigada Investigadora del Cibercrimen Metropolitana (BRICIB)
General Mackenna 1314, Santiago — Fono +56 2 2555 8140 — bricib.metropolitana@investigaciones.cl

ORD. N.º 4412                                      Santiago, 27 de noviembre de 2026
RUC 2601187733-K — Fiscalía Regional Metropolitana Centro Norte

Solicitud de antecedentes de usuario

En virtud de la instrucción particular del fiscal adjunto, se solicita información de suscriptor y
registros de conexión (IP, fecha, hora) de la cuenta «providencia_trueque», investigada por estafas
reiteradas mediante venta de celulares inexistentes, período 01/10/2026 – 25/11/2026. No se pide
contenido. Se agradecerá respuesta a más tardar el 4 de diciembre de 2026, fecha de la audiencia de
formalización.

Subcomisario Matías Contreras-Obi
''')
lab('c20-es-pdi-chile-abonado-vence-4-diciembre.txt','international','P2',['nonUs'],'Chile','bricib.metropolitana@investigaciones.cl',['providencia_trueque'],'es','international',
 'Chilean PDI (investigaciones.cl, a national police on .cl) direct request for subscriber and IP records; non-content; reply by Dec 4 (P2)',
 findings=[FDP],forb=DIRECT+[EBI,NDO,NNE,DP],fa=['+56225558140'],deadline='2026-12-04')

eml('c21-es-carabineros-riesgo-suicida-mensajes-b64.eml',[('From',('Carabineros de Chile - OS9 Cibercrimen','os9.cibercrimen@carabineros.cl')),('To','lert@provider.example.com'),('Subject','Emergencia: adolescente con riesgo suicida inminente - solicitud de datos y mensajes'),('Date','Tue, 01 Dec 2026 13:31:44 -0300')],'''
Estimados:

Solicitamos divulgación de EMERGENCIA. Una adolescente de 16 años de Valparaíso dejó hoy a las 12:10
una carta de despedida y salió de su casa; su madre denunció que anunció que se quitaría la vida
esta tarde. Su cuenta es «cerro_alegre_lluvia». No se sabe dónde está; su teléfono está apagado.

Pedimos con urgencia:
 - últimas IP y horarios de conexión y cualquier dato de ubicación;
 - los mensajes directos enviados o recibidos por la cuenta en las últimas 12 horas, por si indicó
   a alguien el lugar al que se dirigía.
La madre, usuaria «mama_de_cata_vlp», nos dio su consentimiento; no es objeto de la solicitud.

Sargento 1.º Claudio Reyes-Boateng — Sección OS9, Valparaíso
Fono guardia +56 32 555 3390
''',cte='base64')
lab('c21-es-carabineros-riesgo-suicida-mensajes-b64.eml','emergency','P0',['emergency','nonUs','contentRequested'],'Chile','os9.cibercrimen@carabineros.cl',['cerro_alegre_lluvia'],'es','emergency-foreign',
 'base64; Carabineros: missing 16-year-old with a farewell letter, suicide announced for this afternoon; asks for the last 12 hours of DMs too (content in an emergency: reviewer decides, no warrant finding); the mother\'s account is not a target',
 forb=EMF+[NDO],fa=['+56325553390','mama_de_cata_vlp'])

txt('c22-es-victima-sextorsion-como-denunciar.txt','''
Asunto: Me están chantajeando con fotos, ¿qué hago?

Hola, soy Lucía Moreno Sanz, tengo 24 años y vivo en Zaragoza.
Un perfil llamado «ebro_admirador_zgz» me escribió pidiendo dinero; dice que tiene fotos mías y que
las publicará si no le pago 500 euros antes del viernes. Ya le bloqueé. No me ha amenazado con
hacerme daño físico, solo con publicarlas.

¿Cómo puedo denunciarlo en vuestra plataforma? ¿Me podéis decir quién es o dárselo a la policía?
Mañana voy a ir a la comisaría a poner la denuncia. Escribo yo misma, no tengo ningún documento.

Gracias. Lucía — lucia.moreno.sanz@example.es — 655 551 920
''')
lab('c22-es-victima-sextorsion-como-denunciar.txt','other','P3',['nonUs'],'Spain','lucia.moreno.sanz@example.es',[],'es','hard-negative',
 'adult sextortion victim in Spain writes as herself asking how to report; no danger to life; her Friday is the extortionist\'s deadline, not a legal one; no process; not suspicious',
 forb=NEG+[FDP,CLA,CCB],fa=['+34655551920'])

txt('c23-es-litigante-menor-cuantia-pide-mensajes.txt','''
De: Gustavo Pereyra <gpereyra.rosario@example.com.ar>
Fecha: 28/11/2026
Asunto: Pedido de información para juicio — Juzgado de Paz Letrado, Rosario

Señores:

Actúo por derecho propio en un juicio de menor cuantía ante el Juzgado de Paz Letrado de Rosario
(expte. 3301/2026) contra quien me vendió una moto que nunca entregó, usuario «funes_motos_usadas».
Necesito para el juicio:
  - nombre y DNI del titular de la cuenta;
  - copia de TODOS los mensajes que esa cuenta me envió y envió a otros compradores, y las fotos que
    publicó en privado.
Adjunto el oficio que firmé yo mismo. Les pido que contesten en 15 días.

Gustavo Pereyra — +54 341 555 7712
''')
lab('c23-es-litigante-menor-cuantia-pide-mensajes.txt','civil','P3',['nonUs','contentRequested'],'Argentina','gpereyra.rosario@example.com.ar',['funes_motos_usadas'],'es','civil',
 'pro-se Argentine small-claims litigant asks for a seller\'s identity and all his messages and private photos: content barred to private litigants; a letter he signed himself is no court order; 15 days is his own wish',
 findings=[CCB],forb=[U,NDO,NNE,CRW,EBI,FDP,CLA,PE,DP],fa=['+543415557712'])

txt('c24-es-fiscalia-malaga-archivo-solicitud-cumplida.txt','''
De: Fiscalía Provincial de Málaga — Sección de Criminalidad Informática <criminalidadinformatica.malaga@fiscal.es>
Para: Legal Response Team
Fecha: 27/11/2026 13:02
Asunto: Diligencias de investigación 412/2026 — información recibida, archivo

Estimados señores:

Les confirmamos la recepción de la información facilitada el 19 de noviembre sobre la cuenta
«costa_sol_alquileres». Con ella se ha identificado al autor y las diligencias se han remitido al
juzgado. No precisamos nada más; pueden dar por cerrada la solicitud. No existe orden que les impida
informar al usuario.

Un saludo,
Fiscal D.ª Carmen Olmedo-Diallo — Tel. +34 952 555 611
''')
lab('c24-es-fiscalia-malaga-archivo-solicitud-cumplida.txt','other','P3',['nonUs'],'Spain','criminalidadinformatica.malaga@fiscal.es',[],'es','hard-negative',
 'Malaga prosecutor confirms receipt and closes the request; nothing asked; expressly no order against notice',
 forb=NEG+[FDP,CLA],fa=['+34952555611'])
