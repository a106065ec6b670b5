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
    public static Task<Written> Handle(OpenNotice c, IDocumentSession session, IMessageContext context, ContestSnapshots contests,
        CancellationToken ct) =>
        DecideAsync(c, session, context, contests, ct, (contest, category) => c with { AllStagesClosed = RankingSources.Ready(contest, category) });

    /// An appeal is lodged for an entry of the category, never for an id nobody registered there.
    public static async Task<Written> Handle(LodgeAppeal c, IDocumentSession session, IMessageContext context, ContestSnapshots contests,
        EntryStates entries, CancellationToken ct)
    {
        var (entry, _) = await entries.LoadAsync(c.ContestId, c.EntryId, ct);
        if (entry.CategoryId != c.CategoryId) throw new NotFound("Entry not found in this category");
        return await DecideAsync(c, session, context, contests, ct);
    }

    public static Task<Written> Handle(ResolveAppeal c, IDocumentSession session, IMessageContext context, ContestSnapshots contests,
        CancellationToken ct) =>
        DecideAsync(c, session, context, contests, ct);

    /// With honour rules, the honours are granted on the final ranking and the entries' people as the confirmation reads them.
    public static async Task<Written> Handle(ConfirmAwards c, IDocumentSession session, IMessageContext context, ContestSnapshots contests,
        RankingSources ranking, EntryStates entries, CancellationToken ct)
    {
        var snapshot = await contests.LoadAsync(c.ContestId, ct);
        var category = snapshot.Active.Category(c.CategoryId) ?? throw new NotFound("Category not found in this contest");
        var ready = RankingSources.Ready(snapshot.Active, category);
        var confirm = c with { AllStagesClosed = ready, HonourRules = category.HonourRules };
        if (ready && category.HonourRules.Count > 0)
            confirm = confirm with
            {
                Ranking = await ranking.RankAsync(session, snapshot.Active, category, ct),
                Entries = [.. (await entries.OfCategoryAsync(c.ContestId, c.CategoryId, ct))
                    .Select(e => new HonourEntry(e.State.Id, e.State.Name, e.State.Organization, e.State.People))],
            };
        var (state, version) = await Decisions.LoadAsync(session, Deciders.Awards, c.AwardsId, ct);
        var events = Deciders.Awards.Decide(confirm, state);
        return await StreamAppender.WriteAsync(session, new StreamWrite(c.AwardsId, Deciders.Awards.StreamType, version, events)
        {
            DecidedOn = [new(c.ContestId, snapshot.Version)],
        }, context, ct);
    }

    public static Task<Written> Handle(RevokeAward c, IDocumentSession session, IMessageContext context, ContestSnapshots contests,
        CancellationToken ct) =>
        DecideAsync(c, session, context, contests, ct);

    public static async Task<Proposed> Handle(
        ProposeCategoryAwards c, IDocumentSession session, IMessageContext context, ContestSnapshots contests, RankingSources ranking,
        CancellationToken ct)
    {
        var snapshot = await contests.LoadAsync(c.ContestId, ct);
        var category = snapshot.Active.Category(c.CategoryId) ?? throw new NotFound("Category not found in this contest");
        var rows = await ranking.RankAsync(session, snapshot.Active, category, ct);
        var propose = new ProposeAwards(c.ContestId, c.CategoryId, rows, category.AwardPolicy, RankingSources.Ready(snapshot.Active, category), c.Now,
            category.Hidden);
        var (state, version) = await Decisions.LoadAsync(session, Deciders.Awards, propose.AwardsId, ct);
        var events = Deciders.Awards.Decide(propose, state);
        // Asserted at the contest version it was ranked on: a stage opened meanwhile makes this write fail, not stand.
        var written = await StreamAppender.WriteAsync(session, new StreamWrite(propose.AwardsId, Deciders.Awards.StreamType, version, events)
        {
            DecidedOn = [new(c.ContestId, snapshot.Version)],
        }, context, ct);
        state = events.Aggregate(state, Deciders.Awards.Evolve);
        return new(new ProposalResponse(state.Status, state is AwardsState.Proposed p ? p.Awards : []), written);
    }

    /// Whether the category's awards are confirmed: a closed stage may be reopened only before.
    public static async Task<bool> ConfirmedAsync(IQuerySession session, Guid categoryId, CancellationToken ct) =>
        (await Decisions.LoadAsync(session, Deciders.Awards, StreamIds.Awards(categoryId), ct)).State is AwardsState.Confirmed;

    /// Every awards decision is made on the contest as read (the category's stages) and asserts that version.
    static async Task<Written> DecideAsync(
        AwardsCommand command, IDocumentSession session, IMessageContext context, ContestSnapshots contests, CancellationToken ct,
        Func<ContestState.Active, CategoryState, AwardsCommand>? withCategory = null)
    {
        var snapshot = await contests.LoadAsync(command.ContestId, ct);
        var category = snapshot.Active.Category(command.CategoryId) ?? throw new NotFound("Category not found in this contest");
        var decided = withCategory?.Invoke(snapshot.Active, category) ?? command;
        var (state, version) = await Decisions.LoadAsync(session, Deciders.Awards, command.AwardsId, ct);
        var events = Deciders.Awards.Decide(decided, state);
        return await StreamAppender.WriteAsync(session, new StreamWrite(command.AwardsId, Deciders.Awards.StreamType, version, events)
        {
            DecidedOn = [new(command.ContestId, snapshot.Version)],
        }, context, ct);
    }

    internal static async Task<CategoryState> CategoryAsync(ContestSnapshots contests, Guid contestId, Guid categoryId, CancellationToken ct) =>
        (await contests.LoadAsync(contestId, ct)).Active.Category(categoryId) ?? throw new NotFound("Category not found in this contest");
}
