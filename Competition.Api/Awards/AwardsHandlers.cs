using NotFound = Competition.Domain.NotFound;
using Competition.Api.Plumbing;
using Competition.Domain;
using Competition.Domain.Awards;

namespace Competition.Api.Awards;

public sealed record ProposalResponse(string Status, IReadOnlyList<ProposedAward> Awards);

/// Awards commands of a category that must exist in the contest; the proposal is ranked from the log.
public sealed class AwardsHandlers(ContestSnapshots contests, FinalRanking ranking, Decisions decisions)
{
    public async Task<Written> Handle(AwardsCommand command, CancellationToken ct)
    {
        await CategoryAsync(command.ContestId, command.CategoryId, ct);
        return await decisions.OnStreamAsync(Deciders.Awards, command.AwardsId, (_, _) => command, ct);
    }

    public async Task<ProposalResponse> Handle(ProposeCategoryAwards c, CancellationToken ct)
    {
        var category = await CategoryAsync(c.ContestId, c.CategoryId, ct);
        var rows = category.AllStagesClosed ? await ranking.RankAsync(category, ct) : [];
        var propose = new ProposeAwards(c.ContestId, c.CategoryId, rows, category.AwardPolicy, category.AllStagesClosed, c.Now);
        await decisions.OnStreamAsync(Deciders.Awards, propose.AwardsId, (_, _) => propose, ct);
        var (state, _) = await decisions.LoadAsync(Deciders.Awards, propose.AwardsId, ct);
        return new ProposalResponse(state.Status, state is AwardsState.Proposed p ? p.Awards : []);
    }

    /// Whether the category's awards are confirmed: a closed stage may be reopened only before.
    public async Task<bool> ConfirmedAsync(Guid categoryId, CancellationToken ct) =>
        (await decisions.LoadAsync(Deciders.Awards, StreamIds.Awards(categoryId), ct)).State is AwardsState.Confirmed;

    async Task<Domain.Contests.CategoryState> CategoryAsync(Guid contestId, Guid categoryId, CancellationToken ct) =>
        (await contests.LoadAsync(contestId, ct)).Active.Category(categoryId) ?? throw new NotFound("Category not found in this contest");
}
