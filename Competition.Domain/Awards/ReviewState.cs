using System.Collections.Immutable;

namespace Competition.Domain.Awards;

/// <summary>The category's latest review sample and how far its re-marking has got.</summary>
public sealed record ReviewState(
    ReviewDrawn Drawn, ImmutableDictionary<ReviewKey, decimal> Recorded, ReviewFinished? Finished = null, bool Cancelled = false)
{
    public int Remaining => Drawn.Items.Count - Recorded.Count;

    /// <summary>drawn (being re-marked), passed, failed (the category must be re-marked) or cancelled.</summary>
    public string Status => Cancelled ? "cancelled" : Finished is null ? "drawn" : Finished.RemarkRequired ? "failed" : "passed";

    /// <summary>A review that is not finished, or that found the category must be re-marked, holds the awards back.</summary>
    public bool HoldsAwards => Status is "drawn" or "failed";
}

public sealed record ReviewKey(Guid EntryId, Guid StageId, Guid JudgeId, Guid CriterionId)
{
    public static ReviewKey Of(ReviewItem i) => new(i.EntryId, i.StageId, i.JudgeId, i.CriterionId);
}
