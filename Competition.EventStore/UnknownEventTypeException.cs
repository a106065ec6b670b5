namespace Competition.EventStore;

public sealed class UnknownEventTypeException(string message) : Exception(message);
