using System.Text.Json.Serialization;
using Competition.Domain.Scoring;

namespace Competition.Domain.Contests;

/// <summary><paramref name="Level"/> and <paramref name="ParentId"/> (the contest one level up that this one selects for):
/// none in events stored before levels existed.</summary>
public sealed record ContestCreated(
    Guid ContestId, string Name, ContestKind Kind, string Locale, string OrganizerTokenHash, DateTimeOffset At,
    ContestLevel? Level = null, Guid? ParentId = null);

/// <summary><paramref name="Board"/>: public in events stored before hidden boards existed.</summary>
public sealed record CategoryAdded(
    Guid ContestId, Guid CategoryId, string Name, EntryType EntryType, DateTimeOffset At, BoardVisibility Board = BoardVisibility.Public);

/// <summary><paramref name="Blind"/>: its work is marked under work codes (成果号), see <see cref="WorkCodesDrawn"/>;
/// false in events stored before blind stages existed.</summary>
public sealed record StageAdded(
    Guid ContestId, Guid CategoryId, Guid StageId, string Name, decimal Weight, AggregationRule Rule, int Trim, DateTimeOffset At,
    bool Blind = false);

public sealed record CriterionAdded(
    Guid ContestId, Guid CategoryId, Guid StageId, Guid CriterionId, string Name, CriterionKind Kind, decimal MaxPoints,
    DateTimeOffset At);

/// <summary>Replaces any earlier policy of the category.</summary>
public sealed record AwardPolicySet(
    Guid ContestId, Guid CategoryId, IReadOnlyList<AwardTier> Tiers, decimal MinimumScore, DateTimeOffset At);

/// <summary>An empty <paramref name="StageIds"/> means every stage of the judge's categories,
/// including stages added later.</summary>
public sealed record JudgeAppointed(
    Guid ContestId, Guid JudgeId, string Name, string Organization, IReadOnlyList<Guid> CategoryIds,
    IReadOnlyList<Guid> StageIds, bool Chief, string TokenHash, DateTimeOffset At);

public sealed record RegistrationOpened(Guid ContestId, DateTimeOffset At);

public sealed record RegistrationClosed(Guid ContestId, DateTimeOffset At);

public sealed record DrawnBib(Guid EntryId, int Bib);

/// <summary>
/// The seed is recorded so anyone can re-run the draw (<see cref="LotDrawing.Draw(string, IEnumerable{Guid})"/>)
/// and check the bibs. Events stored before seeds became text hold a JSON number; it reads as its
/// digits, which draw exactly what the int drew, so the event kept its meaning and its wire name
/// rather than splitting every reader of draws over two event types. New events write a string.
/// </summary>
public sealed record LotsDrawn(
    Guid ContestId, Guid CategoryId, [property: JsonConverter(typeof(TextOrNumberConverter))] string Seed,
    IReadOnlyList<DrawnBib> Bibs, DateTimeOffset At);

/// <summary>Also recorded when a closed stage is opened again for a review.</summary>
public sealed record StageOpened(Guid ContestId, Guid CategoryId, Guid StageId, DateTimeOffset At);

public sealed record StageClosed(Guid ContestId, Guid CategoryId, Guid StageId, DateTimeOffset At);

/// <summary>Token events carry hashes only; the events feed leaves them out.</summary>
public sealed record OrganizerTokenRotated(Guid ContestId, string OrganizerTokenHash, DateTimeOffset At);

public sealed record JudgeTokenRotated(Guid ContestId, Guid JudgeId, string TokenHash, DateTimeOffset At);

public sealed record JudgeTokenRevoked(Guid ContestId, Guid JudgeId, DateTimeOffset At);

/// <summary>A blind stage's work code of one entry, and the opaque id its judges address the entry by.</summary>
public sealed record WorkCode(Guid EntryId, string Code, Guid Alias);

/// <summary>
/// A blind stage's work codes (成果号), drawn from a seed of their own (see <see cref="WorkCodes"/>). Secret until
/// <see cref="WorkCodesOpened"/>: the events feed shows neither the seed nor the codes before, since either joins a
/// code to its entry.
/// </summary>
public sealed record WorkCodesDrawn(
    Guid ContestId, Guid CategoryId, Guid StageId, string Seed, IReadOnlyList<WorkCode> Codes, DateTimeOffset At);

/// <summary>The opening of a blind stage's codes (解密) when its marking closed: who opened them and when; from here on
/// its scores join the boards. Carries the codes so a reader of the feed can join what it read under aliases.</summary>
public sealed record WorkCodesOpened(
    Guid ContestId, Guid CategoryId, Guid StageId, string By, string Seed, IReadOnlyList<WorkCode> Codes, DateTimeOffset At);

/// <summary>A row of a points category's reasons table (积分事由). A grant records the points it was worth, so
/// the table is the tariff for grants to come, never a rewrite of those made.</summary>
public sealed record ReasonAdded(
    Guid ContestId, Guid CategoryId, Guid ReasonId, string Code, string Name, decimal Points, decimal? CapPerEntry, DateTimeOffset At);

/// <summary>A points contest's season ended. Names its categories so that each category's board learns of it from
/// the event alone.</summary>
public sealed record ContestFinished(Guid ContestId, IReadOnlyList<Guid> CategoryIds, DateTimeOffset At);
