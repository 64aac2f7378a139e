namespace TriageBot.Triage.Tests.RealWorld.Fields;

/// <summary>Issue 11 class 9, as a lawyer reads the letter: the agency's address from its signature block or a
/// sentence a PDF wrapped, the reference as the agency writes it (initials included), the date to answer by
/// counted from service or receipt, and the accounts a list or a quote names.</summary>
public class FieldsALawyerReadsOffTheLetterTests
{
    private readonly TriageEngine _engine = EngineFixture.Create();

    [Fact]
    public void An_address_in_a_wrapped_sentence_below_the_providers_name_is_the_agencys()
    {
        var result = _engine.Triage("""
            TO: Northwind Labs, Inc., Attn: Custodian of Records

            You are required to produce the records below at the Field Division, 1200 N. Cedar
            Bend Rd., Lubbock, TX 79401, on 12/30/2026 at 9:00 AM, for the user "plains_trader_806".
            """);

        Assert.Equal("1200 N. Cedar Bend Rd.", result.Fields.Address);
        Assert.Equal("Lubbock", result.Fields.City);
        Assert.Equal("79401", result.Fields.PostalCode);
    }

    [Fact]
    public void A_portuguese_signature_address_with_its_postcode_is_the_agencys()
    {
        var result = _engine.Triage("""
            Solicita-se a identificação do titular da conta «tejo_vendas_22».

            Inspetor Rui Campos-Baptista
            Polícia Judiciária
            Rua das Flores, 88, 4050-262 Porto
            Tel. +351 22 555 0190
            """);

        Assert.Equal("Rua das Flores, 88", result.Fields.Address);
        Assert.Equal("Porto", result.Fields.City);
        Assert.Equal("4050-262", result.Fields.PostalCode);
    }

    [Fact]
    public void A_quebec_city_line_with_the_province_in_brackets_is_read()
    {
        var result = _engine.Triage("""
            ORDONNANCE DE COMMUNICATION visant le compte « laval_revente_88 ».
            Correspondance : Section des crimes informatiques, 2250, boul. Industriel,
            Laval (Québec) H7S 2P5 - enqueteur@police.example.qc.ca - 450 555-0133
            """);

        Assert.Equal("2250, boul. Industriel", result.Fields.Address);
        Assert.Equal("Laval", result.Fields.City);
    }

    [Fact]
    public void A_belgian_signature_places_a_dutch_letter_in_belgium_and_a_report_number_is_not_its_phone()
    {
        var result = _engine.Triage("""
            Geachte,
            Het account "schelde_schim" dreigt vandaag een school in Antwerpen aan te vallen. Wij vragen onmiddellijk
            de registratiegegevens en IP-adressen.

            Hoofdinspecteur Jan Peeters-Mensah
            Federale Gerechtelijke Politie
            Lombardenvest 7, 2000 Antwerpen, België
            Permanentie 24/7: +32 3 555 12 40
            PV-nummer: AN.41.L2.019922/2026
            """);

        Assert.Equal("Belgium", result.Fields.Country);
        Assert.Equal("+3235551240", result.Fields.Phone);
        Assert.Equal("2000", result.Fields.PostalCode);
    }

    [Theory]
    [InlineData("Agency case: HCSO 26-CR-004417\nThe user \"bayou_runner_3\" posted a threat.", "HCSO 26-CR-004417")]
    [InlineData("Ons kenmerk: OB-ZZ-CC 2026-551902\nHet account \"polder_piet_1\" wordt bedreigd.", "OB-ZZ-CC 2026-551902")]
    [InlineData("Kenmerk: PL2100-2026-330187\nGegevens van het account \"dijk_dame_44\".", "PL2100-2026-330187")]
    [InlineData("Réf. PCN-2026-440912\nLe compte « lac_leman_33 » menace de se suicider.", "PCN-2026-440912")]
    [InlineData("Re:   Emergency request – missing hiker – MPD 26-CH-20931\nThe account \"mesa_trail_9\" posted last.", "26-CH-20931")]
    public void A_reference_keeps_the_agencys_initials_and_foreign_labels_are_read(string text, string expected)
    {
        Assert.Equal(expected, _engine.Triage(text).Fields.CaseReference);
    }

    [Theory]
    [InlineData("Notitienummer: GE.22.LL.550913/26\nHet account \"leie_lichtje_2\" wordt bedreigd.", "GE.22.LL.550913/26")]
    [InlineData("Zug, 30. November 2026 · Geschäfts-Nr. ZGP-26-220418\nDas Konto \"zuger_see_44\" droht mit Suizid.", "ZGP-26-220418")]
    [InlineData("GZ: LPD-S-LKA-2026/33817\nDas Konto \"salzach_surfer_5\" betreffend.", "LPD-S-LKA-2026/33817")]
    [InlineData("Ofício n.º 2291/2026 – Delegacia de Santos\nDados da conta «praia_grande_bazar».", "2291/2026")]
    [InlineData("Carpeta Fiscal N.º 8830-2026          Arequipa, 26 de noviembre de 2026\nLa cuenta \"misti_ventas_7\".", "8830-2026")]
    [InlineData("Prot. CC-NPT-2026-0091\nAccount «trullo_turismo_srl».", "CC-NPT-2026-0091")]
    [InlineData("PV n° 2026/118203 – OFAC\nLe compte « garonne_gadget_31 ».", "2026/118203")]
    [InlineData("Dossier : 705-SQ-2210-118\nLe compte « sherbrooke_vente_8 ».", "705-SQ-2210-118")]
    [InlineData("HARBOR CITY POLICE — Cyber Unit\n\nHCPD-2026-CC-11820\n\nThe account \"dock_side_9\" is the subject.", "HCPD-2026-CC-11820")]
    public void A_file_number_under_the_labels_of_other_languages_or_alone_under_a_letterhead_is_the_reference(string text, string expected)
    {
        Assert.Equal(expected, _engine.Triage(text).Fields.CaseReference);
    }

    [Fact]
    public void The_officers_address_is_preferred_to_the_courts_caption_address()
    {
        var result = _engine.Triage("""
            SUPERIOR COURT OF CALIFORNIA, COUNTY OF TULARE
            221 S. Mooney Blvd., Visalia, CA 93291

            SUBPOENA DUCES TECUM for subscriber records of "sequoia_swap_559".

            Investigator: Det. Rosa Ibarra-Quist, Tulare County Sheriff's Office
            2404 W. Burrel Ave., Visalia, CA 93291 | (559) 555-0141
            """);

        Assert.StartsWith("2404 W. Burrel Ave", result.Fields.Address);
    }

    [Fact]
    public void A_state_and_zip_wrapped_onto_the_next_line_keep_the_city_and_street_above()
    {
        var result = _engine.Triage("""
            Return to: Det. Lena Okafor-Strand, Elko County Sheriff's Office, 775 W. Silver St., Elko,
            NV 89801 · lokafor-strand@elkocountynv.gov · (775) 555-0166
            Records for the account "ruby_mtn_rider".
            """);

        Assert.Equal("775 W. Silver St.", result.Fields.Address);
        Assert.Equal("Elko", result.Fields.City);
        Assert.Equal("89801", result.Fields.PostalCode);
    }

    [Fact]
    public void A_uk_letterhead_line_with_a_phone_after_the_postcode_is_read()
    {
        var result = _engine.Triage("""
            Dorset Police — Cyber Crime Unit
            Force Headquarters, Winfrith Road, Dorchester, Dorset DT2 8DZ · 01305 555 120

            Please provide subscriber details for the account "jurassic_coast_kit".
            """);

        Assert.Contains("Winfrith Road", result.Fields.Address);
        Assert.Equal("DT2 8DZ", result.Fields.PostalCode);
    }

    [Fact]
    public void Italian_and_brazilian_letterhead_addresses_with_a_phone_or_a_cep_on_the_line_are_read()
    {
        var italian = _engine.Triage("""
            PROCURA DELLA REPUBBLICA presso il Tribunale di Lecco
            Corso Promessi Sposi 12, 23900 Lecco (LC) – centralino +39 0341 555 010
            Si chiedono i dati dell'account «lario_noleggi_srl».
            """);
        Assert.Equal("Corso Promessi Sposi 12", italian.Fields.Address);
        Assert.Equal("23900", italian.Fields.PostalCode);

        var brazilian = _engine.Triage("""
            PODER JUDICIÁRIO DO ESTADO DE GOIÁS
            Av. Goiás, 420, Setor Central, Goiânia/GO – CEP 74005-010
            Determino o fornecimento dos dados da conta «cerrado_celulares».
            """);
        Assert.Contains("Av. Goiás, 420", brazilian.Fields.Address);
        Assert.Equal("74005-010", brazilian.Fields.PostalCode);
    }

    [Fact]
    public void A_count_of_days_from_service_runs_from_the_stated_service_date()
    {
        var result = _engine.Triage("""
            ORDER. [Provider] shall produce, within twenty-one (21) days of service of this Order, subscriber records
            for the account "river_quay_loans" (user ID 40099812231). No content is ordered.
            SO ORDERED this 2nd day of November, 2026.

            RETURN OF SERVICE: Served on [Provider] via its law-enforcement portal on November 9, 2026.
            """);

        Assert.Equal(new DateOnly(2026, 11, 30), result.Fields.ResponseDeadline);
        Assert.Contains(result.Evidence, e => e.About == "responseDeadline" && e.Reason.Contains("2026-11-09"));
    }

    [Fact]
    public void A_count_from_receipt_with_no_date_of_receipt_says_it_was_counted_from_the_day_the_request_came_in()
    {
        var result = _engine.Triage("""
            Termine: 10 giorni dal ricevimento.
            Account: «navigli_noleggi_srl» – dati di iscrizione e log IP.
            """);

        Assert.NotNull(result.Fields.ResponseDeadline);
        Assert.Contains(result.Evidence, e => e.About == "responseDeadline" && e.Reason.Contains("came in"));
    }

    [Fact]
    public void A_date_with_hyphens_and_a_date_a_pdf_line_break_split_are_read()
    {
        var received = _engine.Triage("""
            C. Termijn: 10 dagen na ontvangst
            E. Account: 'kade_koerier_12'
            Dagtekening 20-11-2026 – ontvangen 23-11-2026
            """);
        Assert.Equal(new DateOnly(2026, 12, 3), received.Fields.ResponseDeadline);

        var split = _engine.Triage("""
            Sez. C  Termine: 10 giorni dal ricevimento (trasmesso via PEC il 18/
                    11/2026)
            Sez. E  Account: «laguna_trasporti_srl»
            """);
        Assert.Equal(new DateOnly(2026, 11, 28), split.Fields.ResponseDeadline);
    }

    [Fact]
    public void Handles_listed_under_a_lead_in_about_accounts_are_targets_without_quotes_or_underscores()
    {
        var result = _engine.Triage("""
            Please preserve all subscriber, log-in and content
            records for:

               •   harbor.fuel.billing     (registered e-mail billing@example.net)
               •   dockside-pay-desk       (registered phone +1 757 555 0144)
               2.  tidewater_invoices

            for 90 days.
            """);

        Assert.Contains(result.Fields.Accounts, a => a.Value == "@harbor.fuel.billing");
        Assert.Contains(result.Fields.Accounts, a => a.Value == "@dockside-pay-desk");
        Assert.Contains(result.Fields.Accounts, a => a.Value == "@tidewater_invoices");
    }

    [Fact]
    public void Single_quoted_and_french_spaced_handles_next_to_account_words_are_targets()
    {
        var result = _engine.Triage("""
            E. Account: 'duin_vogel_07' (gebruikers-ID 5530918842), periode 01-09-2026 t/m 20-11-2026
            J'ai besoin des informations sur le compte « camille.bzh.56 » immédiatement.
            account name  mistral.relay.desk
            """);

        Assert.Contains(result.Fields.Accounts, a => a.Value == "@duin_vogel_07");
        Assert.Contains(result.Fields.Accounts, a => a.Value == "@camille.bzh.56");
        Assert.Contains(result.Fields.Accounts, a => a.Value == "@mistral.relay.desk");
    }

    [Fact]
    public void A_list_of_kinds_of_data_is_not_taken_for_handles()
    {
        var result = _engine.Triage("""
            Please provide for the account "gulf_coast_9":
              - e-mail
              - log-in history
              - sign-in IP addresses
            """);

        Assert.DoesNotContain(result.Fields.Accounts, a => a.Value is "@e-mail" or "@log-in" or "@sign-in");
    }
}
