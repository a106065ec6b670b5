using System.Text.Json.Serialization;

namespace Competition.Domain.Contests;

[JsonConverter(typeof(CamelCaseEnumConverter<ContestKind>))]
public enum ContestKind { Skills, Labour, Points }

[JsonConverter(typeof(CamelCaseEnumConverter<EntryType>))]
public enum EntryType { Individual, Team }

[JsonConverter(typeof(CamelCaseEnumConverter<StageStatus>))]
public enum StageStatus { NotOpened, Open, Closed }

/// <summary>A hidden board shows judging progress but no totals or ranks until it is revealed (揭晓) or published.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<BoardVisibility>))]
public enum BoardVisibility { Public, Hidden }
