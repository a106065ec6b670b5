using System.Security.Cryptography;

namespace Competition.Domain;

/// <summary>
/// Deterministic stream ids (RFC 4122 version 5, SHA-1 over a namespace and the ids), so that any
/// node can address a judge's sheet or a category's awards without a lookup.
/// </summary>
public static class StreamIds
{
    static readonly Guid SheetNamespace = Guid.Parse("6f1d0a3e-5c0b-4c1e-9a51-2f8e0c9d7a01");
    static readonly Guid AwardsNamespace = Guid.Parse("a4c3b2e1-7d6f-4e5a-8b9c-0d1e2f3a4b02");
    static readonly Guid PromotionNamespace = Guid.Parse("3b9e61c2-0f4d-4a7e-b5c8-91d2e4f6a803");
    static readonly Guid QualifiedNamespace = Guid.Parse("c7d2a9f4-6e1b-4c3d-8a5f-2b7e9d0c1a04");

    public static Guid Sheet(Guid judgeId, Guid entryId, Guid stageId) =>
        NameBased(SheetNamespace, judgeId, entryId, stageId);

    public static Guid Awards(Guid categoryId) => NameBased(AwardsNamespace, categoryId);

    public static Guid Promotion(Guid categoryId) => NameBased(PromotionNamespace, categoryId);

    /// <summary>The entry a qualifier becomes in the parent's category: confirming twice registers it once.</summary>
    public static Guid Qualified(Guid parentCategoryId, Guid entryId) => NameBased(QualifiedNamespace, parentCategoryId, entryId);

    /// <summary>A name-based UUID (RFC 9562 version 8) from SHA-256 of <paramref name="name"/>: .NET makes none itself.</summary>
    public static Guid Version8(ReadOnlySpan<byte> name)
    {
        var bytes = SHA256.HashData(name).AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(bytes, bigEndian: true);
    }

    static Guid NameBased(Guid ns, params Guid[] ids)
    {
        var input = new byte[16 * (ids.Length + 1)];
        ns.TryWriteBytes(input.AsSpan(0, 16), bigEndian: true, out _);
        for (var i = 0; i < ids.Length; i++)
            ids[i].TryWriteBytes(input.AsSpan(16 * (i + 1), 16), bigEndian: true, out _);
        var hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
