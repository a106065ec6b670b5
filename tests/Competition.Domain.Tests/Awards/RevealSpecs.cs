using static Competition.Domain.Tests.Awards.AwardsWorld;
using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Awards;

/// A hidden board revealed from the last place up, one entry a call, each with the tier the policy gives it.
public class RevealSpecs
{
    static RevealNext Next(bool all = false, bool hidden = true, bool closed = true) => new(Contest, Electrician, Board, Policy, hidden, closed, all, Now);

    static EntryRevealed Step(int step, Guid entry, int rank, decimal total, string? tier) =>
        new(AwardsId, Contest, Electrician, step, 3, entry, rank, total, tier, Now);

    [Fact]
    public void Each_call_reveals_the_next_entry_from_the_bottom_and_the_last_one_publishes_the_board()
    {
        AwardsSpec().When(Next()).Then(Step(1, E3, 3, 55m, null));
        AwardsSpec().Given(Step(1, E3, 3, 55m, null)).When(Next()).Then(Step(2, E2, 2, 80m, "Silver"));
        AwardsSpec().Given(Step(1, E3, 3, 55m, null), Step(2, E2, 2, 80m, "Silver")).When(Next())
            .Then(Step(3, E1, 1, 91.5m, "Gold"), new BoardPublished(AwardsId, Contest, Electrician, 3, Now));
    }

    [Fact]
    public void Publishing_reveals_every_entry_left_at_once()
    {
        AwardsSpec().Given(Step(1, E3, 3, 55m, null)).When(Next(all: true))
            .Then(Step(2, E2, 2, 80m, "Silver"), Step(3, E1, 1, 91.5m, "Gold"), new BoardPublished(AwardsId, Contest, Electrician, 3, Now));
    }

    [Fact]
    public void A_hidden_board_is_revealed_before_awards_are_proposed_and_only_once()
    {
        AwardsSpec().When(Propose() with { HiddenBoard = true }).ThenFails<RuleViolation>("reveal it");
        var published = new object[] { Step(1, E3, 3, 55m, null), Step(2, E2, 2, 80m, "Silver"), Step(3, E1, 1, 91.5m, "Gold"),
            new BoardPublished(AwardsId, Contest, Electrician, 3, Now) };
        AwardsSpec().Given(published).When(Propose() with { HiddenBoard = true }).Events!.Single().ShouldBeOfType<AwardsProposed>();
        AwardsSpec().Given(published).When(Next()).ThenFails<RuleViolation>("already revealed");
        AwardsSpec().When(Next(hidden: false)).ThenFails<RuleViolation>("public");
        AwardsSpec().When(Next(closed: false)).ThenFails<RuleViolation>("Close every stage");
    }
}
