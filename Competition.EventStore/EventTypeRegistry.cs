using System.Collections.Concurrent;

namespace Competition.EventStore;

/// <summary>
/// Stable wire names for event types, registered explicitly at start-up: the log never stores CLR names,
/// so renaming or moving a record does not orphan its events.
/// </summary>
public sealed class EventTypeRegistry
{
    readonly ConcurrentDictionary<Type, string> names = new();
    readonly ConcurrentDictionary<string, Type> types = new();

    public EventTypeRegistry Register<T>(string wireName) => Register(typeof(T), wireName);

    public EventTypeRegistry Register(Type type, string wireName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(wireName);
        if (types.TryGetValue(wireName, out var existing) && existing != type)
            throw new ArgumentException($"Wire name '{wireName}' is already registered for {existing.FullName}.");
        if (names.TryGetValue(type, out var existingName) && existingName != wireName)
            throw new ArgumentException($"{type.FullName} is already registered as '{existingName}'.");
        names[type] = wireName;
        types[wireName] = type;
        return this;
    }

    public IReadOnlyCollection<string> WireNames => types.Keys.ToList();

    public string NameFor(Type type) => names.TryGetValue(type, out var name)
        ? name
        : throw new UnknownEventTypeException(
            $"Event type {type.FullName} has no wire name. Register it at start-up: opts.Events.Register<{type.Name}>(\"some.name\").");

    public bool TryGetType(string wireName, out Type type) => types.TryGetValue(wireName, out type!);
}
