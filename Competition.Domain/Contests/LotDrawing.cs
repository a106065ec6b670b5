using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Competition.Domain.Contests;

/// <summary>
/// Deterministic lot drawing: entries ordered by id text, then a Fisher–Yates shuffle driven by
/// SplitMix64 seeded with the recorded seed. Our own generator because System.Random's sequence
/// is not promised to stay the same across .NET versions, and a draw must be re-checkable forever.
/// </summary>
public static class LotDrawing
{
    /// <summary>
    /// Text that reads as an int (invariant digits, optional sign, as the v1.0 API parsed it) starts
    /// the generator where that int does, so draws recorded with an int seed re-check unchanged. Any
    /// other text starts it at the first 8 bytes of SHA-256 of its UTF-8, read big-endian: no culture,
    /// endianness or runtime hash enters, so the draw re-checks on any machine.
    /// </summary>
    public static IReadOnlyList<DrawnBib> Draw(string seed, IEnumerable<Guid> entryIds) =>
        int.TryParse(seed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? Draw(number, entryIds)
            : Shuffle(BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(seed))), entryIds);

    public static IReadOnlyList<DrawnBib> Draw(int seed, IEnumerable<Guid> entryIds) =>
        Shuffle(unchecked((ulong)(long)seed), entryIds);

    static IReadOnlyList<DrawnBib> Shuffle(ulong state, IEnumerable<Guid> entryIds)
    {
        var entries = entryIds.Distinct().OrderBy(id => id.ToString("D"), StringComparer.Ordinal).ToArray();
        for (var i = entries.Length - 1; i > 0; i--)
        {
            var j = (int)Below(ref state, (ulong)(i + 1));
            (entries[i], entries[j]) = (entries[j], entries[i]);
        }
        return entries.Select((id, i) => new DrawnBib(id, i + 1)).ToList();
    }

    static ulong Below(ref ulong state, ulong bound) => (ulong)(((UInt128)SplitMix64(ref state) * bound) >> 64);

    static ulong SplitMix64(ref ulong state)
    {
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
