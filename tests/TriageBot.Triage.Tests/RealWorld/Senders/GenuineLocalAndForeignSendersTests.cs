namespace TriageBot.Triage.Tests.RealWorld.Senders;

/// <summary>Issue 11 class 5, as the fourth blind set showed it: county agencies on domains built from their
/// initials or with "sao"/"dao", a reply whose quoted part is the provider's own earlier answer, regional court
/// domains abroad and counsel writing in French or Spanish are genuine senders; free mail and look-alikes stay
/// suspicious.</summary>
public class GenuineLocalAndForeignSendersTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    private const string Subpoena =
        "Subject: Subpoena duces tecum\n\nYou are commanded to produce subscriber records and login IP history for the user \"quarry_fox_77\" " +
        "by 14 December 2026.\n\n";

    [Fact]
    public void A_county_agency_on_a_domain_spelled_from_its_initials_is_not_suspicious()
    {
        var result = _engine.Triage($"From: Deputy Ana Kline <akline@hrcso.us>\n{Subpoena}Deputy Ana Kline\nHarlan Ridge County Sheriff's Office\n");

        Assert.False(result.Flags.SuspiciousSender);
        // Not proof either: the note to confirm the unlisted domain stays.
        Assert.Contains(result.Findings, f => f.Code == "SENDER_DOMAIN_UNLISTED");
    }

    [Fact]
    public void Initials_that_spell_no_agency_named_in_the_text_prove_nothing()
    {
        var result = _engine.Triage($"From: Det. Ana Kline <akline@hrcso.us>\n{Subpoena}Det. Ana Kline\nPine Valley Police Department\n");

        Assert.True(result.Flags.SuspiciousSender);
    }

    [Theory]
    [InlineData("asa.moreno@lakeshorecountysao.org", "Lakeshore County State's Attorney's Office")]
    [InlineData("inv.moreno@mesacountydao.org", "Mesa County District Attorney's Office")]
    public void A_prosecutors_office_on_its_county_domain_is_not_suspicious(string address, string office)
    {
        var result = _engine.Triage($"From: R. Moreno <{address}>\n{Subpoena}R. Moreno\n{office}\n");

        Assert.False(result.Flags.SuspiciousSender, address);
        Assert.DoesNotContain(result.Findings, f => f.Code == "UNVERIFIED_SENDER");
    }

    [Theory]
    [InlineData("hrcso.sheriff@gmail.com")]
    [InlineData("akline@hrcso-gov.us")]
    public void Free_mail_and_look_alikes_stay_suspicious_whatever_agency_they_name(string address)
    {
        var result = _engine.Triage($"From: Deputy Ana Kline <{address}>\n{Subpoena}Deputy Ana Kline\nHarlan Ridge County Sheriff's Office\n");

        Assert.True(result.Flags.SuspiciousSender, address);
    }

    [Fact]
    public void In_a_reply_the_sender_is_the_writer_on_top_not_the_provider_quoted_below()
    {
        var text =
            "From: Inv. Carla Ruiz <cruiz@harriscountytx.gov>\nSubject: RE: Your preservation reference PR-55120\n\n" +
            "Good afternoon,\n\nUnder 18 U.S.C. 2703(f)(2) the Harris County District Attorney's Office asks for a second 90-day period " +
            "for the preservation below; the first one ends on 9 December 2026 and a warrant is being drafted.\n\nAccount: bayou_resale_king\n\n" +
            "Carla Ruiz\nInvestigator, Harris County District Attorney's Office\n\n" +
            "-----Original Message-----\nFrom: Legal Response Team <legal-response@provider-legal.example>\nSent: Monday, September 7, 2026 10:12 AM\n" +
            "To: Ruiz, Carla\nSubject: Your preservation reference PR-55120\n\nThe account bayou_resale_king has been preserved for 90 days.\n";

        var result = _engine.Triage(text);

        Assert.Equal("cruiz@harriscountytx.gov", result.Fields.Email);
        Assert.False(result.Flags.SuspiciousSender);
    }

    [Theory]
    [InlineData("juzgado3.alicante@justicia.gva.es")]
    [InlineData("xulgado2.vigo@xustiza.xunta.gal")]
    [InlineData("prot.procura.bari@giustiziacert.it")]
    public void Regional_court_and_judicial_mail_domains_abroad_are_not_suspicious(string address)
    {
        var text = "ANNEX I – EUROPEAN PRODUCTION ORDER CERTIFICATE (EPOC)\nSection A – Issuing authority: investigating court\n" +
                   $"E-mail: {address}\nSection D – Data requested: subscriber data of the account \"costa_blanca_99\".\n";

        var result = _engine.Triage(text);

        Assert.False(result.Flags.SuspiciousSender, address);
    }

    [Theory]
    [InlineData("CABINET LEROUX-ADJOVI\ncontact@leroux-avocats.example\n\nNous intervenons pour la société Atelier Brisemur, titulaire de la marque « BRISEMUR ». " +
                "Le compte « brisemur_outlet » vend des contrefaçons ; nous vous demandons de retirer ces annonces.\n\nMe Hélène Leroux, avocate au barreau de Lyon\n")]
    [InlineData("DESPACHO GARRIDO\ncorreo: info@garrido-abogados.example\n\nComo abogada colegiada del Ilustre Colegio de Madrid, solicito la retirada de las fotografías " +
                "publicadas sin autorización por la cuenta «rastro_fotos».\n\nLeticia Garrido, abogada colegiada n.º 55.210\n")]
    public void Counsel_writing_for_a_client_abroad_is_not_suspicious(string text)
    {
        var result = _engine.Triage(text);

        Assert.False(result.Flags.SuspiciousSender);
        Assert.DoesNotContain(result.Findings, f => f.Code is "UNVERIFIED_SENDER" or "FOREIGN_DIRECT_PROCESS");
    }
}
