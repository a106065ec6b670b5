using System.Text;

namespace Competition.EventStore.Schema;

/// <summary>
/// Advisory lock keys, two-int form: a class per purpose and a stable hash of the schema (and projection),
/// so stores in different schemas of one database never wait on each other.
/// </summary>
internal static class AdvisoryLocks
{
    const int MigrationClass = 0x4D494752; // "MIGR"
    const int AppendClass = 0x41505044;    // "APPD"
    const int ProjectionClass = 0x50524F4A; // "PROJ"

    public static (int, int) Migration(string schema) => (MigrationClass, Hash(schema));
    public static (int, int) Append(string schema) => (AppendClass, Hash(schema));
    public static (int, int) Projection(string schema, string name) => (ProjectionClass, Hash(schema + "/" + name));

    /// <summary>FNV-1a: string.GetHashCode is randomised per process, and the key must agree across processes.</summary>
    static int Hash(string s)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(s)) hash = (hash ^ b) * 16777619u;
        return unchecked((int)hash);
    }
}
