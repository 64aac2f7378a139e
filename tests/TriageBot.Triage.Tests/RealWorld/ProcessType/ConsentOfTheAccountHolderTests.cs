using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests.RealWorld.ProcessType;

/// <summary>Issue 11 round 16: the account holder's signed consent to disclosure, forwarded by the holder's lawyer, an
/// insurer or the police, makes a consent-based request (DOMAIN: type other), in the seven languages read; a lawyer's
/// letterhead does not make it civil process, and no content bar applies to the holder's own messages. Consent named
/// only as missing, or in a civil subpoena served on a party, changes nothing.</summary>
public class ConsentOfTheAccountHolderTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Theory]
    [InlineData("MORROW & QUAYLE LLP\nRe: our client's account \"dune_rider_77\"\n\nWe represent the account holder. Enclosed is his signed and notarized consent authorizing you to disclose to this firm all messages he sent and received in May 2026.\n\nAlan Morrow, Esq.")]
    [InlineData("DESPACHO ROBLES & IRIARTE ABOGADOS\n\nActúo como letrada de la titular de la cuenta «sol_de_triana», en un procedimiento laboral. Con el consentimiento firmado de la titular (adjunto), les solicitamos los mensajes privados que envió en marzo de 2026.\n\nColegiada ICAM n.º 11.222")]
    [InlineData("SOUSA & PINTO ADVOGADOS\n\nNa qualidade de advogados do titular da conta \"lapa_surfista\", conforme procuração anexa, e com base no consentimento expresso do titular (termo de consentimento anexo), solicitamos cópia das conversas privadas de maio de 2026.\n\nDra. Ana Sousa - OAB/SP 111.222")]
    [InlineData("STUDIO LEGALE FERRI\n\nScrivo quale difensore del titolare dell'account «navigli_marco». Con il consenso espresso e sottoscritto dal titolare (allegato), Vi chiedo di trasmettermi le chat dell'account di giugno 2026.\n\nAvv. Laura Ferri")]
    [InlineData("CABINET D'AVOCATS MERCIER\n\nNous représentons la titulaire du compte « lyon_pastel ». Avec son consentement écrit (joint), nous vous demandons la copie des messages qu'elle a envoyés en avril 2026.\n\nMe Claire Mercier, avocate au barreau de Lyon")]
    [InlineData("KANZLEI BRANDT\n\nWir vertreten den Inhaber des Kontos „elbe_kapitaen“. Mit seiner schriftlichen Einwilligung (anbei) bitten wir um Herausgabe seiner Nachrichten aus dem Mai 2026.\n\nRechtsanwältin Eva Brandt")]
    [InlineData("ADVOCATENKANTOOR DE VRIES\n\nWij treden op voor de houder van het account \"grachten_gerrit\". Met zijn schriftelijke toestemming (bijgevoegd) vragen wij u om een kopie van zijn berichten van mei 2026.\n\nmr. J. de Vries, advocaat")]
    public void Counsel_forwarding_the_holders_signed_consent_is_a_consent_based_request(string text)
    {
        var result = _engine.Triage(text);

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code == "CIVIL_CONTENT_BARRED");
    }

    [Fact]
    public void A_user_asking_for_their_own_account_abroad_is_no_foreign_process()
    {
        var result = _engine.Triage("Asunto: Autorización y solicitud de información de mi propia cuenta\n\nYo, titular de la cuenta «cantaro_azul», presenté una denuncia ante la Fiscalía porque alguien entró a mi cuenta. Solicito que se entregue a mi abogado el historial de inicios de sesión de octubre de 2026.\n\nGuadalajara, Jalisco");

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.DoesNotContain(result.Findings, f => f.Code == "FOREIGN_DIRECT_PROCESS");
    }

    [Fact]
    public void An_insurer_writing_for_its_insured_on_a_signed_authorization_is_not_a_suspicious_sender()
    {
        var result = _engine.Triage("From: Dana Reyes <dreyes@example.com>\nSubject: Claim 55-1212\n\nOur insured, the holder of the account \"harbor_baker_9\", signed the enclosed Authorization for Release of Account Information. Please release the login IP addresses for June 2026.\n\nDana Reyes\nSenior Investigator, Special Investigations Unit\nBayline Mutual Insurance Company");

        Assert.Equal(LegalProcessType.Other, result.ProcessType);
        Assert.False(result.Flags.SuspiciousSender);
    }

    [Fact]
    public void A_civil_subpoena_that_notes_consent_is_missing_stays_civil()
    {
        var result = _engine.Triage("SUBPOENA TO PRODUCE DOCUMENTS (Fed. R. Civ. P. 45)\nCounsel for Plaintiff, Harlow & Finch LLP\n\nProduce the subscriber records of \"gravel_king\". The defendant has given no written consent to the disclosure of his messages.\n");

        Assert.Equal(LegalProcessType.Civil, result.ProcessType);
    }
}
