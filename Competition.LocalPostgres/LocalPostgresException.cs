namespace Competition.LocalPostgres;

public sealed class LocalPostgresException(string message) : Exception(message);
