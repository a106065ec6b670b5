using Competition.Domain.Points;
using static Competition.Domain.Tests.World;

namespace Competition.Domain.Tests.Points;

/// <summary>A points contest (安全生产积分赛): category Electrician with a reasons table, judge A on it, judge B on Welder.</summary>
public static class PointsWorld
{
    public static readonly Guid Training = Guid.Parse("00000000-0000-0000-0000-0000000a0001");
    public static readonly Guid Hazard = Guid.Parse("00000000-0000-0000-0000-0000000a0002");
    public static readonly Guid Accident = Guid.Parse("00000000-0000-0000-0000-0000000a0003");
    public static readonly Guid Grant = Guid.Parse("00000000-0000-0000-0000-0000000b0001");
    public static readonly DateOnly May1 = new(2026, 5, 1);

    public static ContestCreated PointsCreated => new(Contest, "安全生产积分赛 2026", ContestKind.Points, "zh-CN", "organizer-hash", Now);
    public static ReasonAdded TrainingAdded => new(Contest, Electrician, Training, "TRAIN", "Training held", 5, 20, Now);
    public static ReasonAdded HazardAdded => new(Contest, Electrician, Hazard, "HAZ", "Hazard reported", 2.5m, null, Now);
    public static ReasonAdded AccidentAdded => new(Contest, Electrician, Accident, "ACC", "Accident", -10, 5, Now);

    public static object[] Season =>
    [
        PointsCreated, ElectricianAdded, WelderAdded, TrainingAdded, HazardAdded, AccidentAdded,
        new JudgeAppointed(Contest, JudgeA, "Judge A", NorthGrid, [Electrician], [], false, "hash-a", Now),
        new JudgeAppointed(Contest, JudgeB, "Judge B", SouthGrid, [Welder], [], false, "hash-b", Now),
    ];

    public static EntryState.Active Approved(Guid entry, Guid category) =>
        new(entry, Contest, category, EastWorks, EntryStatus.Approved, null) { Name = "Ann" };

    public static GrantContext Context(Guid? judge = null, string code = "TRAIN", EntryState? entry = null, params object[] more) =>
        GrantContext.From(ContestAfter(Season.With(more)), entry ?? Approved(Entry, Electrician), judge, code);

    public static GrantPoints Granting(GrantContext context, int quantity = 1, string? note = null) =>
        new(Grant, context, quantity, May1, note, Now);

    public static Spec<GrantCommand, GrantState> GrantSpec() => new(GrantDecider.Decide, GrantDecider.Evolve, GrantDecider.Initial);
}
