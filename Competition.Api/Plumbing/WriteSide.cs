using Competition.Api.Awards;
using Competition.Api.Contests;
using Competition.Api.Entries;
using Competition.Api.Judging;
using Competition.Domain.Awards;
using Competition.Domain.Contests;
using Competition.EventStore;

namespace Competition.Api.Plumbing;

/// The write side's services and the command routes, registered explicitly.
public static class WriteSide
{
    public static IServiceCollection AddWriteSide(this IServiceCollection services)
    {
        services.AddSingleton<Streams>();
        services.AddSingleton<ContestSnapshots>();
        services.AddSingleton<Decisions>();
        services.AddSingleton<EntryIndex>();
        services.AddSingleton<FinalRanking>();
        services.AddSingleton<AwardsHandlers>();
        services.AddSingleton<SheetHandlers>();
        services.AddSingleton<TokenIndex>();
        services.AddHostedService(sp => sp.GetRequiredService<TokenIndex>());
        services.AddSingleton<AdminKey>();
        services.AddSingleton<Access>();
        services.AddSingleton(sp => Routes(sp, new CommandRouter(sp.GetRequiredService<ILogger<CommandRouter>>())));
        services.AddProjection<AwardsReactions>();
        return services;
    }

    static CommandRouter Routes(IServiceProvider sp, CommandRouter router)
    {
        var decisions = sp.GetRequiredService<Decisions>();
        var sheets = sp.GetRequiredService<SheetHandlers>();
        var awards = sp.GetRequiredService<AwardsHandlers>();
        var entries = sp.GetRequiredService<EntryIndex>();
        var contests = sp.GetRequiredService<ContestSnapshots>();
        var streams = sp.GetRequiredService<Streams>();

        // Set-up commands re-decide against fresh state on a conflict: the decider re-checks every rule.
        Func<ContestCommand, CancellationToken, Task<Written>> contest = decisions.OnContestAsync;
        foreach (var type in new[] { typeof(CreateContest), typeof(AddCategory), typeof(AddStage), typeof(AddCriterion),
                     typeof(SetAwardPolicy), typeof(AppointJudge), typeof(OpenRegistration), typeof(CloseRegistration), typeof(CloseStage) })
            router.Handle(type, (c, ct) => contest((ContestCommand)c, ct), retryOnConflict: true);

        router.Handle<OpenContestStage, Written>((c, ct) => StageEndpoints.Decide(c, contests, awards, decisions, ct), retryOnConflict: true);
        router.Handle<DrawCategoryLots, IReadOnlyList<DrawnBibResponse>>((c, ct) => DrawLotsEndpoint.Decide(c, contests, entries, streams, ct));
        router.Handle<RegisterNewEntry, Written>(async (c, ct) =>
        {
            var context = Domain.Entries.RegistrationContext.From((await contests.LoadAsync(c.ContestId, ct)).State, c.CategoryId);
            return await decisions.OnStreamAsync(Deciders.Entry, c.EntryId, (_, _) => c.ToDomain(context), ct);
        });
        router.Handle<DecideOnEntry, Written>(async (c, ct) =>
        {
            await entries.LoadAsync(c.ContestId, c.Command.EntryId, ct);
            return await decisions.OnStreamAsync(Deciders.Entry, c.Command.EntryId, (_, _) => c.Command, ct);
        }, retryOnConflict: true);

        router.Handle<RecordMark, Written>(sheets.Handle, retryOnConflict: true);
        router.Handle<SubmitJudgeSheet, Written>(sheets.Handle, retryOnConflict: true);
        router.Handle<ReopenJudgeSheet, Written>(sheets.Handle, retryOnConflict: true);

        router.Handle<ProposeCategoryAwards, ProposalResponse>(awards.Handle);
        foreach (var type in new[] { typeof(OpenNotice), typeof(LodgeAppeal), typeof(ResolveAppeal), typeof(ConfirmAwards), typeof(RevokeAward) })
            router.Handle(type, (c, ct) => awards.Handle((AwardsCommand)c, ct));
        // A reaction races the organizer's own awards commands; re-deciding on fresh state is safe.
        router.Handle<ReactToLoggedChange, Written>(awards.Handle, retryOnConflict: true);
        return router;
    }
}
