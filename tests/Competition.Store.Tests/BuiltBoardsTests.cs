using Competition.Projections.Leaderboards;

namespace Competition.Store.Tests;

/// <summary>The boards a push takes from the projection's memory: the last few built, each only by its exact sequence.</summary>
public sealed class BuiltBoardsTests
{
    [Fact]
    public void The_last_four_boards_built_are_found_by_their_sequence_and_a_board_built_again_replaces_those_after_it()
    {
        var (contestId, categoryId) = (Guid.NewGuid(), Guid.NewGuid());
        LeaderboardView Board(long sequence) => LeaderboardView.Empty(contestId, categoryId, sequence);
        foreach (var sequence in new long[] { 10, 20, 30, 40, 50 }) BuiltBoards.Put(Board(sequence));

        BuiltBoards.Of(contestId, categoryId, 10).ShouldBeNull("only the last four are kept");
        foreach (var sequence in new long[] { 20, 30, 40, 50 })
            BuiltBoards.Of(contestId, categoryId, sequence)!.Sequence.ShouldBe(sequence);
        BuiltBoards.Of(contestId, categoryId, 35).ShouldBeNull("a sequence no board was built at");
        BuiltBoards.Of(Guid.NewGuid(), categoryId, 50).ShouldBeNull("another contest's category of that id");

        // Built again from 40 (a rolled-back batch, a rebuild): what was built after it is gone.
        var again = Board(40) with { Status = "final" };
        BuiltBoards.Put(again);
        BuiltBoards.Of(contestId, categoryId, 50).ShouldBeNull();
        BuiltBoards.Of(contestId, categoryId, 40).ShouldBeSameAs(again);
        BuiltBoards.Of(contestId, categoryId, 30)!.Sequence.ShouldBe(30);

        BuiltBoards.Remove(categoryId);
        BuiltBoards.Of(contestId, categoryId, 40).ShouldBeNull();
    }
}
