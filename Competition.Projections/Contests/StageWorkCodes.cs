using Competition.Domain.Contests;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Competition.Projections.Contests;

/// <summary>
/// A blind stage's work codes, by stage id: the one place outside the contest stream that joins a code to its entry.
/// Read only for the stage's judges (who get the aliases, never the entries) and the organizer (the code labels); no
/// public read touches it. Kept apart from <see cref="ContestView"/>, which is public.
/// </summary>
public sealed class StageWorkCodes
{
    public Guid Id { get; set; }
    public Guid ContestId { get; set; }
    public Guid CategoryId { get; set; }
    public string Seed { get; set; } = "";
    public List<WorkCode> Codes { get; set; } = [];
    /// <summary>Opened (解密) when the stage closed: from then on whose work a code was is public.</summary>
    public bool Opened { get; set; }
    public DateTimeOffset? OpenedAt { get; set; }
    public string? OpenedBy { get; set; }
}

/// <summary>Inline, so a judge's tablet has its codes the moment the draw answers.</summary>
public sealed class StageWorkCodesProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var e in events)
        {
            switch (e.Data)
            {
                case WorkCodesDrawn d:
                    operations.Store(new StageWorkCodes
                    {
                        Id = d.StageId, ContestId = d.ContestId, CategoryId = d.CategoryId, Seed = d.Seed, Codes = [.. d.Codes],
                    });
                    break;
                case WorkCodesOpened o when await operations.LoadAsync<StageWorkCodes>(o.StageId, cancellation) is { } codes:
                    (codes.Opened, codes.OpenedAt, codes.OpenedBy) = (true, o.At, o.By);
                    operations.Store(codes);
                    break;
            }
        }
    }
}
