using Competition.Domain.Contests;
using Competition.Domain.Entries;
using Competition.Domain.Labour;
using Competition.Domain.Sheets;
using Competition.Projections.Leaderboards;
using JasperFx.Events;

namespace Competition.Projections.Labour;

/// <summary>How events change a category's <see cref="LabourDoc"/>, and which round boards and standings they shape.</summary>
public static class LabourDocEvents
{
    public static (Guid ContestId, Guid CategoryId)? Category(object data) => data switch
    {
        SchemeSet e => (e.ContestId, e.CategoryId),
        RoundAdded e => (e.ContestId, e.CategoryId),
        RoundOpened e => (e.ContestId, e.CategoryId),
        RoundFrozen e => (e.ContestId, e.CategoryId),
        RoundReopened e => (e.ContestId, e.CategoryId),
        RoundPublished e => (e.ContestId, e.CategoryId),
        SelfAssessed e => (e.ContestId, e.CategoryId),
        UnitVetoed e => (e.ContestId, e.CategoryId),
        _ => null,
    };

    /// <summary>Applies a labour event; false for any other.</summary>
    public static bool Apply(LabourDoc doc, object data)
    {
        switch (data)
        {
            case SchemeSet e: doc.Scheme = e.Scheme; break;
            case RoundAdded e when doc.Round(e.RoundId) is null:
                doc.Rounds.Add(new RoundDoc { Id = e.RoundId, Name = e.Name, StartsOn = e.StartsOn, EndsOn = e.EndsOn });
                break;
            case RoundOpened e: Set(doc, e.RoundId, r => r.Status = RoundStatus.Open); break;
            case RoundFrozen e: Set(doc, e.RoundId, r => r.Status = RoundStatus.Frozen); break;
            case RoundReopened e: Set(doc, e.RoundId, r => r.Status = RoundStatus.Open); break;
            case RoundPublished e: Set(doc, e.RoundId, r => (r.Status, r.Holders) = (RoundStatus.Published, [.. e.Holders])); break;
            case SelfAssessed e: Set(doc, e.RoundId, r => r.Self[e.EntryId] = new(e.Marks)); break;
            case UnitVetoed e: Set(doc, e.RoundId, r => r.Vetoes[e.EntryId] = new Veto(e.ItemId, e.Reason)); break;
            case RoundAdded: break;
            default: return false;
        }
        return true;
    }

    /// <summary>Marks the round boards (and standings) an applied event shapes with its sequence.</summary>
    public static void Shape(CategoryDoc doc, IEvent envelope)
    {
        var labour = doc.Labour;
        if (!labour.Any) return;
        Guid? round = envelope.Data switch
        {
            RoundAdded e => e.RoundId, RoundOpened e => e.RoundId, RoundFrozen e => e.RoundId, RoundReopened e => e.RoundId,
            RoundPublished e => e.RoundId, SelfAssessed e => e.RoundId, UnitVetoed e => e.RoundId,
            MarkAwarded e => e.StageId, MarkCorrected e => e.StageId, SheetSubmitted e => e.StageId, SheetReopened e => e.StageId,
            _ => null,
        };
        if (round is { } id)
        {
            if (labour.Round(id) is not { } shaped) return;
            shaped.Sequence = envelope.Sequence;
        }
        else if (ShapesEveryRound(envelope.Data))
            foreach (var r in labour.Rounds) r.Sequence = envelope.Sequence;
        else return;
        labour.StandingsSequence = envelope.Sequence;
    }

    /// <summary>The scheme, the units (and their names) and the assessors (assessorsTotal) are on every round's board.</summary>
    static bool ShapesEveryRound(object data) => data is SchemeSet or CategoryRevised
        or EntryApproved or EntryRejected or EntryWithdrawn or EntryDisqualified or EntryRevised
        or JudgeAppointed or JudgeRevised or JudgeRemoved;

    static void Set(LabourDoc doc, Guid roundId, Action<RoundDoc> change)
    {
        if (doc.Round(roundId) is { } round) change(round);
    }
}
