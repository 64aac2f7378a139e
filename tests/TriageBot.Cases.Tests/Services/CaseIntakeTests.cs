using TriageBot.Cases.Model;
using TriageBot.Cases.Workflow;
using TriageBot.Triage;
using TriageBot.Triage.Model;

namespace TriageBot.Cases.Tests.Services;

public sealed class CaseIntakeTests : IDisposable
{
    private const string Subpoena = """
        UNITED STATES DISTRICT COURT FOR THE DISTRICT OF MASSACHUSETTS
        SUBPOENA TO TESTIFY BEFORE A GRAND JURY
        YOU ARE COMMANDED to produce the records described in Attachment A.
        Grand Jury No. 26-GJ-0311
        AUSA Rebecca T. Lindqvist, United States Attorney's Office, 1 Courthouse Way,
        Suite 9200, Boston, MA 02210 | rebecca.lindqvist@usdoj.gov | (617) 555-0148
        This subpoena is issued pursuant to 18 U.S.C. 2703(c)(2) for the account
        username @harborlight_77 (https://chat.northwind-labs.com/u/harborlight_77).
        Produce subscriber name, addresses, session times and IP addresses.
        """;

    private readonly CaseServicesFixture _desk = new();

    public void Dispose() => _desk.Dispose();

    [Fact]
    public async Task A_request_read_by_the_engine_opens_a_triaged_case_with_its_requester_and_triage_json()
    {
        var engine = new TriageEngine(new TriagePolicy { OwnDomains = ["northwind-labs.com"] }, _desk.Time);
        var result = engine.Triage(Subpoena);

        var outcome = await _desk.Intake.OpenAsync(new CaseSubmission(result, Subpoena, "subpoena.txt", ["subpoena.pdf"], "teams", "eli"));

        var opened = Assert.IsType<IntakeOutcome.Opened>(outcome).Case;
        Assert.Equal("LE-2026-00001", opened.Id);
        Assert.Equal(CaseStatus.Triaged, opened.Status);
        Assert.Equal(LegalProcessType.Subpoena, opened.ProcessType);
        Assert.Equal("rebecca.lindqvist@usdoj.gov", opened.Requester.Email);
        Assert.Equal(result.Fields.Accounts.Count, opened.AccountsSpecified);
        Assert.Equal(["subpoena.pdf"], opened.AttachmentNames);
        Assert.Equal(("teams", "eli"), (opened.SourceChannel, opened.SubmittedBy));
        Assert.Contains("\"file\": \"subpoena.txt\"", opened.TriageJson);
        Assert.Contains("\"processType\": \"subpoena\"", opened.TriageJson);
        Assert.Equal(CaseIntake.ContentHashOf(Subpoena), opened.ContentHash);
        Assert.Equal(_desk.Now, opened.ReceivedAt);
        Assert.Equal("opened", Assert.Single(await _desk.AuditAsync(opened.Id)).Action);
    }

    [Fact]
    public async Task A_follow_up_naming_our_case_number_is_added_to_that_case_instead_of_opening_a_new_one()
    {
        var engine = new TriageEngine(new TriagePolicy { OwnDomains = ["northwind-labs.com"] }, _desk.Time);
        var first = Assert.IsType<IntakeOutcome.Opened>(await _desk.Intake.OpenAsync(new CaseSubmission(engine.Triage(Subpoena), Subpoena, "subpoena.txt", [], "teams", "eli"))).Case;
        var followUp = $"""
            From: Paul Okafor <paul.okafor@usdoj.gov>
            Subject: Second request - your reference {first.Id}

            Further to our subpoena for the account @harborlight_77, we have not yet received the records.
            Please produce them by December 15. Paul Okafor, paralegal, (617) 555-0177.
            """;

        var outcome = await _desk.Intake.OpenAsync(new CaseSubmission(engine.Triage(followUp), followUp, "chat paste", [], "teams", "eli"));

        var linked = Assert.IsType<IntakeOutcome.Duplicate>(outcome);
        Assert.Equal(first.Id, linked.Existing.Id);
        Assert.StartsWith($"A follow-up on {first.Id}", linked.Message);
        var audit = await _desk.AuditAsync(first.Id);
        Assert.Contains(audit, e => e.Action == CaseAudit.FollowUpReceived);
        Assert.Contains(audit, e => e.Action == CaseAudit.Note && e.NewValue!.Contains("we have not yet received the records"));
        Assert.Null(await _desk.Store.GetAsync("LE-2026-00002"));
    }

    [Fact]
    public async Task A_new_request_that_names_a_case_number_without_following_up_on_it_opens_its_own_case()
    {
        var engine = new TriageEngine(new TriagePolicy { OwnDomains = ["northwind-labs.com"] }, _desk.Time);
        var first = Assert.IsType<IntakeOutcome.Opened>(await _desk.Intake.OpenAsync(new CaseSubmission(engine.Triage(Subpoena), Subpoena, "subpoena.txt", [], "teams", "eli"))).Case;
        var other = Subpoena.Replace("harborlight_77", "quietfern_12").Replace("26-GJ-0311", "26-GJ-0412")
            + $"\nA related production was made under {first.Id}.";

        var outcome = await _desk.Intake.OpenAsync(new CaseSubmission(engine.Triage(other), other, "chat paste", [], "teams", "eli"));

        Assert.Equal("LE-2026-00002", Assert.IsType<IntakeOutcome.Opened>(outcome).Case.Id);
    }

    [Fact]
    public void Content_hash_is_sha256_of_the_lower_cased_text_with_whitespace_collapsed()
    {
        const string helloWorld = "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9";

        Assert.Equal(helloWorld, CaseIntake.ContentHashOf("hello world"));
        Assert.Equal(helloWorld, CaseIntake.ContentHashOf("  Hello \r\n\t  WORLD \n"));
    }

    [Fact]
    public async Task Flags_reference_and_raised_flags_are_copied_from_the_triage()
    {
        var result = Requests.Result(LegalProcessType.SearchWarrant, Priority.P1,
            Requests.NoFlags with { Ncmec = true, ContentRequested = true },
            new RequestFields
            {
                AgencyName = "ICAC Task Force", ContactPerson = "Det. Ruiz", Email = "Ruiz@ICAC.gov", Phone = "+16175550100",
                Country = "United States", CaseReference = "ICAC-2026-77A",
                Accounts = [new AccountIdentifier(AccountKind.Username, "a"), new AccountIdentifier(AccountKind.Email, "b@example.com")],
            });

        var opened = Assert.IsType<IntakeOutcome.Opened>(await _desk.Intake.OpenAsync(Requests.Submission(result))).Case;

        Assert.Equal(["ncmec", "contentRequested"], opened.Flags);
        Assert.Equal(Priority.P1, opened.Priority);
        Assert.Equal("icac-2026-77a", opened.AgencyReference);
        Assert.Equal(2, opened.AccountsSpecified);
        Assert.Equal(new Requester { Agency = "ICAC Task Force", Contact = "Det. Ruiz", Email = "ruiz@icac.gov", Phone = "+16175550100", Country = "United States" }, opened.Requester);
    }

    [Theory]
    [InlineData(Priority.P0, 0.25)]
    [InlineData(Priority.P1, 4)]
    [InlineData(Priority.P2, 24)]
    [InlineData(Priority.P3, 120)]
    public async Task Due_time_is_the_sla_of_the_priority_counted_from_receipt(Priority priority, double hours)
    {
        var received = _desk.Now.AddHours(-1);

        var opened = Assert.IsType<IntakeOutcome.Opened>(await _desk.Intake.OpenAsync(Requests.Submission(Requests.Result(priority: priority), receivedAt: received))).Case;

        Assert.Equal(received.AddHours(hours), opened.DueAt);
        Assert.Null(opened.LegalDeadline);
    }

    [Fact]
    public async Task A_legal_deadline_earlier_than_the_sla_is_the_due_time_at_the_end_of_that_day_utc()
    {
        var fields = new RequestFields { Email = "agent@fbi.gov", ResponseDeadline = new DateOnly(2026, 3, 3) };

        var opened = Assert.IsType<IntakeOutcome.Opened>(await _desk.Intake.OpenAsync(Requests.Submission(Requests.Result(priority: Priority.P3, fields: fields)))).Case;

        var endOfMarch3 = new DateTime(2026, 3, 3, 23, 59, 59, DateTimeKind.Utc);
        Assert.Equal(endOfMarch3, opened.LegalDeadline);
        Assert.Equal(endOfMarch3, opened.DueAt);
    }

    [Theory]
    [InlineData("Europe/Berlin", "2026-03-10T22:59:59Z")]      // UTC+1: the day ends an hour before UTC's
    [InlineData("America/New_York", "2026-03-11T03:59:59Z")]   // UTC-4 after the US clock change on 8 March
    public async Task A_legal_deadline_and_a_gag_run_to_the_end_of_that_day_in_the_team_s_zone_and_show_on_that_day(string zone, string end)
    {
        _desk.Options.TimeZone = zone;
        var fields = new RequestFields { Email = "agent@fbi.gov", ResponseDeadline = new DateOnly(2026, 3, 10), NonDisclosureUntil = new DateOnly(2026, 3, 10) };

        var opened = Assert.IsType<IntakeOutcome.Opened>(await _desk.Intake.OpenAsync(Requests.Submission(Requests.Result(priority: Priority.P3, fields: fields)))).Case;

        var expected = DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        Assert.Equal(expected, opened.LegalDeadline);
        Assert.Equal(expected, opened.NonDisclosureUntil);
        Assert.Equal("Tue 10 Mar 2026", TriageBot.Cases.Workflow.TeamClock.For(_desk.Options).Day(opened.LegalDeadline!.Value));
    }

    [Fact]
    public async Task A_legal_deadline_later_than_the_sla_leaves_the_sla_due_time()
    {
        var fields = new RequestFields { Email = "agent@fbi.gov", ResponseDeadline = new DateOnly(2026, 4, 30) };

        var opened = Assert.IsType<IntakeOutcome.Opened>(await _desk.Intake.OpenAsync(Requests.Submission(Requests.Result(priority: Priority.P1, fields: fields)))).Case;

        Assert.Equal(_desk.Now.AddHours(4), opened.DueAt);
        Assert.Equal(new DateTime(2026, 4, 30, 23, 59, 59, DateTimeKind.Utc), opened.LegalDeadline);
    }

    [Fact]
    public async Task A_preservation_letter_that_bears_no_date_is_held_90_days_from_receipt_through_the_last_day()
    {
        var opened = Assert.IsType<IntakeOutcome.Opened>(await _desk.Intake.OpenAsync(Requests.Submission(Requests.Result(LegalProcessType.Preservation)))).Case;

        Assert.Equal(new DateTime(2026, 5, 31, 23, 59, 59, DateTimeKind.Utc), opened.PreservationExpiresAt); // 2026-03-02 + 90 days
        Assert.Null(opened.PreservationExtendedAt);
    }

    [Fact]
    public async Task A_preservation_letter_is_held_from_the_date_it_bears_not_from_when_the_case_was_opened()
    {
        var dated = Requests.Result(LegalProcessType.Preservation) with { RequestDate = new DateOnly(2026, 2, 18) };
        var future = Requests.Result(LegalProcessType.Preservation) with { RequestDate = new DateOnly(2026, 3, 9) };

        var forwardedLate = Assert.IsType<IntakeOutcome.Opened>(await _desk.Intake.OpenAsync(Requests.Submission(dated))).Case;
        var misdated = Assert.IsType<IntakeOutcome.Opened>(await _desk.Intake.OpenAsync(Requests.Submission(future, "Please preserve @lanternfish."))).Case;

        Assert.Equal(new DateTime(2026, 5, 19, 23, 59, 59, DateTimeKind.Utc), forwardedLate.PreservationExpiresAt);
        Assert.Equal(new DateTime(2026, 5, 31, 23, 59, 59, DateTimeKind.Utc), misdated.PreservationExpiresAt);   // a date after receipt counts from receipt
    }

    [Fact]
    public async Task The_hold_on_the_case_ends_the_day_the_triage_finding_says()
    {
        // Forwarded twelve days after the agency sent it: the finding and the case once said 2027-02-16 and 2027-02-28.
        const string text =
            "---------- Forwarded message ---------\n" +
            "From: Det. Sam Ortiz <sortiz@boisepd.gov>\n" +
            "Date: Wed, Nov 18, 2026 at 10:06 AM\n" +
            "Subject: Preservation request under 18 U.S.C. 2703(f)\n\n" +
            "The Boise Police Department requests that you preserve all records and other evidence in your possession " +
            "for the account @lanternfish pending the issuance of legal process, pursuant to 18 U.S.C. 2703(f), for 90 days.\n" +
            "Det. Sam Ortiz, Boise Police Department, sortiz@boisepd.gov, 208-555-0142";
        _desk.Time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero));
        var result = new TriageBot.Triage.TriageEngine(new TriageBot.Triage.TriagePolicy(), _desk.Time).Triage(text);

        var opened = Assert.IsType<IntakeOutcome.Opened>(await _desk.Intake.OpenAsync(Requests.Submission(result, text))).Case;

        var finding = Assert.Single(result.Findings, f => f.Code == "PRESERVATION_EXPIRY");
        Assert.Contains("until 2027-02-16", finding.Message);
        Assert.Equal(new DateTime(2027, 2, 16, 23, 59, 59, DateTimeKind.Utc), opened.PreservationExpiresAt);
    }

    [Fact]
    public async Task A_preservation_linked_to_ncmec_is_held_a_year_under_the_report_act()
    {
        var result = Requests.Result(LegalProcessType.Preservation, Priority.P1, Requests.NoFlags with { Ncmec = true });

        var opened = Assert.IsType<IntakeOutcome.Opened>(await _desk.Intake.OpenAsync(Requests.Submission(result))).Case;

        Assert.Equal(new DateTime(2027, 3, 2, 23, 59, 59, DateTimeKind.Utc), opened.PreservationExpiresAt);
    }

    [Fact]
    public async Task Requests_other_than_preservation_have_no_hold()
    {
        var result = Requests.Result(LegalProcessType.SearchWarrant, Priority.P1, Requests.NoFlags with { Ncmec = true });

        var opened = Assert.IsType<IntakeOutcome.Opened>(await _desk.Intake.OpenAsync(Requests.Submission(result))).Case;

        Assert.Null(opened.PreservationExpiresAt);
    }

    [Fact]
    public async Task A_non_disclosure_order_lasts_to_the_end_of_its_last_day()
    {
        var fields = new RequestFields { Email = "agent@fbi.gov", NonDisclosureUntil = new DateOnly(2027, 3, 1) };
        var result = Requests.Result(LegalProcessType.CourtOrder, flags: Requests.NoFlags with { NonDisclosureOrder = true }, fields: fields);

        var opened = Assert.IsType<IntakeOutcome.Opened>(await _desk.Intake.OpenAsync(Requests.Submission(result))).Case;

        Assert.Equal(new DateTime(2027, 3, 1, 23, 59, 59, DateTimeKind.Utc), opened.NonDisclosureUntil);
    }

    [Fact]
    public async Task The_same_text_forwarded_again_is_recorded_on_the_original_instead_of_opening_a_case()
    {
        var first = Assert.IsType<IntakeOutcome.Opened>(await _desk.Intake.OpenAsync(Requests.Submission(Requests.Result(), "Produce the records for  @harborlight_77."))).Case;
        _desk.Time.Advance(TimeSpan.FromMinutes(30));

        var again = await _desk.Intake.OpenAsync(new CaseSubmission(Requests.Result(), "PRODUCE the records\nfor @harborlight_77.  ", "fwd.eml", [], "slack", "ben"));

        var duplicate = Assert.IsType<IntakeOutcome.Duplicate>(again);
        Assert.Equal(first.Id, duplicate.Existing.Id);
        Assert.Equal("Duplicate of LE-2026-00001 (same request text); recorded on that case, no new case opened.", duplicate.Message);
        Assert.Single(await _desk.Store.QueryAsync(new TriageBot.Cases.Storage.CaseQuery()));
        var entry = (await _desk.AuditAsync(first.Id)).Last();
        Assert.Equal(("duplicate_received", "ben", "slack", _desk.Now), (entry.Action, entry.Actor, entry.NewValue, entry.At));
    }

    [Fact]
    public async Task The_same_agency_reference_from_the_same_requester_is_a_duplicate_even_with_other_text()
    {
        var fields = new RequestFields { Email = "agent@fbi.gov", CaseReference = "FBI-BOS-1234" };
        var first = Assert.IsType<IntakeOutcome.Opened>(await _desk.Intake.OpenAsync(Requests.Submission(Requests.Result(fields: fields), "Original letter."))).Case;

        var again = await _desk.Intake.OpenAsync(Requests.Submission(Requests.Result(fields: fields with { CaseReference = "fbi-bos-1234" }), "Follow-up: did you receive our letter?"));

        var duplicate = Assert.IsType<IntakeOutcome.Duplicate>(again);
        Assert.Equal(first.Id, duplicate.Existing.Id);
        Assert.Contains("same agency reference and requester e-mail", duplicate.Message);
        Assert.Contains(await _desk.AuditAsync(first.Id), e => e.Action == "duplicate_received");
    }

    [Fact]
    public async Task The_same_agency_reference_from_another_requester_opens_its_own_case()
    {
        var fields = new RequestFields { Email = "agent@fbi.gov", CaseReference = "2026-001" };
        await _desk.Intake.OpenAsync(Requests.Submission(Requests.Result(fields: fields), "Letter from the FBI."));

        var other = await _desk.Intake.OpenAsync(Requests.Submission(Requests.Result(fields: fields with { Email = "clerk@county.gov" }), "Letter from the county."));

        Assert.Equal("LE-2026-00002", Assert.IsType<IntakeOutcome.Opened>(other).Case.Id);
    }
}
