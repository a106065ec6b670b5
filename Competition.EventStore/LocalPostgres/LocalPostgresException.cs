namespace Competition.EventStore.LocalPostgres;

public sealed class LocalPostgresException(string message) : Exception(message);
