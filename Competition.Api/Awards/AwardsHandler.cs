using NotFound = Competition.Domain.NotFound;
using Competition.Api.Writing;
using Competition.Domain;
using Competition.Domain.Awards;
using Competition.Domain.Contests;
using Marten;
using Wolverine;

namespace Competition.Api.Awards;

public sealed record ProposalResponse(string Status, IReadOnlyList<ProposedAward> Awards);

public sealed record Proposed(ProposalResponse Proposal, Written Written);

/// Proposes a category's awards from its final ranking (computed when the command is handled).
public sealed record ProposeCategoryAwards(Guid ContestId, Guid CategoryId, DateTimeOffset Now);

/// Awards commands of a category that must exist in the contest; the proposal is ranked from the log.
public static class AwardsHandler
{
    public static Task<Written> Handle(OpenNotice c, IDocumentSession session, IMessageContext context, ContestSnapshots contests, Decisions decisions,
        CancellationToken ct) =>
        DecideAsync(c, session, context, contests, decisions, ct);

    /// An appeal is lodged for an entry of the category, never for an id nobody registered there.
    public static async Task<Written> Handle(LodgeAppeal c, IDocumentSession session, IMessageContext context, ContestSnapshots contests,
        EntryStates entries, Decisions decisions, CancellationToken ct)
    {
        var (entry, _) = await entries.LoadAsync(c.ContestId, c.EntryId, ct);
        if (entry.CategoryId != c.CategoryId) throw new NotFound("Entry not found in this category");
        return await DecideAsync(c, session, context, contests, decisions, ct);
    }

    public static Task<Written> Handle(ResolveAppeal c, IDocumentSession session, IMessageContext context, ContestSnapshots contests, Decisions decisions,
        CancellationToken ct) =>
        DecideAsync(c, session, context, contests, decisions, ct);

    public static Task<Written> Handle(ConfirmAwards c, IDocumentSession session, IMessageContext context, ContestSnapshots contests, Decisions decisions,
        CancellationToken ct) =>
        DecideAsync(c, session, context, contests, decisions, ct);

    public static Task<Written> Handle(RevokeAward c, IDocumentSession session, IMessageContext context, ContestSnapshots contests, Decisions decisions,
        CancellationToken ct) =>
        DecideAsync(c, session, context, contests, decisions, ct);

    public static async Task<Proposed> Handle(
        ProposeCategoryAwards c, IDocumentSession session, IMessageContext context, ContestSnapshots contests, FinalRanking ranking,
        Decisions decisions, CancellationToken ct)
    {
        var category = await CategoryAsync(contests, c.ContestId, c.CategoryId, ct);
        var contest = (await contests.LoadAsync(c.ContestId, ct)).Active;
        var rows = category.AllStagesClosed ? await ranking.RankAsync(session, contest, category, ct) : [];
        var propose = new ProposeAwards(c.ContestId, c.CategoryId, rows, category.AwardPolicy, category.AllStagesClosed, c.Now);
        var written = await decisions.OnStreamAsync(session, context, Deciders.Awards, propose.AwardsId, (_, _) => propose, ct);
        var (state, _) = await Decisions.LoadAsync(session, Deciders.Awards, propose.AwardsId, ct);
        return new(new ProposalResponse(state.Status, state is AwardsState.Proposed p ? p.Awards : []), written);
    }

    /// Whether the category's awards are confirmed: a closed stage may be reopened only before.
    public static async Task<bool> ConfirmedAsync(IQuerySession session, Guid categoryId, CancellationToken ct) =>
        (await Decisions.LoadAsync(session, Deciders.Awards, StreamIds.Awards(categoryId), ct)).State is AwardsState.Confirmed;

    static async Task<Written> DecideAsync(
        AwardsCommand command, IDocumentSession session, IMessageContext context, ContestSnapshots contests, Decisions decisions, CancellationToken ct)
    {
        await CategoryAsync(contests, command.ContestId, command.CategoryId, ct);
        return await decisions.OnStreamAsync(session, context, Deciders.Awards, command.AwardsId, (_, _) => command, ct);
    }

    internal static async Task<CategoryState> CategoryAsync(ContestSnapshots contests, Guid contestId, Guid categoryId, CancellationToken ct) =>
        (await contests.LoadAsync(contestId, ct)).Active.Category(categoryId) ?? throw new NotFound("Category not found in this contest");
}
