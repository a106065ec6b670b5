using System.Security.Cryptography;
using System.Text;
using Marten;

namespace Competition.Api.Entries;

/// An imported entry's id follows from the contest, the file and the line, so the same file sent again (after a
/// failure part-way through its chunks, or twice by mistake) finds its entries already registered and writes
/// only the ones still missing.
public static class ImportIds
{
    public static Guid For(Guid contestId, byte[] fileHash, int line)
    {
        var input = new byte[16 + fileHash.Length + 4];
        contestId.TryWriteBytes(input);
        fileHash.CopyTo(input, 16);
        BitConverter.TryWriteBytes(input.AsSpan(16 + fileHash.Length), line);
        return Domain.StreamIds.Version8(input);
    }

    public static byte[] HashOf(string file) => SHA256.HashData(Encoding.UTF8.GetBytes(file));

    /// Which of these entry streams exist already: one read of the log by stream id.
    public static async Task<HashSet<Guid>> ExistingAsync(IQuerySession session, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var array = ids.ToArray();
        var events = await session.Events.QueryAllRawEvents().Where(e => array.Contains(e.StreamId)).ToListAsync(ct);
        return [.. events.Select(e => e.StreamId)];
    }
}
