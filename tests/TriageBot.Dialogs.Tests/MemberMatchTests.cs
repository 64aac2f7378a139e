using TriageBot.Cases;
using TriageBot.Dialogs.Access;

namespace TriageBot.Dialogs.Tests;

/// <summary>The one rule for naming a team member, used by commands ("assign … to dana") and member questions.</summary>
public sealed class MemberMatchTests
{
    private static readonly TeamMember[] Roster =
    [
        new() { Id = "dana", Name = "Dana Okafor", Email = "dana@example.com" },
        new() { Id = "lee", Name = "Lee Park" },
        new() { Id = "lee2", Name = "Lee Chen" },
        new() { Id = "sam", Name = "Sam Park", Email = "sam.park@example.com" },
    ];

    [Theory]
    [InlineData("dana", "dana")]
    [InlineData("@DANA", "dana")]
    [InlineData(" Dana Okafor ", "dana")]
    [InlineData("dana@example.com", "dana")]
    [InlineData("Sam", "sam")]
    [InlineData("SAM.PARK@example.com", "sam")]
    [InlineData("lee", "lee")]        // an id wins over a first name two people share
    [InlineData("Lee Chen", "lee2")]
    public void A_member_is_found_by_id_name_email_or_a_first_name_nobody_else_has(string text, string expected) =>
        Assert.Equal(expected, TeamDirectory.Match(Roster, text)?.Id);

    [Theory]
    [InlineData("Park")]           // a surname is not a name
    [InlineData("Chen Lee")]
    [InlineData("")]
    [InlineData("@")]
    [InlineData(null)]
    public void Anything_else_matches_nobody(string? text) => Assert.Null(TeamDirectory.Match(Roster, text));

    [Fact]
    public void A_first_name_two_members_share_is_not_guessed()
    {
        TeamMember[] roster = [new() { Id = "l1", Name = "Lee Park" }, new() { Id = "l2", Name = "Lee Chen" }];
        Assert.Null(TeamDirectory.Match(roster, "lee"));
    }

    [Fact]
    public void The_directory_gives_the_matched_member_with_their_roles()
    {
        var directory = new TeamDirectory(new CasesOptions { Team = [new TeamMember { Id = "dana", Name = "Dana Okafor", Roles = ["reviewer"] }] });
        Assert.Contains(Role.Reviewer, directory.FindByName("Dana")!.Roles);
    }
}
