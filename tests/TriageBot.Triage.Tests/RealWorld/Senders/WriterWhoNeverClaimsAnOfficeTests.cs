using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11 round 12: a private person tells of the police or the court they went to in words no list of
/// self-introductions foresees ("soy la tía de…", "ich habe bei der Polizei Anzeige gemacht", "ik loop bij de rechtbank").
/// A sender claims government authority only by the writer's own claim: a letter from an address that names no agency,
/// which never says its writer holds an office (no rank, no office in the signature, no agency at its head, no agency's
/// "we"), is neither foreign process nor a suspicious sender. The same letter signed with a rank stays suspicious.</summary>
public class WriterWhoNeverClaimsAnOfficeTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("De: Rosario Quintanilla <rquintanilla@example.com.ar>\nAsunto: cuenta que acosa a mi sobrina\n\nHola:\n\n" +
                "Soy la tía de una nena de 12 años de Rosario. La cuenta @rosario_fake_nena le manda mensajes todos los días. Fuimos a la " +
                "comisaría 5ª de la Policía de Santa Fe y nos tomaron la denuncia. ¿Pueden cerrar esa cuenta?\n\nSaludos,\nRosario Quintanilla\n")]
    [InlineData("Von: Henrike Abara <h.abara@example.de>\nBetreff: Betrug mit Konzertkarten\n\nGuten Abend,\n\n" +
                "der Nutzer @ticket_king_hh hat mir zwei Karten verkauft, die es nicht gibt. Bei der Polizei Hamburg liegt meine Sache " +
                "inzwischen unter dem Aktenzeichen 44-2026-7781. Können Sie mir seinen Namen nennen?\n\nDanke\nHenrike Abara\n")]
    [InlineData("Van: Pieter Dongelmans <p.dongelmans@example.nl>\nOnderwerp: berichten van mijn ex\n\nBeste mensen,\n\n" +
                "Er loopt een zaak bij de rechtbank Utrecht over de zorg voor onze zoon. De politie weet ervan. Kunt u mij de " +
                "berichten sturen die mijn ex vanaf @utrecht_mam_88 heeft verstuurd?\n\nGroet,\nPieter\n")]
    [InlineData("Da: Supporto Utenti – Ricette Facili <supporto@example.it>\nOggetto: domanda sulle vostre regole\n\nBuongiorno,\n\n" +
                "gestiamo un piccolo sito di ricette e vorremmo sapere se inoltrate anche alla Polizia Postale le segnalazioni " +
                "sugli abusi. È solo una domanda generale, non riguarda nessun utente.\n\nGrazie,\nMarta Veronesi\n")]
    public void A_private_person_who_never_claims_an_office_is_no_authority(string text)
    {
        var result = _engine.Triage(text);

        Assert.NotEqual(LegalProcessType.International, result.ProcessType);
        Assert.False(result.Flags.SuspiciousSender);
        Assert.DoesNotContain(result.Findings, f => f.Code is "UNVERIFIED_SENDER" or "FOREIGN_DIRECT_PROCESS");
    }

    [Theory]
    [InlineData("De: Rosario Quintanilla <rquintanilla@example.com.ar>\nAsunto: cuenta investigada\n\nBuenos días:\n\n" +
                "Les escribo por la cuenta @rosario_fake_nena, investigada por acoso a una menor. Solicito los datos del titular y " +
                "las direcciones IP de acceso.\n\nAtentamente,\nComisario Rosario Quintanilla\nPolicía de Santa Fe\n")]
    [InlineData("Van: Pieter Dongelmans <p.dongelmans@example.nl>\nOnderwerp: vordering gegevens\n\nGeachte heer/mevrouw,\n\n" +
                "In ons onderzoek naar bedreiging verzoek ik u de gegevens van @utrecht_mam_88 te verstrekken.\n\n" +
                "Met vriendelijke groet,\nP. Dongelmans\n")]
    public void The_same_address_with_an_office_claimed_stays_suspicious(string text)
    {
        var result = _engine.Triage(text);

        Assert.True(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void A_letterhead_above_the_greeting_is_the_writer_speaking_for_an_agency()
    {
        var result = _engine.Triage("""
            Van: Recherche Team <recherche.team@example.nl>
            Onderwerp: verzoek gegevens

            POLITIE EENHEID OOST-NEDERLAND
            Team Digitale Opsporing

            Geachte heer/mevrouw,

            Graag ontvangen wij de gebruikersgegevens en IP-adressen van het account @twente_handel_77 over oktober 2026.

            Met vriendelijke groet,
            J. Kamphuis
            """);

        Assert.True(result.Flags.SuspiciousSender);
    }
}
