using TriageBot.Triage.Model;

namespace TriageBot.Triage.Tests;

public class PolicyTests
{
    [Fact]
    public void The_default_policy_requires_the_seed_list_and_more_for_emergencies()
    {
        var required = new TriagePolicy().RequiredFor(LegalProcessType.Emergency, new TriageFlags(true, false, false, false, false, false));

        Assert.Contains("contactPerson", required);
        Assert.Contains("personAtRisk", required);
        Assert.Contains("necessity", required);
        Assert.DoesNotContain("attachedDocumentation", required); // an emergency request has no court paper
    }

    [Fact]
    public void Child_safety_cases_also_require_the_NCMEC_report_id()
    {
        var required = new TriagePolicy().RequiredFor(LegalProcessType.SearchWarrant, new TriageFlags(false, true, false, false, false, false));

        Assert.Contains("ncmecReportIds", required);
    }

    [Fact]
    public void Staff_can_change_the_required_fields_without_recompiling()
    {
        var engine = EngineFixture.Create(p =>
        {
            p.RequiredFields = ["email"];
            p.RequiredFieldsByType.Clear();
        });

        var result = engine.Triage("Grand jury subpoena for @tern.");

        Assert.Equal(["email"], result.MissingFields);
    }

    [Fact]
    public void An_unknown_field_name_is_reported_with_the_known_names()
    {
        var policy = new TriagePolicy { RequiredFields = ["email", "badgeNumbr"] };

        var problem = Assert.Single(policy.Validate());
        Assert.Contains("unknown field 'badgeNumbr'", problem);
        Assert.Contains("contactPerson", problem);
        Assert.Throws<ArgumentException>(() => new TriageEngine(policy));
    }

    [Fact]
    public void An_unknown_process_type_in_the_policy_is_reported()
    {
        var policy = new TriagePolicy();
        policy.RequiredFieldsByType["subpoenas"] = ["email"];

        Assert.Contains(policy.Validate(), p => p.Contains("unknown process type 'subpoenas'"));
    }
}
