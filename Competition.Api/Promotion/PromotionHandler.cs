using NotFound = Competition.Domain.NotFound;
using Competition.Api.Awards;
using Competition.Api.Writing;
using Competition.Domain;
using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Promotion;
using Competition.Projections.Contests;
using Marten;
using Wolverine;

namespace Competition.Api.Promotion;

/// Sets a category's rule, decided on the parent contest's category as read (asserted at its version).
public sealed record SetCategoryPromotion(Guid ContestId, Guid CategoryId, PromotionRule Rule, DateTimeOffset Now);

/// Proposes from the category's final ranking, computed when the command is handled.
public sealed record ProposeCategoryPromotion(Guid ContestId, Guid CategoryId, DateTimeOffset Now);

public sealed record DecidePromotion(PromotionCommand Command);

/// Confirms and registers the qualifiers in the parent's category in one transaction.
public sealed record ConfirmCategoryPromotion(Guid ContestId, Guid CategoryId, DateTimeOffset Now);

public static class PromotionHandler
{
    public static async Task<Written> Handle(
        SetCategoryPromotion c, IDocumentSession session, IMessageContext context, ContestSnapshots contests, CancellationToken ct)
    {
        var contest = await contests.LoadAsync(c.ContestId, ct);
        var parent = contest.Active.ParentId is { } parentId ? await contests.LoadAsync(parentId, ct) : null;
        var parentCategory = parent?.State is ContestState.Active p && p.Category(c.Rule.ParentCategoryId) is { } pc
            ? new ParentCategory(pc.Id, pc.Name, pc.EntryType)
            : null;
        var (promotion, _) = await Decisions.LoadAsync(session, Deciders.Promotion, StreamIds.Promotion(c.CategoryId), ct);
        var events = Deciders.Contest.Decide(
            new SetPromotionRule(c.ContestId, c.CategoryId, c.Rule, parentCategory, promotion.Confirmed is not null, c.Now), contest.State);
        return await StreamAppender.WriteAsync(session, new StreamWrite(c.ContestId, Deciders.Contest.StreamType, contest.Version, events)
        {
            DecidedOn = parent is null ? [] : [new(parent.Active.Id, parent.Version)],
        }, context, ct);
    }

    public static async Task<Written> Handle(
        ProposeCategoryPromotion c, IDocumentSession session, IMessageContext context, ContestSnapshots contests, RankingSources ranking,
        CancellationToken ct)
    {
        var contest = await contests.LoadAsync(c.ContestId, ct);
        var category = contest.Active.Category(c.CategoryId) ?? throw new NotFound("Category not found in this contest");
        var confirmed = await AwardsHandler.ConfirmedAsync(session, c.CategoryId, ct);
        IReadOnlyList<PromotionCandidate> candidates = [];
        if (confirmed && category.Promotion is not null)
        {
            var rows = await ranking.RankAsync(session, contest.Active, category, ct);
            var ids = rows.Select(r => r.EntryId).ToArray();
            var entries = (await session.LoadManyAsync<EntryView>(ct, ids)).ToDictionary(e => e.Id);
            candidates = [.. rows.Where(r => entries.ContainsKey(r.EntryId))
                .Select(r => new PromotionCandidate(r.EntryId, entries[r.EntryId].Name, entries[r.EntryId].Organization, r.Rank, r.Total))];
        }
        return await DecideAsync(session, context,
            new ProposePromotion(c.ContestId, c.CategoryId, category.Promotion, confirmed, candidates, c.Now), contest.Version, ct);
    }

    public static async Task<Written> Handle(DecidePromotion c, IDocumentSession session, IMessageContext context, ContestSnapshots contests, CancellationToken ct)
    {
        var contest = await contests.LoadAsync(c.Command.ContestId, ct);
        _ = contest.Active.Category(c.Command.CategoryId) ?? throw new NotFound("Category not found in this contest");
        return await DecideAsync(session, context, c.Command, contest.Version, ct);
    }

    /// The qualifiers become entries of the parent's category (registered, for its organizer to approve), each with the
    /// result that sent it, in the transaction that confirms; both contests asserted at the versions read.
    public static async Task<Written> Handle(
        ConfirmCategoryPromotion c, IDocumentSession session, IMessageContext context, ContestSnapshots contests, EntryStates entries,
        CancellationToken ct)
    {
        var contest = await contests.LoadAsync(c.ContestId, ct);
        var category = contest.Active.Category(c.CategoryId) ?? throw new NotFound("Category not found in this contest");
        var parentId = contest.Active.ParentId ?? throw new RuleViolation("This contest selects for no other: create it with a parentId to promote from it");
        var parent = await contests.LoadAsync(parentId, ct);
        var (state, version) = await Decisions.LoadAsync(session, Deciders.Promotion, StreamIds.Promotion(c.CategoryId), ct);
        var events = Deciders.Promotion.Decide(new ConfirmPromotion(c.ContestId, c.CategoryId, parentId, category.Promotion, c.Now), state);
        if (events.Count == 0) return new(version, 0);
        var confirmed = events.OfType<PromotionConfirmed>().Single();
        var registration = RegistrationContext.From(parent.State, confirmed.ParentCategoryId);
        if (!registration.CategoryExists) throw new RuleViolation("The parent contest no longer has the rule's category; set the rule again");
        if (!registration.RegistrationOpen)
            throw new RuleViolation($"Registration of the parent contest {parent.Active.Name} is not open; its organizer opens it to receive the qualifiers");
        List<StreamWrite> writes = [new(confirmed.PromotionId, Deciders.Promotion.StreamType, version, events)
        {
            DecidedOn = [new(c.ContestId, contest.Version), new(parentId, parent.Version)],
        }];
        foreach (var qualifier in confirmed.Qualifiers)
        {
            var (entry, _) = await entries.LoadAsync(c.ContestId, qualifier.EntryId, ct);
            if (!entry.IsRanked) throw new RuleViolation($"{entry.Name} is no longer approved in this contest; propose again");
            var register = new RegisterEntry(qualifier.ParentEntryId, parentId, confirmed.ParentCategoryId, entry.Name, entry.Organization,
                entry.Members, registration, c.Now)
            {
                People = entry.People.Any(p => !p.NameOnly) ? entry.People : null,
                QualifiedFrom = new QualifiedFrom(c.ContestId, c.CategoryId, entry.Id, qualifier.Rank, qualifier.Total),
            };
            writes.Add(new StreamWrite(qualifier.ParentEntryId, Deciders.Entry.StreamType, 0, Deciders.Entry.Decide(register, Deciders.Entry.Initial)));
        }
        return await StreamAppender.WriteAsync(session, writes, context, ct);
    }

    static async Task<Written> DecideAsync(IDocumentSession session, IMessageContext context, PromotionCommand command, long contestVersion, CancellationToken ct)
    {
        var (state, version) = await Decisions.LoadAsync(session, Deciders.Promotion, command.PromotionId, ct);
        var events = Deciders.Promotion.Decide(command, state);
        return await StreamAppender.WriteAsync(session, new StreamWrite(command.PromotionId, Deciders.Promotion.StreamType, version, events)
        {
            DecidedOn = [new(command.ContestId, contestVersion)],
        }, context, ct);
    }
}
