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

/// <summary>Contests form a ladder (选拔): an enterprise or county contest selects for the city's, the city's for the
/// province's, the province's for the national final. Declared from the bottom up: a parent's level is above its child's.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ContestLevel>))]
public enum ContestLevel { Enterprise, County, City, Province, National }
