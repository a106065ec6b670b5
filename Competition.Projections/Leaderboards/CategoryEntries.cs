namespace Competition.Projections.Leaderboards;

/// <summary>
/// A category's entries as the leaderboard projection holds them, stored apart from <see cref="CategoryDoc"/>: the
/// document is rewritten every batch, and at 3,000 entries the entries were most of its 470 KB while marks (nearly every
/// batch) never change them. Stored only in a batch that changed an entry (see <see cref="CategoryDoc.EntriesChanged"/>).
/// </summary>
public sealed class CategoryEntries
{
    public Guid CategoryId { get; set; }
    public Dictionary<Guid, EntryDoc> Entries { get; set; } = [];
}
