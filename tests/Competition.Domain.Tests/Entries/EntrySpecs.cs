using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Entries;

public class EntrySpecs
{
    public static Spec<EntryCommand, EntryState> EntrySpec() => new(EntryDecider.Decide, EntryDecider.Evolve, EntryDecider.Initial);

    public static EntryRegistered Registered => new(Entry, Contest, Electrician, "Zhang San", NorthGrid, [], Now);
    static EntryApproved Approved => new(Entry, Contest, Electrician, Now);
    static BibDrawn Drawn => new(Entry, Contest, Electrician, 3, Now);

    /// <summary>Every state an entry can be in, by name, for the state × command tables below.</summary>
    static object[] History(string state) => state switch
    {
        "registered" => [Registered],
        "approved" => [Registered, Approved],
        "drawn" => [Registered, Approved, Drawn],
        "rejected" => [Registered, new EntryRejected(Entry, Contest, Electrician, "late", Now)],
        "withdrawn" => [Registered, Approved, new EntryWithdrawn(Entry, Contest, Electrician, Now)],
        "disqualified" => [Registered, Approved, Drawn, new EntryDisqualified(Entry, Contest, Electrician, "doping", Now)],
        _ => throw new ArgumentException(state),
    };

    public static TheoryData<EntryCommand> CommandsOnAnEntry => new()
    {
        new ApproveEntry(Entry, Now), new RejectEntry(Entry, "x", Now), new WithdrawEntry(Entry, Now),
        new DisqualifyEntry(Entry, "x", Now), new AssignBib(Entry, 1, Now),
    };

    [Theory]
    [MemberData(nameof(CommandsOnAnEntry))]
    public void Commands_on_an_unknown_entry_are_not_found(EntryCommand command) =>
        EntrySpec().When(command).ThenFails<NotFound>("Entry not found");

    [Theory]
    [InlineData("registered", "approved")]
    [InlineData("approved", "nothing")]
    [InlineData("drawn", "nothing")]
    [InlineData("rejected", "refused")]
    [InlineData("withdrawn", "refused")]
    [InlineData("disqualified", "refused")]
    public void Approve(string state, string outcome) =>
        Expect(EntrySpec().Given(History(state)).When(new ApproveEntry(Entry, Now)), outcome, Approved);

    [Fact]
    public void A_registered_entry_is_not_approved_once_its_category_is_drawn() =>
        EntrySpec().Given(History("registered")).When(new ApproveEntry(Entry, Now, CategoryDrawn: true))
            .ThenFails<RuleViolation>("have been drawn");

    [Theory]
    [InlineData("registered", "rejected")]
    [InlineData("approved", "rejected")]
    [InlineData("drawn", "refused")]
    [InlineData("rejected", "nothing")]
    [InlineData("withdrawn", "refused")]
    [InlineData("disqualified", "refused")]
    public void Reject(string state, string outcome) =>
        Expect(EntrySpec().Given(History(state)).When(new RejectEntry(Entry, " incomplete papers ", Now)), outcome,
            new EntryRejected(Entry, Contest, Electrician, "incomplete papers", Now));

    [Theory]
    [InlineData("registered", "withdrawn")]
    [InlineData("approved", "withdrawn")]
    [InlineData("drawn", "withdrawn")]
    [InlineData("rejected", "refused")]
    [InlineData("withdrawn", "nothing")]
    [InlineData("disqualified", "refused")]
    public void Withdraw(string state, string outcome) =>
        Expect(EntrySpec().Given(History(state)).When(new WithdrawEntry(Entry, Now)), outcome,
            new EntryWithdrawn(Entry, Contest, Electrician, Now));

    [Theory]
    [InlineData("registered", "refused")]
    [InlineData("approved", "disqualified")]
    [InlineData("drawn", "disqualified")]
    [InlineData("rejected", "refused")]
    [InlineData("withdrawn", "refused")]
    [InlineData("disqualified", "nothing")]
    public void Disqualify(string state, string outcome) =>
        Expect(EntrySpec().Given(History(state)).When(new DisqualifyEntry(Entry, "wrong tools", Now)), outcome,
            new EntryDisqualified(Entry, Contest, Electrician, "wrong tools", Now));

    [Theory]
    [InlineData("registered", "refused")]
    [InlineData("approved", "drawn")]
    [InlineData("rejected", "refused")]
    [InlineData("withdrawn", "refused")]
    [InlineData("disqualified", "refused")]
    public void Assign_bib(string state, string outcome) =>
        Expect(EntrySpec().Given(History(state)).When(new AssignBib(Entry, 5, Now)), outcome,
            new BibDrawn(Entry, Contest, Electrician, 5, Now));

    [Fact]
    public void The_same_bib_again_decides_nothing() =>
        EntrySpec().Given(History("drawn")).When(new AssignBib(Entry, 3, Now)).ThenNothing();

    [Fact]
    public void A_different_bib_after_the_draw_is_refused() =>
        EntrySpec().Given(History("drawn")).When(new AssignBib(Entry, 4, Now)).ThenFails<RuleViolation>("already drew bib 3");

    [Fact]
    public void Bibs_start_at_one() =>
        EntrySpec().Given(History("approved")).When(new AssignBib(Entry, 0, Now)).ThenFails<InvalidCommand>();

    [Theory]
    [InlineData("reject")]
    [InlineData("disqualify")]
    public void Rejecting_and_disqualifying_need_a_reason(string command) =>
        EntrySpec().Given(History("approved"))
            .When(command == "reject" ? new RejectEntry(Entry, " ", Now) : new DisqualifyEntry(Entry, "", Now))
            .ThenFails<InvalidCommand>().Errors.Keys.ShouldBe(["reason"]);

    [Theory]
    [InlineData("registered", EntryStatus.Registered, null, false)]
    [InlineData("approved", EntryStatus.Approved, null, false)]
    [InlineData("drawn", EntryStatus.Approved, 3, true)]
    [InlineData("withdrawn", EntryStatus.Withdrawn, null, false)]
    [InlineData("disqualified", EntryStatus.Disqualified, 3, false)]
    public void State_exposes_status_bib_and_whether_the_entry_can_be_marked(string state, EntryStatus status, int? bib, bool markable)
    {
        var entry = (EntryState.Active)History(state).Aggregate(EntryDecider.Initial, EntryDecider.Evolve);
        (entry.Status, entry.Bib, entry.IsApprovedAndDrawn, entry.Organization, entry.CategoryId)
            .ShouldBe((status, bib, markable, NorthGrid, Electrician));
    }

    static void Expect(Spec<EntryCommand, EntryState>.Outcome outcome, string expected, object @event)
    {
        switch (expected)
        {
            case "nothing": outcome.ThenNothing(); break;
            case "refused": outcome.ThenFails<RuleViolation>(); break;
            default: outcome.Then(@event); break;
        }
    }
}
