using System.Text.Json.Serialization;

namespace Competition.Domain.Entries;

[JsonConverter(typeof(CamelCaseEnumConverter<EntryStatus>))]
public enum EntryStatus { Registered, Approved, Rejected, Withdrawn, Disqualified }

public abstract record EntryState
{
    public sealed record Nonexistent : EntryState;

    public sealed record Active(
        Guid Id, Guid ContestId, Guid CategoryId, string Organization, EntryStatus Status, int? Bib) : EntryState
    {
        public string Name { get; init; } = "";
        public IReadOnlyList<string> Members { get; init; } = [];
        /// <summary>The members with their details (name only where none were given).</summary>
        public IReadOnlyList<Member> People { get; init; } = [];

        public bool IsApprovedAndDrawn => Status == EntryStatus.Approved && Bib is not null;

        /// <summary>Withdrawn, rejected and disqualified entries are not ranked.</summary>
        public bool IsRanked => Status == EntryStatus.Approved;
    }
}
